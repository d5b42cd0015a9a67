// `<` and friends on `&str` compare bytes, the shorter string first when one is a prefix (before
// shims, only `==` and `!=` were implemented and `"apple" < "apricot"` was false). Through
// generic code, tuples and `partial_cmp` too.
fn smaller<T: PartialOrd>(a: T, b: T) -> T {
    if a < b { a } else { b }
}

fn main() {
    let a = "apple";
    let b = "apricot";
    println!("{} {} {} {}", a < b, a > b, a <= "apple", "b" >= "ab");
    println!("{} {}", "" < "a", "ab" < "abc");
    println!("{:?} {:?}", a.partial_cmp(b), "z".partial_cmp("z"));
    println!("{}", smaller("pear", "peach"));
    println!("{}", ("x", 2) < ("x", 1));
    println!("{}", ["b", "a"] > ["a", "z"]);
    println!("{}", smaller("é", "e"));
}
