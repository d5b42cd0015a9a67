// An immutable `let x;` assigned inside a loop that can come round again is assigned twice.
fn in_for() {
    let x; //~ WARN unused_variables
    for i in 0..3 {
        x = i; //~ ERROR E0384
    }
}

fn in_while(c: bool) {
    let x: i32; //~ WARN unused_variables
    while c {
        x = 1; //~ ERROR E0384
    }
}

fn main() {
    in_for();
    in_while(false);
}
