// `?` in a function returning `ControlFlow`: only another `ControlFlow` with the same `Break`
// type fits (no `From` conversion, unlike `Result`).
use std::ops::ControlFlow;

fn from_option(v: Option<u8>) -> ControlFlow<i32, u8> {
    let x = v?; //~ ERROR E0277 the `?` operator can only be used on `ControlFlow`s in a function that returns `ControlFlow`
    ControlFlow::Continue(x)
}

fn other_break(v: ControlFlow<u8, u8>) -> ControlFlow<i32, u8> {
    let x = v?; //~ ERROR E0277 can only be used on other `ControlFlow<B, _>`s (with the same Break type)
    ControlFlow::Continue(x)
}

fn same_break(v: ControlFlow<i32, bool>) -> ControlFlow<i32, u8> {
    let x = v?;
    ControlFlow::Continue(x as u8)
}

fn main() {
    println!("{:?} {:?}", from_option(Some(1)), other_break(ControlFlow::Continue(2)));
    println!("{:?}", same_break(ControlFlow::Break(3)));
}
