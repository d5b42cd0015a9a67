// Custom fill characters with every alignment, centring with an odd remainder.
fn main() {
    println!("[{:*^9}]", "mid");
    println!("[{:*^8}]", "mid");
    println!("[{:-<7}]", 12);
    println!("[{:->7}]", 12);
    println!("[{:_^7}]", -12);
    println!("[{:#>4}]", 'x');
    println!("[{:.^11}]", true);
    println!("[{:0^7}]", 5);
    println!("[{:0<5}]", 5);
    println!("[{:=^3}]", "toolong");
}
