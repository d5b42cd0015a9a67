// A tuple, an array and an enum holding a struct with a hand-written Clone or PartialEq are Clone
// or PartialEq themselves (std's impls for tuples and arrays, and the derive, call the user's).
#[derive(Debug)]
struct Inner(i32);

impl Clone for Inner {
    fn clone(&self) -> Inner {
        Inner(self.0 + 100)
    }
}

impl PartialEq for Inner {
    fn eq(&self, other: &Inner) -> bool {
        self.0 % 10 == other.0 % 10
    }
}

#[derive(Clone, PartialEq, Debug)]
enum Slot {
    Empty,
    Full(Inner),
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a == b
}

fn copy_of<T: Clone>(x: &T) -> T {
    x.clone()
}

fn main() {
    let t = (Inner(5), 1);
    let u = t.clone();
    println!("{}", u.0 .0);
    let a = [Inner(1), Inner(2)];
    println!("{:?}", a.clone());
    println!("{:?} {:?}", copy_of(&t), copy_of(&Slot::Full(Inner(7))));
    println!("{} {}", same(&(Inner(3), 2), &(Inner(13), 2)), same(&[Inner(1)], &[Inner(2)]));
    println!("{} {}", Slot::Full(Inner(4)) == Slot::Full(Inner(24)), Slot::Empty == Slot::Full(Inner(0)));
}
