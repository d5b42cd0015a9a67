// `{:?}` of primitives, tuples, arrays, nested ones, &str and char (quoted and escaped).
fn main() {
    println!("{:?} {:?} {:?}", 1, -5i8, 300u16);
    println!("{:?} {:?}", true, ());
    println!("{:?}", 'a');
    println!("{:?} {:?} {:?} {:?}", '\n', '\'', '"', '\\');
    println!("{:?}", "hello");
    println!("{:?}", "tab\there \"quoted\" back\\slash\n");
    println!("{:?}", "it's");
    println!("{:?}", (1, 'x', "s", false));
    println!("{:?}", (1,));
    println!("{:?}", ((1, 2), (3, (4, 5))));
    println!("{:?}", [1, 2, 3]);
    println!("{:?}", [[1u8, 2], [3, 4]]);
    println!("{:?}", [(1, 'a'), (2, 'b')]);
    println!("{:?}", ["x", "y"]);
    let empty: [i32; 0] = [];
    println!("{:?}", empty);
    println!("{:?}", '\u{e9}');
    println!("{:?}", "caf\u{e9}");
}
