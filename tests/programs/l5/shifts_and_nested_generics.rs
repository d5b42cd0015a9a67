// `<<` and `>>` are two tokens each in ToyRust's lexer, so that `Vec<<T as Tr>::A>` opens a generic
// list and a qualified path, and `Vec<Vec<i32>>` closes two lists; as operators they still shift.
trait Pick {
    type Out;
}

impl Pick for u8 {
    type Out = i64;
}

fn main() {
    let a = 1u32 << 3;
    let mut b = 2i64;
    b <<= 2;
    b >>= 1;
    let c = 1 << 2 + 1;
    let d = -64i32 >> 3;
    println!("{} {} {} {}", a, b, c, d);
    let v: Vec<<u8 as Pick>::Out> = vec![1 << 40, 3];
    let w: Vec<Vec<<u8 as Pick>::Out>> = vec![v.clone()];
    println!("{:?} {:?} {}", v, w, (1 < 2) as u8);
}
