// Polymorphic recursion: every call instantiates `deeper` at a bigger type, so
// monomorphization never ends on its own. rustc and ToyRust stop at the recursion limit.
struct Wrap<T> {
    inner: T,
}

fn deeper<T>(x: T, n: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    deeper(Wrap { inner: x }, n - 1) + 1 //~ ERROR reached the recursion limit while instantiating
}

fn main() {
    println!("{}", deeper(1u8, 3));
}
