// Moving a field that is not `Copy` out of a struct leaves it partially moved: borrowing the
// whole struct afterwards is E0382, while its other fields stay usable.
struct Inner {
    v: i32,
}

struct Outer {
    inner: Inner,
    n: i32,
}

fn show(o: &Outer) {
    println!("{}", o.n);
}

fn main() {
    let o = Outer { inner: Inner { v: 1 }, n: 2 };
    let i = o.inner;
    println!("{} {}", i.v, o.n);
    show(&o); //~ ERROR E0382
}
