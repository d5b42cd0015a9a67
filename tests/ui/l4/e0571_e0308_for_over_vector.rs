// What stays of `for` after its desugaring: no `break` value (E0571), and a `()` body (E0308).
fn main() {
    let w = vec![1, 2];
    for x in &w {
        if *x == 2 {
            break 5; //~ ERROR E0571
        }
    }
    for x in &w {
        *x //~ ERROR E0308
    }
}
