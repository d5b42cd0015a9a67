//@ exit-code: 101
// A match that fits stays on one line, with a comma after the last arm as rustc prints it;
// patterns keep their spelling (`-5..=-1`, `0x10`).
fn main() {
    let x = 7;
    assert!(match x { -5 ..= -1 => false, 0x10 => true, _ => x == 8 });
}
