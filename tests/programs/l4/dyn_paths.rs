// Trait methods called by path on a trait object are virtual calls too: `Shape::area(s)`, a
// supertrait's `Named::name(s)`, and the qualified `<dyn Shape as Named>::name(s)` / `<dyn Shape>::area(s)`.
trait Named { fn name(&self) -> u32; }
trait Shape: Named { fn area(&self) -> u32; }
struct A;
impl Named for A { fn name(&self) -> u32 { 7 } }
impl Shape for A { fn area(&self) -> u32 { 3 } }
fn main() {
    let s: &dyn Shape = &A;
    println!("{} {} {} {}", Shape::area(s), Named::name(s), <dyn Shape as Named>::name(s), <dyn Shape>::area(s));
}
