// Width and alignment: default alignment (numbers right, text left), explicit < > ^.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:5}]", -42);
    println!("[{:5}]", "ab");
    println!("[{:5}]", 'c');
    println!("[{:5}]", true);
    println!("[{:<5}]", 42);
    println!("[{:>5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:^6}]", 42);
    println!("[{:<5}]", "ab");
    println!("[{:>5}]", "ab");
    println!("[{:^5}]", "ab");
    println!("[{:^5}]", "abc");
    println!("[{:2}]", 12345);
    println!("[{:3}]", "toolong");
    println!("[{:1}]", "");
    println!("[{:>10}]", 18446744073709551615u64);
    println!("[{:<8}]", -9223372036854775808i64);
}
