// `<T as Trait>::f()`: T must implement the trait, and the trait must have `f`.
trait Score {
    fn make(k: i32) -> Self;
}
struct A;
struct B;
impl Score for A {
    fn make(_k: i32) -> Self { A }
}
fn main() {
    let _a = <A as Score>::make(1);
    let _b = <B as Score>::make(2); //~ ERROR E0277
    let _c = <A as Score>::nope(3); //~ ERROR E0576
}
