// Only what `main` reaches is generated: a generic used only by a function nobody calls has no
// instance, and neither has that function.
fn twice<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

#[allow(dead_code)]
fn never_called() -> (i64, i64) {
    twice(5i64)
}

fn helper() -> (bool, bool) {
    //~ MONO_ITEM fn twice::<bool>
    twice(true)
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn helper
    let (a, b) = helper();
    println!("{} {}", a, b);
}
