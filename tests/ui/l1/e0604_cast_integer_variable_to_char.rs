// Casts are checked at the end of the function, before integer fallback: an integer whose type
// nothing fixed is still `{integer}` in the message (bug 19's fix keeps rustc's wording).
fn main() {
    let a = 300;
    let b = a as char; //~ ERROR E0604
    let c = (if true { 3 } else { 4 }) as bool; //~ ERROR E0054
    println!("{} {}", b, c);
}
