// Vec<T> without indexing or iteration: growth as std's RawVec grows (8 one-byte elements first,
// 4 small ones, 1 big one, then doubling), push/pop/insert/remove/swap/truncate/clear/reserve,
// get/first/last/contains, clone (capacity = length) and ==, and zero-sized elements.
#[derive(Clone, PartialEq)]
struct Big([u64; 200]);

fn show_caps_u8() {
    let mut v: Vec<u8> = Vec::new();
    let mut last = 0;
    let mut i = 0;
    while i < 100 {
        v.push(i as u8);
        if v.capacity() != last {
            print!("{} ", v.capacity());
            last = v.capacity();
        }
        i += 1;
    }
    println!("| len {}", v.len());
}

fn show_caps_u64() {
    let mut v: Vec<u64> = Vec::new();
    let mut last = 0;
    for i in 0..100 {
        v.push(i);
        if v.capacity() != last {
            print!("{} ", v.capacity());
            last = v.capacity();
        }
    }
    println!("| len {}", v.len());
}

fn show_caps_big() {
    let mut v: Vec<Big> = Vec::new();
    let mut last = 0;
    for i in 0..9 {
        v.push(Big([i; 200]));
        if v.capacity() != last {
            print!("{} ", v.capacity());
            last = v.capacity();
        }
    }
    println!("| len {}", v.len());
}

fn main() {
    show_caps_u8();
    show_caps_u64();
    show_caps_big();

    let mut v = Vec::with_capacity(3);
    v.push(10);
    v.push(20);
    v.push(30);
    println!("{} {}", v.len(), v.capacity());
    v.push(40);
    println!("{} {}", v.len(), v.capacity());
    v.insert(0, 5);
    v.insert(5, 50);
    v.insert(2, 15);
    println!("{:?} {:?} {:?} {:?}", v.first(), v.last(), v.get(2), v.get(7));
    println!("removed {} {}", v.remove(0), v.remove(5));
    v.swap(0, 4);
    println!("{:?} {:?} {} {}", v.first(), v.last(), v.contains(&15), v.contains(&99));
    while let Some(x) = v.pop() {
        print!("{} ", x);
    }
    println!("| empty {} cap {}", v.is_empty(), v.capacity());

    let mut r: Vec<i32> = Vec::new();
    r.reserve(10);
    println!("reserve {}", r.capacity());
    r.push(1);
    r.reserve(100);
    println!("reserve {}", r.capacity());

    let a = vec![1, 2, 3];
    let mut b = a.clone();
    println!("{} {} {}", a == b, b.capacity(), a != vec![1, 2]);
    b.truncate(1);
    println!("{} {:?}", b.len(), b.last());
    b.clear();
    println!("{} {}", b.len(), b.capacity());

    let mut units: Vec<()> = Vec::new();
    for _ in 0..5 {
        units.push(());
    }
    println!("units {} {}", units.len(), units.capacity() == 18446744073709551615);
    let empty: Vec<String0> = Vec::new();
    println!("{}", empty.capacity());
}

struct String0;
