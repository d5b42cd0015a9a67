// `continue` to a label that was never declared.
fn main() {
    for i in 0..3 {
        if i == 1 {
            continue 'outer; //~ ERROR E0426
        }
        println!("{}", i);
    }
}
