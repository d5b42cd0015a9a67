// `if let` with enum, tuple and struct patterns, with and without `else`, and `else if let`.
enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(char),
}

struct Wrapper {
    inner: (u8, bool),
}

fn handle(m: &Msg) {
    if let Msg::Move { x, y } = m {
        println!("move {} {}", x, y);
    } else if let Msg::Write(c) = m {
        println!("write {}", c);
    } else {
        println!("something else");
    }
}

fn main() {
    let msgs = [Msg::Move { x: 1, y: -1 }, Msg::Write('z'), Msg::Quit];
    for i in 0..msgs.len() {
        handle(&msgs[i]);
    }
    let w = Wrapper { inner: (9, true) };
    if let Wrapper { inner: (n, true) } = w {
        println!("flagged {}", n);
    }
    let pair = (3, 4);
    if let (3, b) = pair {
        println!("b = {}", b);
    }
    let value = 15;
    if let 10..=20 = value {
        println!("in range");
    }
    let ok = if let Msg::Quit = msgs[2] { "quit" } else { "not quit" };
    println!("{}", ok);
}
