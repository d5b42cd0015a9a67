// A closure owns what it captures by value: the captures are dropped when the closure is (in
// capture order), or when its body moves them out; by-reference captures drop nothing.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume<F: FnOnce() -> usize>(f: F) -> usize {
    println!("consume");
    f()
}

fn keep<F: Fn() -> usize>(f: F) -> usize {
    f() + f()
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = Noisy("c");
    let both = move || {
        let x = &b;
        let y = &a;
        x.0.len() + y.0.len()
    };
    println!("{}", keep(both));
    println!("after keep");
    let eat = move || {
        let n = c;
        n.0.len()
    };
    println!("{}", consume(eat));
    let d = Noisy("d");
    let look = || {
        let r = &d;
        r.0.len()
    };
    println!("{}", look() + look());
    let e = Noisy("e");
    let f = Noisy("f");
    {
        let _unused = move || {
            let x = &f;
            let y = &e;
            x.0.len() + y.0.len()
        };
        println!("end of block");
    }
    println!("end of main");
}
