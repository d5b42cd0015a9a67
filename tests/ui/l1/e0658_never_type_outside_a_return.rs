// `!` may be written as a function's return type only; as a parameter's type it is rustc's
// unstable never type (E0658). ToyRust accepted it and LLVM rejected the calls it generated.
// Found by the crash fuzzer (corpus crash-never-type-parameter.rs).
fn stop() -> ! {
    std::process::exit(0)
}

fn takes(n: !) -> i64 { //~ ERROR E0658
    n
}

fn main() {
    if false {
        println!("{}", takes(stop()));
    }
}
