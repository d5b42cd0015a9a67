// A pattern in a `move` closure takes only the field it binds: `p.y` is still usable, `p.x` is not.
struct P {
    x: String,
    y: i32,
}

fn main() {
    let p = P { x: String::from("ab"), y: 1 };
    let c = move || match p {
        P { x, .. } => x,
    };
    println!("{}", p.y);
    println!("{}", p.x); //~ ERROR E0382
    c();
}
