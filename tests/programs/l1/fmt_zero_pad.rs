// Zero padding `{:0N}`: positive and negative values (the sign goes first), values wider than N.
fn main() {
    println!("[{:05}]", 42);
    println!("[{:05}]", -42);
    println!("[{:05}]", 123456);
    println!("[{:03}]", 0);
    println!("[{:08}]", 255u8);
    println!("[{:08}]", -128i8);
    println!("[{:02}:{:02}:{:02}]", 7, 5, 30);
    println!("[{:010}]", 4294967295u32);
    println!("[{:020}]", -9223372036854775807i64);
}
