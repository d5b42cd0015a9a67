//@ exit-code: 101
// A short block condition fits on one line: `{ let ...; ... }` with its braces, and the `{}`
// of a string literal, printed literally.
fn main() {
    assert!({ let s = "{}"; let n = 3; s == "{n}" && n == 3 });
}
