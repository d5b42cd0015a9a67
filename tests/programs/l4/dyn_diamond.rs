// A diamond of supertraits: `Top: Left + Right`, both `: Base`. rustc's layout is
// [Base, Left, Right, Right-vptr, Top]; every path of upcasting must land on the right methods.
trait Base {
    fn id(&self) -> i64;
}

trait Left: Base {
    fn left(&self) -> i64 {
        self.id() * 10
    }
}

trait Right: Base {
    fn right(&self) -> i64;
}

trait Top: Left + Right {
    fn top(&self) -> i64 {
        self.left() + self.right()
    }
}

struct Thing(i64);

impl Base for Thing {
    fn id(&self) -> i64 {
        self.0
    }
}

impl Left for Thing {}

impl Right for Thing {
    fn right(&self) -> i64 {
        self.0 + 1000
    }
}

impl Top for Thing {}

fn via_right(r: &dyn Right) -> i64 {
    let b: &dyn Base = r;
    r.right() + b.id()
}

fn main() {
    let t = Thing(7);
    let top: &dyn Top = &t;
    println!("top {}", top.top());
    let l: &dyn Left = top;
    let r: &dyn Right = top;
    let b: &dyn Base = top;
    println!("left {} right {} base {}", l.left(), r.right(), b.id());
    println!("via right {}", via_right(top));
    let b2: &dyn Base = l;
    println!("base through left {}", b2.id());
}
