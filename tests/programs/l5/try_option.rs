// `?` on `Option`: a `None` returns `None` from the function at once, a `Some` gives its value.
// Chains of `?`, `?` inside loops, nested blocks and `match` arms, and on the result of a method.

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

fn digit(c: u8) -> Option<u32> {
    if c >= b'0' && c <= b'9' {
        Some((c - b'0') as u32)
    } else {
        None
    }
}

// Two `?` in one expression.
fn add_digits(a: u8, b: u8) -> Option<u32> {
    Some(digit(a)? + digit(b)?)
}

// `?` in a loop: the first character that is not a digit ends the function.
fn number(s: &str) -> Option<u32> {
    let mut n = 0;
    for &c in s.as_bytes() {
        n = n * 10 + digit(c)?;
    }
    Some(n)
}

// A chain through a linked list: `?` on a field access of what the previous `?` gave.
fn third(head: &Node) -> Option<i32> {
    let second = head.next.as_ref()?;
    let third = second.next.as_ref()?;
    Some(third.value)
}

fn checked_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

// `?` in nested blocks, an `if` and a `match` arm, and as a statement of its own.
fn nested(a: i32, b: i32, c: i32) -> Option<i32> {
    let x = {
        let y = checked_div(a, b)?;
        if y > 10 {
            checked_div(y, c)?
        } else {
            match checked_div(c, y) {
                Some(z) => z + checked_div(1, z)?,
                None => -1,
            }
        }
    };
    checked_div(x, 1)?;
    Some(x)
}

// `?` in a `while` loop with a counter, and the value of a `loop` by `break`.
fn halve_until_odd(mut n: i32, limit: u32) -> Option<u32> {
    let mut steps = 0;
    while n % 2 == 0 {
        n = checked_div(n, 2)?;
        steps += 1;
        if steps > limit {
            return None;
        }
    }
    let last = loop {
        break checked_div(n, 1)?;
    };
    Some(steps + last as u32 - last as u32)
}

fn get(v: &Vec<i32>, i: usize) -> Option<i32> {
    let x = v.get(i)?;
    Some(*x * 2)
}

// `?` on an `Option` of a non-`Copy` value moves it out.
fn longest(words: Vec<Option<String>>) -> Option<usize> {
    let mut best = 0;
    for w in words {
        let s = w?;
        if s.len() > best {
            best = s.len();
        }
    }
    Some(best)
}

fn main() {
    println!("{:?} {:?} {:?}", add_digits(b'3', b'4'), add_digits(b'x', b'4'), add_digits(b'3', b'y'));
    println!("{:?} {:?} {:?}", number("1234"), number("12a4"), number(""));
    let list = Node { value: 1, next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })) };
    let short = Node { value: 1, next: Some(Box::new(Node { value: 2, next: None })) };
    println!("{:?} {:?}", third(&list), third(&short));
    println!("{:?} {:?} {:?} {:?}", nested(100, 2, 5), nested(100, 0, 5), nested(100, 2, 0), nested(12, 2, 3));
    println!("{:?} {:?}", nested(12, 2, 0), nested(30, 10, 1));
    println!("{:?} {:?} {:?}", halve_until_odd(48, 10), halve_until_odd(1024, 3), halve_until_odd(7, 0));
    let v = vec![5, 6, 7];
    println!("{:?} {:?}", get(&v, 1), get(&v, 3));
    println!("{:?}", longest(vec![Some(String::from("ab")), Some(String::from("abcd")), Some(String::from("a"))]));
    println!("{:?}", longest(vec![Some(String::from("ab")), None, Some(String::from("abcdef"))]));
}
