// A `move` closure that uses `p.name` moves only that field in: `p.x` stays usable, `p` as a whole does not.
struct P {
    name: String,
    x: i32,
}

fn show(p: &P) -> i32 {
    p.x
}

fn main() {
    let p = P { name: String::from("p"), x: 1 };
    let c = move || p.name.len();
    println!("{} {}", c(), p.x);
    println!("{}", show(&p)); //~ ERROR E0382
}
