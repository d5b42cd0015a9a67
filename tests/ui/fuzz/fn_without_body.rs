// A function outside a trait must have a body (found by the crash fuzzer: `fn main() ;` reached
// the mono collector without one).
struct S;

impl S {
    fn get(&self) -> i32; //~ ERROR associated function in `impl` without body
}

fn helper(x: i32) -> i32; //~ ERROR free function without a body

fn main() ; //~ ERROR free function without a body
