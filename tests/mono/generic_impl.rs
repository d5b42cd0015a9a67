// Methods of a generic impl are instantiated per type argument of the struct.
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }

    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn Pair::<i32>::new
    //~ MONO_ITEM fn Pair::<i32>::larger
    //~ MONO_ITEM fn <i32 as PartialOrd>::gt
    println!("{}", Pair::new(1, 2).larger());
    //~ MONO_ITEM fn Pair::<char>::new
    let p = Pair::new('x', 'y');
    println!("{} {}", p.a, p.b);
}
