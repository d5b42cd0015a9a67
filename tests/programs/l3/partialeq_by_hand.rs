// PartialEq written by hand (case-insensitive letters) and used through a generic
// PartialEq bound and with `!=`.
#[derive(Debug, Clone, Copy)]
struct Letter {
    c: char,
}

impl PartialEq for Letter {
    fn eq(&self, other: &Letter) -> bool {
        let a = if self.c >= 'A' && self.c <= 'Z' { (self.c as u8 + 32) as char } else { self.c };
        let b = if other.c >= 'A' && other.c <= 'Z' { (other.c as u8 + 32) as char } else { other.c };
        a == b
    }
}

fn count_matches<T: PartialEq>(xs: &[T; 5], x: &T) -> u32 {
    let mut n = 0;
    for i in 0..5 {
        if xs[i] == *x {
            n += 1;
        }
    }
    n
}

fn main() {
    let a = Letter { c: 'q' };
    let b = Letter { c: 'Q' };
    let c = Letter { c: 'r' };
    println!("{} {} {} {}", a == b, a != b, a == c, b != c);
    let word = [Letter { c: 'L' }, Letter { c: 'e' }, Letter { c: 'v' }, Letter { c: 'E' }, Letter { c: 'l' }];
    println!("{}", count_matches(&word, &Letter { c: 'l' }));
    println!("{}", count_matches(&word, &Letter { c: 'e' }));
    println!("{}", count_matches(&word, &c));
    println!("{}", Some(a) == Some(b));
    println!("{:?}", word[3]);
}
