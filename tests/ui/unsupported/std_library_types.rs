// The standard library types of levels L4-L6 that ToyRust does not have yet (HashMap) are reported as
// what ToyRust lacks, not as unknown names: rustc accepts this program.
use std::collections::HashMap; //~ ERROR ToyRust does not support `HashMap` yet
use std::rc::Rc;

fn count(s: String) -> usize {
    s.len()
}

fn total(v: &Vec<i32>) -> usize {
    v.len()
}

fn shared(r: Rc<i32>) -> i32 {
    *r
}

fn lookup(m: &HashMap<u8, u8>) -> usize { //~ ERROR ToyRust does not support `HashMap` yet
    m.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let s = String::from("hi");
    let b = Box::new(5);
    let m: std::collections::HashMap<u8, u8> = HashMap::new(); //~ ERROR ToyRust does not support `HashMap` yet
    //~^ ERROR ToyRust does not support `HashMap` yet
    let f = format!("{}", 1);
    println!("{} {} {} {} {} {}", total(&v), count(s), b, shared(Rc::new(1)), lookup(&m), f);
}
