// Two functions with the same name.
fn twice() -> i32 {
    1
}

fn twice() -> i32 { //~ ERROR E0428
    2
}

fn main() {
    println!("{}", twice());
}
