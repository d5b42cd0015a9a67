// `?` on a value whose type does not implement `Try`: E0277 over the whole `x?`.
struct Point {
    x: i32,
}

fn get(p: Point) -> Option<i32> {
    let v = p?; //~ ERROR E0277 the `?` operator can only be applied to values that implement `Try`
    Some(v.x)
}

fn number(n: i32) -> Result<i32, String> {
    let v = n?; //~ ERROR E0277 the `?` operator can only be applied to values that implement `Try`
    Ok(v)
}

fn literal() -> Option<u8> {
    let v = 5?; //~ ERROR E0277 the `?` operator can only be applied to values that implement `Try`
    Some(v)
}

fn reference(o: &Option<u8>) -> Option<u8> {
    let v = o?; //~ ERROR E0277 the `?` operator can only be applied to values that implement `Try`
    Some(v)
}

fn main() {
    println!("{:?} {:?} {:?}", get(Point { x: 1 }), number(2), literal());
    println!("{:?}", reference(&Some(1)));
}
