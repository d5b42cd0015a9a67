//@ exit-code: 101
// `expect` on Err panics with the message, a colon and the Debug form of the error.
fn parse_digit(c: char) -> Result<u8, (char, i32)> {
    if c >= '0' && c <= '9' { Ok(c as u8 - b'0') } else { Err((c, -1)) }
}

fn main() {
    let mut sum = 0;
    let cs = ['1', '2', 'x', '3'];
    for i in 0..cs.len() {
        let c = cs[i];
        sum += parse_digit(c).expect("input is a digit");
        println!("sum {}", sum);
    }
}
