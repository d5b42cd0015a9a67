//@ exit-code: 101
// panic! inside a match arm, formatting a Debug value.
#[derive(Debug, Clone, Copy)]
enum Cmd {
    Go(i32),
    Stop,
}

fn exec(c: Cmd) -> i32 {
    match c {
        Cmd::Go(n) if n >= 0 => n,
        other => panic!("bad command {:?}", other),
    }
}

fn main() {
    println!("{}", exec(Cmd::Go(3)));
    println!("{}", exec(Cmd::Stop));
}
