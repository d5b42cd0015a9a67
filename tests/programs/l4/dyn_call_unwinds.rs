//@ exit-code: 101
// A panic in a method called through a vtable unwinds through the caller's frame like any other:
// its locals are dropped (the call used to be a plain `call` with no unwind edge, so `drop 5` was
// never printed).
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

trait Checked {
    fn check(&self, x: i32) -> i32;
}

struct Limit(i32);

impl Checked for Limit {
    fn check(&self, x: i32) -> i32 {
        if x > self.0 {
            panic!("{} is over {}", x, self.0);
        }
        x
    }
}

fn call(t: &dyn Checked, x: i32) -> i32 {
    let _d = D(x);
    t.check(x)
}

fn main() {
    let _a = D(100);
    let boxed: Box<dyn Checked> = Box::new(Limit(2));
    let _b = D(200);
    println!("{}", call(&Limit(3), 1));
    println!("{}", call(&*boxed, 5));
}
