// A derive needs each field's type to implement the trait, since the derived impl calls the
// fields' methods; rustc reports the error inside the expansion, at the field. (ToyRust crashed
// on the enum case when the derived `==` was used.)
struct Point {
    x: i32,
}

#[derive(PartialEq, Clone, Debug)]
enum E {
    A(Point), //~ ERROR E0369
    //~^ ERROR E0277
    //~^^ ERROR E0277
    B,
}

#[derive(PartialEq, PartialOrd, Default)]
struct S {
    p: Point, //~ ERROR E0369
    //~^ ERROR E0277
    //~^^ ERROR E0277
}

#[derive(Clone, Copy)]
struct C { //~ ERROR E0204
    p: Point, //~ ERROR E0277
}

fn main() {
    let a = E::B;
    println!("{}", a == E::B);
}
