// Deep generic nesting: a value 40 wrappers deep, so each trait method has 40 instances whose
// types grow by one level each, and a generic function instantiated at every depth.
#[derive(Clone, Copy)]
struct W<T>(T);

trait Depth {
    fn depth(&self) -> u64;
    fn weight(&self) -> u64;
}

impl Depth for u8 {
    fn depth(&self) -> u64 {
        0
    }
    fn weight(&self) -> u64 {
        *self as u64
    }
}

impl<T: Depth> Depth for W<T> {
    fn depth(&self) -> u64 {
        self.0.depth() + 1
    }
    fn weight(&self) -> u64 {
        self.0.weight() * 3 % 1000003 + self.depth()
    }
}

fn both<T: Depth + Copy>(x: T) -> u64 {
    let pair = (x, x);
    pair.0.depth() + pair.1.weight()
}

fn main() {
    let v = W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(W(7u8))))))))))))))))))))))))))))))))))))))));
    println!("{} {}", v.depth(), v.weight());
    println!("{}", both(v) + both(v.0) + both(v.0 .0) + both(v.0 .0 .0 .0 .0 .0 .0 .0 .0 .0));
}
