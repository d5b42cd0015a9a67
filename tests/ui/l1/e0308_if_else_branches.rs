// `if` and `else` have incompatible types: reported on the else branch's value.
fn main() {
    let flag = true;
    let v = if flag {
        1
    } else {
        'x' //~ ERROR E0308
    };
    println!("{}", v);
}
