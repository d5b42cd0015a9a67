// Functions returning unit, implicitly and as `-> ()`; the unit value itself.
fn nothing() {}

fn explicit_unit() -> () {
    println!("in explicit_unit");
}

fn early(n: i32) {
    if n < 0 {
        println!("negative");
        return;
    }
    println!("non-negative");
}

fn main() {
    let u = nothing();
    let v: () = explicit_unit();
    println!("{:?} {:?}", u, v);
    early(-1);
    early(1);
    let w = early(5);
    println!("{:?}", w);
    println!("{}", u == v);
}
