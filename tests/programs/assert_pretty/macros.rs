//@ exit-code: 101
// Macro calls inside a condition print from their tokens as rustc does: the spacing written in
// the source is kept where rustc keeps it (`println!( "{}" ,x )` prints `println!("{}",x)`),
// `matches!` stays a macro call, and a macro statement keeps its `;`.
fn main() {
    let o = Some(3);
    assert!({ println!( "value {}" ,o.unwrap() ); let n = 5; assert_eq!(n, 5, "n was {}", n); matches!(o, Some(k) if k > 5) || !matches!( o , Some(_) ) });
}
