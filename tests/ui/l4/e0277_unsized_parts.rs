// An array element and a tuple part must be sized: `[i32]` is neither.
fn main() {
    let _b: ([u8], i32); //~ ERROR E0277
    let _c: [[i32]; 2]; //~ ERROR E0277
}
