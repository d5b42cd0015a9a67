// A slice's methods are `[T]`'s; `contains` needs `T: PartialEq`.
struct Opaque;

fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    s.push(4); //~ ERROR E0599
    let o = [Opaque, Opaque];
    let os: &[Opaque] = &o;
    os.contains(&Opaque); //~ ERROR E0277
}
