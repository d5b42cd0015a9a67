// Calls through qualified paths: `<T as Trait>::f(..)` (Self = T) and `<T>::f(..)`.
use std::ops::Add;
trait Score {
    fn score(&self) -> i64;
    fn make(k: i32) -> Self;
}
trait Conv<U> {
    fn conv(&self) -> U;
}
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct V {
    x: i64,
    y: i64,
}
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V { V { x: self.x + o.x, y: self.y + o.y } }
}
impl Score for V {
    fn score(&self) -> i64 { self.x * 10 + self.y }
    fn make(k: i32) -> Self { V { x: k as i64, y: 2 } }
}
impl Conv<u8> for V {
    fn conv(&self) -> u8 { self.x as u8 }
}
impl V {
    fn new(x: i64) -> V { V { x, y: 0 } }
}
fn build<T: Score>(k: i32) -> T { <T as Score>::make(k) }
fn main() {
    let d = <V as Default>::default();
    let s = <V as Score>::make(3);
    let t = <V>::new(4);
    let w = V { x: 50, ..<V as Default>::default() } + <V as Score>::make(1);
    println!("{:?} {:?} {:?} {:?}", d, s, t, w);
    println!("{} {} {}", <V as Score>::score(&s), <V as Conv<u8>>::conv(&w), <i32 as Default>::default());
    println!("{}", <V as Default>::default() <= V::default());
    let b: V = build(9);
    println!("{:?}", b);
}
