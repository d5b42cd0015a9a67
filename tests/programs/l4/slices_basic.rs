// Slices: `&[T]` and `&mut [T]` made from arrays at every coercion site, indexing, the methods
// of `[T]`, printing and comparing.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

struct View<'a> {
    items: &'a [i32],
    name: &'a str,
}

fn total(s: &[i32]) -> i32 {
    let mut sum = 0;
    let mut i = 0;
    while i < s.len() {
        sum += s[i];
        i += 1;
    }
    sum
}

fn double_all(s: &mut [i32]) {
    let mut i = 0;
    while i < s.len() {
        s[i] *= 2;
        i += 1;
    }
}

fn longest<'a>(a: &'a [i32], b: &'a [i32]) -> &'a [i32] {
    if a.len() >= b.len() { a } else { b }
}

fn evens(buffer: &mut [i32; 4]) -> &[i32] {
    let mut i = 0;
    while i < 4 {
        buffer[i] = 2 * (i as i32 + 1);
        i += 1;
    }
    buffer
}

fn pick(which: u8, a: &[i32; 2], b: &[i32; 3]) -> usize {
    let s: &[i32] = match which {
        0 => a,
        _ => b,
    };
    s.len()
}

fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    println!("{} {} {}", s.len(), s[0], s[2]);
    println!("{}", total(&a));
    println!("{}", total(&[10, 20, 30, 40]));
    let mut buffer = [0; 4];
    println!("{:?}", evens(&mut buffer));
    println!("{:?}", longest(&a, &[7, 8]));
    println!("{} {}", pick(0, &[1, 2], &[1, 2, 3]), pick(1, &[1, 2], &[1, 2, 3]));

    let mut b = [5, 6, 7, 8];
    double_all(&mut b);
    println!("{:?}", b);
    let m: &mut [i32] = &mut b;
    m[0] = 100;
    m[1] += 1;
    println!("{:?} {}", m, m.is_empty());

    let empty: &[i32] = &[];
    println!("{:?} {} {:?} {:?}", empty, empty.is_empty(), empty.first(), empty.last());
    println!("{:?} {:?} {:?} {:?}", s.first(), s.last(), s.get(1), s.get(3));
    println!("{} {}", s.contains(&2), s.contains(&9));

    let mut c = [1, 2, 3, 4];
    let cs: &mut [i32] = &mut c;
    cs.swap(0, 3);
    cs.swap(1, 1);
    println!("{:?}", cs);
    if let Some(first) = cs.first_mut() {
        *first = -1;
    }
    if let Some(x) = cs.get_mut(2) {
        *x = 33;
    }
    println!("{:?}", c);

    let t: &[i32] = &[1, 2, 3];
    println!("{} {} {}", s == t, s != t, s == evens(&mut buffer));

    let points = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let ps: &[Point] = &points;
    println!("{:?}", ps);
    println!("{:#?}", ps);
    println!("{}", ps[1].x + ps[0].y);
    println!("{}", ps.contains(&Point { x: 3, y: 4 }));

    let rows: [&[i32]; 3] = [&[1], &[2, 3], &[]];
    let nested: &[&[i32]] = &rows;
    println!("{:?} {}", nested, nested[1][1]);

    let v = View { items: &a, name: "a" };
    println!("{} {:?} {}", v.name, v.items, v.items.len());

    let parts: [&[i32]; 2] = [&a, &b];
    println!("{}", parts[0].len() + parts[1].len());

    let words: &[&str] = &["x", "yz"];
    println!("{:?} {}", words, words[1]);

    println!("{:?} {:?}", a.first(), a.last());
    let mut arr = [3, 1, 2];
    arr.swap(0, 2);
    println!("{:?} {}", arr, arr.contains(&3));

    let data = [9, 8, 7];
    let raw = unsafe { std::slice::from_raw_parts(&data[0] as *const i32, 2) };
    println!("{:?}", raw);
}
