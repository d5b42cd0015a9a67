// A Vec derefs to a slice: &v and &mut v as &[T]/&mut [T] (deref coercion), range indexing
// &v[1..3], slice methods through the vector, {:?} and {:#?}, extend_from_slice, as_slice,
// and Vec<Vec<T>> / Vec<String> printed.
fn sum(xs: &[i64]) -> i64 {
    let mut total = 0;
    let mut i = 0;
    while i < xs.len() {
        total += xs[i];
        i += 1;
    }
    total
}

fn double(xs: &mut [i64]) {
    let mut i = 0;
    while i < xs.len() {
        xs[i] *= 2;
        i += 1;
    }
}

#[derive(Debug, Clone, PartialEq)]
struct P {
    x: i32,
}

fn main() {
    let mut v: Vec<i64> = vec![1, 2, 3, 4, 5];
    println!("{} {}", sum(&v), sum(&v[1..3]));
    double(&mut v);
    double(&mut v[..2]);
    println!("{:?} {:?}", v, &v[3..]);
    println!("{:?} {:?} {}", v.first(), v.as_slice().last(), v.is_empty());
    let mut w = vec![9i64];
    w.extend_from_slice(&v[..2]);
    w.extend_from_slice(&[7, 8]);
    println!("{:?} len {} cap {}", w, w.len(), w.capacity());
    let nested = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", nested);
    let words = vec![String::from("a\"b"), "c".to_string()];
    println!("{:?} {:#?}", words, vec![P { x: 1 }, P { x: 2 }]);
    let empty: Vec<u8> = Vec::new();
    println!("{:?} {:?}", empty, &empty[..]);
}
