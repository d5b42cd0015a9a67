// A bound on the program's own trait named `Add` does not allow `+`: the operator goes through
// std's Add, whatever `Add` names in scope.
trait Add {
    fn add(self, other: Self) -> Self;
}

fn sum<T: Add>(a: T, b: T) -> T {
    a + b //~ ERROR E0369
}

impl Add for i32 {
    fn add(self, other: i32) -> i32 {
        self - other
    }
}

fn main() {
    println!("{}", sum(1, 2));
}
