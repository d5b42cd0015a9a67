//@ exit-code: 101
// `collect` into a `Vec` of an iterator of known length (`TrustedLen`) writes the items in place
// through `for_each`, as std's `extend_trusted`: a `zip` of a `rev` side and a shorter side does
// not run the longer side's closure once more; and when a closure panics halfway, the items
// already written are dropped with the vector as the panic unwinds.
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let long = [1, 2, 3, 4];
    let short = [10, 20];
    let pairs: Vec<(i32, &i32)> = long.iter().map(|x| { println!("map {}", x); *x }).rev().zip(short.iter()).collect();
    println!("{:?} {}", pairs, pairs.capacity());
    let indexed: Vec<(i32, &i32)> = long.iter().map(|x| { println!("indexed {}", x); *x }).zip(short.iter()).collect();
    println!("{:?} {}", indexed, indexed.capacity());
    let made: Vec<Noisy> = (0..3).map(|i| Noisy(i)).collect();
    println!("made {}", made.len());
    let _outer = Noisy(50);
    let partial: Vec<Noisy> = (0..6).map(|i| {
        if i == 3 {
            panic!("no {}", i);
        }
        Noisy(i)
    }).collect();
    println!("unreachable {}", partial.len());
}
