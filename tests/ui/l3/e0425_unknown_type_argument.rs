// An unknown type used as a generic argument: rustc 1.95 reports it as E0425.
struct Wrapper<T> {
    value: T,
}

fn main() {
    let w: Wrapper<Widget> = Wrapper { value: 1 }; //~ ERROR E0425
    println!("{}", w.value);
}
