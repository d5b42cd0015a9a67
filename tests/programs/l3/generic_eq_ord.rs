// Comparison operators on generic T through PartialEq / PartialOrd bounds:
// == != < <= > >= inside loops over arrays.
fn count_eq<T: PartialEq>(xs: &[T; 6], target: &T) -> usize {
    let mut n = 0;
    for i in 0..6 {
        if xs[i] == *target {
            n += 1;
        }
    }
    n
}

fn index_of<T: PartialEq + Copy>(xs: [T; 6], target: T) -> Option<usize> {
    for i in 0..6 {
        if xs[i] == target {
            return Some(i);
        }
    }
    None
}

fn is_sorted<T: PartialOrd>(xs: &[T; 6]) -> bool {
    for i in 1..6 {
        if xs[i - 1] > xs[i] {
            return false;
        }
    }
    true
}

fn all_different<T: PartialEq>(a: T, b: T, c: T) -> bool {
    a != b && b != c && a != c
}

fn between<T: PartialOrd>(lo: T, x: T, hi: T) -> bool {
    lo <= x && x <= hi && !(x < lo) && !(x >= hi && x > hi)
}

fn main() {
    let nums = [3, 1, 3, 3, 7, 0];
    let chars = ['a', 'b', 'c', 'd', 'e', 'f'];
    let flags = [true, false, false, true, true, false];
    println!("{} {} {}", count_eq(&nums, &3), count_eq(&chars, &'z'), count_eq(&flags, &false));
    println!("{:?} {:?}", index_of(nums, 7), index_of(chars, 'q'));
    println!("{:?}", index_of([1.5, 2.5, 2.5, 0.0, -1.0, 9.0], 2.5));
    println!("{} {}", is_sorted(&nums), is_sorted(&chars));
    println!("{}", is_sorted(&[-3i64, -3, 0, 1, 1, 2]));
    println!("{} {}", all_different(1u8, 2, 3), all_different('x', 'y', 'x'));
    println!("{} {} {}", between(1, 5, 10), between(1.0, 0.5, 2.0), between('a', 'k', 'k'));
    // NaN is neither smaller, equal nor bigger
    let nan = 0.0 / 0.0;
    println!("{} {}", between(0.0, nan, 1.0), all_different(nan, nan, 1.0));
    println!("{:?}", index_of([nan, 1.0, 2.0, 3.0, 4.0, 5.0], nan));
    // tuples compare lexicographically
    println!("{}", is_sorted(&[(1, 'a'), (1, 'b'), (2, 'a'), (2, 'a'), (3, 'z'), (4, 'a')]));
}
