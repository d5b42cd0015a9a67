// Only std may give `*const T` (or any type that is not a struct or enum) inherent methods.
impl<T> *const T { //~ ERROR E0390
    fn first(self) -> bool {
        true
    }
}

impl i32 { //~ ERROR E0390
    fn double(self) -> i32 {
        self * 2
    }
}

fn main() {
    let x = 1;
    let p = &x as *const i32;
    println!("{}", p.first()); //~ ERROR E0599
    println!("{}", x.double()); //~ ERROR E0599
}
