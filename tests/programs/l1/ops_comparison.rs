// The six comparison operators on signed, unsigned, bool and char operands.
fn cmp_i(a: i32, b: i32) {
    println!("{} {}: {} {} {} {} {} {}", a, b, a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn cmp_u(a: u64, b: u64) {
    println!("{} {}: {} {} {} {} {} {}", a, b, a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn main() {
    cmp_i(1, 2);
    cmp_i(2, 2);
    cmp_i(-3, 2);
    cmp_u(18446744073709551615, 1);
    cmp_u(0, 0);
    println!("{} {} {}", false < true, true == true, false >= true);
    println!("{} {} {}", 'a' < 'b', 'Z' < 'a', 'x' == 'x');
    let x: i8 = -1;
    let y: u8 = 255;
    println!("{} {}", x < 0, y > 254);
}
