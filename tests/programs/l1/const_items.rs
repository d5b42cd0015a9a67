// const items: of several types, defined from other consts, used in array lengths and repeat counts.
const A: i32 = 21;
const B: i32 = A * 2;
const N: usize = 4;
const M: usize = N + 1;
const MASK: u8 = 0xF0;
const LETTER: char = 'k';
const ON: bool = true;
const NAME: &str = "toyrust";
const NEG: i64 = -(B as i64) * 1000;

fn main() {
    println!("{} {}", A, B);
    let arr = [1u8; N];
    let arr2: [i32; M] = [B; M];
    println!("{:?} {:?}", arr, arr2);
    println!("{} {} {} {}", MASK & 0x3C, LETTER, ON, NAME);
    println!("{}", NEG);
    const LOCAL: u32 = 3 * 7;
    println!("{}", LOCAL);
    let mut total = 0;
    for i in 0..N {
        total += i;
    }
    println!("{}", total);
}
