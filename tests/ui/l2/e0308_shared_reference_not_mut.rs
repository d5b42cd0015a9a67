// `&mut T` coerces to `&T`, never the other way round.
fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut a = 1;
    let b = 2;
    bump(&b); //~ ERROR E0308
    let r: &mut i32 = &b; //~ ERROR E0308
    let s: &i32 = &mut a;
    *r += *s;
}
