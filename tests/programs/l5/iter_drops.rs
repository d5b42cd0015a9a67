//@ exit-code: 101
// Values held by iterators and adapters are dropped as in Rust: the ones not yet yielded when the
// adapter is dropped, the closures' captures with the adapter, and a panic inside a closure
// inside an adapter unwinds through it.
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn value(n: &Noisy) -> i32 {
    n.0
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let firsts: Vec<i32> = v.into_iter().map(|n| n.0 * 10).take(2).collect();
    println!("took {:?}", firsts);
    let w = vec![Noisy(5), Noisy(6), Noisy(7)];
    let guard = Noisy(100);
    let kept: Vec<Noisy> = w.into_iter().filter(move |n| n.0 != value(&guard) - 94).collect();
    println!("kept {}", kept.len());
    let found = vec![Noisy(8), Noisy(9)].into_iter().find(|n| n.0 == 8);
    println!("found {}", found.is_some());
    let items = vec![1, 2, 3, 0, 5];
    let _outer = Noisy(50);
    let total: i32 = items.iter().map(|x| 60 / x).sum();
    println!("unreachable {}", total);
}
