// Every `break` value of a loop must have the same type; the first one fixes it.
fn main() {
    let mut i = 0;
    let v = loop {
        i += 1;
        if i == 3 {
            break 'c';
        }
        if i > 5 {
            break i; //~ ERROR E0308
        }
    };
    println!("{}", v);
}
