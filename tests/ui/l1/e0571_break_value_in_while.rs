// `break` with a value is only allowed in `loop`.
fn main() {
    let mut n = 0;
    while n < 10 {
        n += 1;
        if n == 5 {
            break n; //~ ERROR E0571
        }
    }
    println!("{}", n);
}
