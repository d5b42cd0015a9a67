// Nested generics: Pair<Option<i32>>, Option<Option<bool>>, Result<Option<T>, E>,
// and a generic struct holding another generic struct, matched through all layers.
#[derive(Debug, Clone, Copy)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy> Pair<T> {
    fn first(&self) -> T {
        self.a
    }
}

fn tri(x: Option<Option<bool>>) -> &'static str {
    match x {
        None => "unknown",
        Some(None) => "asked, no answer",
        Some(Some(true)) => "yes",
        Some(Some(false)) => "no",
    }
}

fn both(p: Pair<Option<i32>>) -> Option<i32> {
    match (p.a, p.b) {
        (Some(x), Some(y)) => Some(x + y),
        (Some(x), None) | (None, Some(x)) => Some(x),
        (None, None) => None,
    }
}

fn lookup(key: u8) -> Result<Option<u32>, char> {
    if key > 9 {
        Err('!')
    } else if key % 2 == 0 {
        Ok(Some(key as u32 * 100))
    } else {
        Ok(None)
    }
}

fn main() {
    let ps = [
        Pair { a: Some(1), b: Some(2) },
        Pair { a: None, b: Some(5) },
        Pair { a: Some(-3), b: None },
        Pair { a: None, b: None },
    ];
    for i in 0..ps.len() {
        println!("{:?} -> {:?}", ps[i], both(ps[i]));
    }
    let answers = [None, Some(None), Some(Some(true)), Some(Some(false))];
    for i in 0..4 {
        println!("{:?}: {}", answers[i], tri(answers[i]));
    }
    let keys = [2u8, 3, 12];
    for i in 0..keys.len() {
        let k = keys[i];
        match lookup(k) {
            Ok(Some(v)) => println!("{} found {}", k, v),
            Ok(None) => println!("{} missing", k),
            Err(c) => println!("{} error {}", k, c),
        }
    }
    let pp = Pair { a: Pair { a: 1u8, b: 2 }, b: Pair { a: 3, b: 4 } };
    println!("{:?}", pp);
    println!("{}", pp.first().first() + pp.b.first());
    let deep: Option<Pair<Option<Option<char>>>> = Some(Pair { a: Some(Some('d')), b: Some(None) });
    println!("{:?}", deep);
    if let Some(Pair { a: Some(Some(c)), b: Some(None) }) = deep {
        println!("inner {}", c);
    }
    let r: Result<Pair<i8>, Option<u8>> = Err(Some(4));
    println!("{:?}", r);
}
