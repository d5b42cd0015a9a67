// Clone and Copy bounds: `.clone()` on a generic T that is Clone but not Copy, copies of
// Copy values, and a hand-written Clone impl that counts generations.
#[derive(Debug, PartialEq)]
struct Token {
    id: u32,
    generation: u32,
}

impl Clone for Token {
    fn clone(&self) -> Self {
        Token { id: self.id, generation: self.generation + 1 }
    }
}

#[derive(Debug, Clone, Copy)]
struct Pixel {
    r: u8,
    g: u8,
}

fn duplicate<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

fn triple<T: Copy>(x: T) -> [T; 3] {
    [x, x, x]
}

fn deep<T: Clone>(x: &T) -> T {
    let a = x.clone();
    let b = a.clone();
    b.clone()
}

fn main() {
    let t = Token { id: 9, generation: 0 };
    let (a, b) = duplicate(&t);
    println!("{:?} {:?} {:?}", t, a, b);
    println!("{}", a == b);
    println!("{:?}", deep(&t));
    println!("{:?}", deep(&a));

    let p = Pixel { r: 255, g: 16 };
    let ps = triple(p);
    let mut q = ps[1];
    q.r = 0;
    println!("{:?} {:?}", ps, q);
    println!("{} {}", p.r, p.g);
    println!("{:?}", triple('z'));
    println!("{:?}", duplicate(&(1, 2.5)));
    println!("{:?}", deep(&Some(t)));
    let opt = Some(Pixel { r: 1, g: 2 });
    let copy = opt;
    println!("{:?} {:?}", opt, copy);
}
