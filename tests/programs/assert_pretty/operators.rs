//@ exit-code: 101
// Unary and binary operators with their precedence, casts, references (`&`, `&mut`), fields,
// indexing, tuples and `[x; n]` arrays: `||` breaks first, then `&&`, each operand continues 4 in.
fn main() {
    let mut a = 5;
    let b = &mut a;
    *b += 1;
    let t = (1, (2, 3), [4, 5, 6]);
    let x = 1u32;
    assert!(*&*b == 7 && &a == &8 && &mut 9 == &mut 10 || !(a > 100000) && -(a as i64) * -1 == 1234567890123 || t == (1, (2, 3), [4, 5, 7]) || [t.2[0]; 3] == [(t.1).0, 1 + 2 * 3, -4 % 3] || (x << 3) | (x >> 1) ^ (x & 7) == 100 || (x as i32) < 0);
}
