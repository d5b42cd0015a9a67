// The prelude's helper methods (std's private specialization traits: `__trusted_len`,
// `__may_have_side_effect`) are not methods a program can call, as std's are not (E0599).
fn main() {
    let v = vec![1, 2];
    let it = v.iter();
    println!("{}", it.__trusted_len()); //~ ERROR no method named `__trusted_len` found
    let mut m = v.iter().map(|x| x + 1);
    println!("{}", m.__may_have_side_effect()); //~ ERROR no method named `__may_have_side_effect` found
}
