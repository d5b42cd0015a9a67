// `{:#?}` of tuples and arrays of primitives, nested, and of &str; `{:?}` of the same for contrast.
fn main() {
    let t = (1, "two", '3', true);
    println!("{:?}", t);
    println!("{:#?}", t);
    let a = [1u8, 2, 3];
    println!("{:#?}", a);
    let nested = ((1, 2), [3, 4]);
    println!("{:#?}", nested);
    let empty: [i32; 0] = [];
    println!("{:#?}", empty);
    println!("{:#?}", ());
    println!("{:#?}", (5,));
    let s = "quote\"d";
    println!("{:#?}", s);
    println!("{:#?}", [[0u8; 2]; 2]);
}
