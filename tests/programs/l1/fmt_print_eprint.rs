// print! without a newline, println! with none, eprintln! and eprint! to stderr.
fn main() {
    print!("a");
    print!("b{}", 1);
    print!("\n");
    println!();
    eprintln!("to stderr {}", 5);
    eprint!("no newline ");
    eprintln!("then newline");
    eprintln!();
    print!("{}-{}", 'x', true);
    println!(" done");
}
