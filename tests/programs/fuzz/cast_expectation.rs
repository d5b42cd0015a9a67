// A cast gives its type only to a literal reached through parentheses, `-`/`!` and block tails
// (rustc's "castable to" expectation); branches and binary operators check without it.
fn main() {
    let c = true;
    let a = (if c { -451i16 } else { 32_767 }) as u64;
    let b = (match 3u8 { 0 => 5i8, _ => -128 }) as u64;
    let d = ((if c { -3i16 } else { 7 }) ^ 4i16) as u64;
    let e = (300 + 1) as u8;
    let f = (if c { 300 } else { 1 }) as u8;
    let g = (-5) as i8;
    let h = { 255 } as u8;
    let i = (!0) as u16;
    let j = ({ let k = 1; k + 299 }) as u8;
    println!("{} {} {} {} {} {} {} {} {}", a, b, d, e, f, g, h, i, j);
}
