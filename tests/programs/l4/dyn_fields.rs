// A struct holding a `&mut dyn Trait` mutates through it from its own `&mut self` method; a tuple
// element is a coercion site too (`(t.0, 1)` as `(&dyn Counter2, u8)`).
trait Counter { fn bump(&mut self) -> u32; }
struct C(u32);
impl Counter for C { fn bump(&mut self) -> u32 { self.0 += 1; self.0 } }
struct Holder<'a> { c: &'a mut dyn Counter, log: [u32; 3] }
impl<'a> Holder<'a> {
    fn run(&mut self) { for i in 0..3 { self.log[i] = self.c.bump(); } }
}
fn main() {
    let mut c = C(10);
    let mut h = Holder { c: &mut c, log: [0; 3] };
    h.run();
    h.run();
    println!("{:?} {}", h.log, h.c.bump());
    let t = (&C(1) as &C, 5);
    let pair: (&dyn Counter2, u8) = (t.0, 1);
    println!("{}", pair.0.get() + pair.1 as u32);
}
trait Counter2 { fn get(&self) -> u32; }
impl Counter2 for C { fn get(&self) -> u32 { self.0 } }
