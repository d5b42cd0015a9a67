//@ exit-code: 3
// std::process::exit ends the program with its code, after flushing what print! buffered.
fn finish(code: i32) {
    print!("partial line, no newline");
    std::process::exit(code);
}

fn main() {
    println!("start");
    finish(3);
}
