// A `where` clause requiring Copy, used with a type that is only Clone.
#[derive(Clone, Debug)]
struct Token {
    id: u32,
}

fn duplicate<T>(x: T) -> (T, T)
where
    T: Copy,
{
    (x, x)
}

fn main() {
    let t = Token { id: 1 };
    println!("{:?}", duplicate(5));
    println!("{:?}", duplicate(t)); //~ ERROR E0277
}
