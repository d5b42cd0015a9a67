// A shared borrow of a literal is promoted to read-only data, as rustc promotes it, so it may
// outlive the function that wrote it (a pointer into a dead stack frame before: 0 and valgrind errors).
fn eight() -> &'static i32 {
    &8
}

fn letters() -> Vec<&'static char> {
    vec![&'a', &'b']
}

fn main() {
    let half = |_: i32| -> &'static f64 { &2.5 };
    let yes: &'static bool = &true;
    println!("{} {} {} {:?}", eight(), half(1), yes, letters());
    let refs: Vec<&u64> = (0..3).map(|_| &7u64).collect();
    println!("{:?}", refs);
}
