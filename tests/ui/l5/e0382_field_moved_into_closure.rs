// A closure that moves `p.name` out takes only that field: using it after is E0382 about `p.name`.
struct P {
    name: String,
    x: i32,
}

fn main() {
    let p = P { name: String::from("p"), x: 1 };
    let c = || drop(p.name);
    c();
    println!("{}", p.x);
    println!("{}", p.name); //~ ERROR E0382
}
