// Inclusive ranges that end at the type's maximum stop without overflowing.
fn main() {
    let mut count = 0u32;
    let mut sum = 0u32;
    for x in 0..=255u8 {
        count += 1;
        sum += x as u32;
    }
    println!("{} {}", count, sum);
    let mut n = 0;
    for x in -128i8..=127 {
        if x % 64 == 0 {
            print!("{} ", x);
        }
        n += 1;
    }
    println!("{}", n);
    for x in 250u8..=255 {
        print!("{} ", x);
    }
    println!();
    for x in 18446744073709551613u64..=18446744073709551615 {
        print!("{} ", x);
    }
    println!();
    let mut hits = 0;
    for _ in 255u8..=255 {
        hits += 1;
    }
    println!("{}", hits);
}
