// Bug 32 (docs/reliability.md): `vec![a, b, c]` where a `Vec<Box<dyn Score>>` is expected gave its
// elements no expected type, so `vec![Box::new(1i32), Box::new(Nz(2))]` was E0308 ("expected
// `Vec<Box<dyn Score>>`, found `Vec<Box<i32>>`"). The expected vector's element type now reaches the
// array the macro expands into, where each element is a coercion site, as rustc's expected type
// flows into `<[_]>::into_vec(box [a, b, c])`. Found while writing the heap rules of the generator.
trait Score {
    fn score(&self) -> i64;
}

impl Score for i32 {
    fn score(&self) -> i64 {
        *self as i64 * 3
    }
}

struct Nz(i64);

impl Score for Nz {
    fn score(&self) -> i64 {
        self.0
    }
}

impl Drop for Nz {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn total(v: Vec<Box<dyn Score>>) -> i64 {
    let mut t = 0;
    let mut i = 0;
    while i < v.len() {
        t += v[i].score();
        i += 1;
    }
    t
}

fn made() -> Vec<Box<dyn Score>> {
    vec![Box::new(Nz(30)), Box::new(4)]
}

fn main() {
    let v: Vec<Box<dyn Score>> = vec![Box::new(1i32), Box::new(Nz(2)), Box::new(5)];
    println!("{} {} {}", v.len(), v.capacity(), v[1].score());
    println!("{}", total(vec![Box::new(Nz(10)), Box::new(7)]));
    println!("{}", total(made()));
    let a = 3i32;
    let n = Nz(20);
    let refs: Vec<&dyn Score> = vec![&a, &n];
    println!("{} {}", refs[0].score(), refs[1].score());
    let bytes: Vec<u8> = vec![200, 100];
    println!("{:?}", bytes);
    drop(v);
    println!("end");
}
