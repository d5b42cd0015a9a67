// rustc runs its liveness lints only on a function that type-checked: a function with a type
// error gets no "unused variable" warning (its `g` here), another function still does.
fn with_error() {
    let g: i32 = "x"; //~ ERROR E0308
}

fn without_error() {
    let unused = 3; //~ WARN unused_variables
}

fn main() {
    with_error();
    without_error();
}
