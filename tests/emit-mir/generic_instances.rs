// `--emit mir` of a program with generic functions and a generic impl: part 1 has `max<T>` and
// `Pair::<T>::sum` once, with `T`; part 2 has each instance (`max::<i32>`, `max::<f64>`,
// `Pair::<u8>::sum`, the prelude's `Option::<i64>::unwrap`) with its types put in.
fn max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}
struct Pair<T> { a: T, b: T }
impl<T: Copy + std::ops::Add<Output = T>> Pair<T> {
    fn sum(&self) -> T { self.a + self.b }
}
fn main() {
    let p = Pair { a: 2u8, b: 3 };
    println!("{} {} {}", max(3, 7), max(2.5, 1.5), p.sum());
    let o: Option<i64> = Some(4);
    println!("{}", o.unwrap());
}
