// A program cannot mark its own trait as std's `Clone`. rustc stops collecting lang items at
// the first duplicate: `add` is not reported as a second one, nor `debug` as unknown.
#[lang = "clone"] //~ ERROR E0658
trait MyClone { //~ ERROR E0152
    fn my_clone(&self) -> Self;
}

#[lang = "add"] //~ ERROR E0658
trait MyAdd {
    fn my_add(self, other: Self) -> Self;
}

#[lang = "debug"] //~ ERROR E0658
trait MyDebug {}

fn main() {
    println!("{}", 1);
}
