// `*x` on a type with no `Deref` impl (E0614); indexing one with no `Index` impl (E0608).
struct Plain {
    v: i32,
}

fn main() {
    let p = Plain { v: 1 };
    let _a = *p; //~ ERROR E0614
    let _b = p[0]; //~ ERROR E0608
    println!("{}", p.v);
}
