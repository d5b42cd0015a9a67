// A panic drops what is live in every frame while it unwinds, innermost frame first, each frame in
// reverse order of declaration, before the program ends with 101: values moved away are not
// dropped, values moved on some paths only are dropped by their drop flags, a partly moved struct
// drops the fields that are left, and temporaries of the statement that panics are dropped too.
//@ exit-code: 101
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

fn make(n: i32) -> D {
    println!("make {}", n);
    D(n)
}

fn consume(d: D) {
    println!("consume {}", d.0);
}

fn val(d: &D) -> i32 {
    d.0
}

fn pick(v: &[i32; 3], i: usize, _guard: D) -> i32 {
    let _local = make(300);
    v[i]
}

fn deeper<T>(x: T, i: usize) -> i32 {
    let _kept = x;
    let arr = [10, 20, 30];
    val(&make(200)) + pick(&arr, i, make(201))
}

fn main() {
    let _first = make(1);
    let p = Pair { a: make(2), b: make(3) };
    consume(p.a);
    let maybe = make(4);
    if p.b.0 > 100 {
        consume(maybe);
    }
    let moved = make(5);
    consume(moved);
    println!("{}", deeper(make(6), 1));
    println!("{}", deeper((make(7), make(8)), 5));
    println!("not reached");
}
