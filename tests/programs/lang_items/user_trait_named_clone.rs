// A user trait named Clone next to std's: `#[derive(Clone, Copy)]` still means std's Clone and
// `.clone()` still finds std's method, while `T: Clone` and `impl Clone` name the program's trait.
trait Clone {
    fn dup(&self) -> i32;
}

#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
}

impl Clone for P {
    fn dup(&self) -> i32 {
        self.x * 2
    }
}

fn twice<T: Clone>(v: &T) -> i32 {
    v.dup() + v.dup()
}

#[derive(Clone, Debug)]
struct Q {
    y: u8,
}

fn std_copy<T: std::clone::Clone>(v: &T) -> T {
    v.clone()
}

fn main() {
    let p = P { x: 3 };
    let q = p;
    println!("{} {} {:?}", p.dup(), twice(&q), q);
    let r = Q { y: 4 };
    println!("{:?} {:?} {:?}", r.clone(), (1, 2).clone(), std_copy(&r));
}
