// Box<T>: allocation, built-in deref (read, write, compound assignment, &mut through it),
// methods and fields through a box, boxes of boxes, clone and ==, printing with {} and {:?}.
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x * self.x + self.y * self.y
    }
    fn shift(&mut self, d: i32) {
        self.x += d;
        self.y += d;
    }
}

fn bump(v: &mut i32) {
    *v += 10;
}

fn read(p: &Point) -> i32 {
    p.x * 100 + p.y
}

fn boxed_sum(a: Box<i64>, b: Box<i64>) -> Box<i64> {
    Box::new(*a + *b)
}

fn main() {
    let b = Box::new(5);
    println!("{} {}", *b + 1, b);
    let mut m = Box::new(3);
    *m += 4;
    *m = *m * 2;
    bump(&mut *m);
    bump(&mut m);
    println!("m = {}", m);

    let mut p = Box::new(Point { x: -3, y: 4 });
    println!("{:?} norm {}", p, p.norm1());
    p.shift(2);
    p.x = 10;
    println!("{:?} {} {}", p, p.x, read(&p));
    let q = p.clone();
    println!("equal: {}", q == p);
    p.y = 0;
    println!("equal: {} {:?}", q == p, q);

    let bb: Box<Box<u8>> = Box::new(Box::new(200));
    println!("{} {}", **bb, bb);
    let s = boxed_sum(Box::new(40), Box::new(2));
    println!("{}", s);
    let t = Box::new((1, 'x', true));
    println!("{:?} {} {}", t, t.0, t.1);
    let unit = Box::new(());
    println!("{:?}", unit);
    let arr = Box::new([1u16, 2, 3]);
    println!("{:?} {}", arr, arr[1] + arr.len() as u16);
}
