// Tuple structs and tuple variants name their constructors, which are function items
// (`fn(i32) -> W {W}`) like any other: passed to adapters, made `fn` pointers, boxed as
// `dyn Fn`, called through a binding. Each moves its arguments into the value it returns.

#[derive(Debug, Clone, PartialEq)]
struct W(i32);

#[derive(Debug)]
struct Pair(i32, char);

#[derive(Debug)]
struct Wrap<T>(T);

#[derive(Debug)]
struct Name(String);

impl Drop for Name {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Empty,
}

fn apply<F: Fn(i32) -> T, T>(f: F, x: i32) -> T {
    f(x)
}

fn apply2<F: FnOnce(i32, char) -> Pair>(f: F) -> Pair {
    f(7, 'z')
}

fn main() {
    let v: Vec<Option<i32>> = (1..4).map(Some).collect();
    println!("{:?}", v);
    let w: Vec<W> = vec![1, 2].into_iter().map(W).collect();
    println!("{:?}", w);
    let shapes: Vec<Shape> = vec![1.5, 2.0].into_iter().map(Shape::Circle).collect();
    println!("{:?} {:?}", shapes, Shape::Empty);
    let r = Shape::Rect;
    println!("{:?}", r(2.0, 3.5));

    let some = Some;
    println!("{:?} {:?}", some(3u8), some(4u8));
    let p: fn(i32) -> W = W;
    println!("{:?} {}", p(7), p(7) == W(7));
    let fs: [fn(i32) -> Option<i32>; 2] = [Some, |x| if x > 0 { Some(-x) } else { None }];
    for f in fs {
        println!("{:?}", f(5));
    }

    println!("{:?}", apply(W, 11));
    println!("{:?}", apply(Wrap, 12));
    println!("{:?}", apply(Wrap::<i32>, 13));
    println!("{:?}", apply2(Pair));
    let boxed: Box<dyn Fn(f64) -> Shape> = Box::new(Shape::Circle);
    println!("{:?}", boxed(0.25));

    let ok: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(Ok).collect();
    println!("{:?}", ok);
    let errs: Vec<Result<u8, i32>> = (0..2).map(Err).collect();
    println!("{:?}", errs);

    let names: Vec<Name> = vec![String::from("a"), String::from("b")].into_iter().map(Name).collect();
    println!("{}", names.len());
    let nested: Option<Option<W>> = Some(W(1)).map(Some);
    println!("{:?}", nested);
    let total: i32 = (1..=3).map(W).map(|W(x)| x).sum();
    println!("{}", total);
}
