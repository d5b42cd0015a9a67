// A generic stack of fixed capacity built on an array of Option<T>: push reports
// overflow with Result, pop and peek return Option.
#[derive(Debug, Clone, Copy, PartialEq)]
enum StackError {
    Full,
}

struct Stack<T> {
    items: [Option<T>; 4],
    len: usize,
}

impl<T: Copy> Stack<T> {
    fn new() -> Self {
        Stack { items: [None; 4], len: 0 }
    }

    fn push(&mut self, x: T) -> Result<usize, StackError> {
        if self.len == self.items.len() {
            return Err(StackError::Full);
        }
        self.items[self.len] = Some(x);
        self.len += 1;
        Ok(self.len)
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            let top = self.items[self.len];
            self.items[self.len] = None;
            top
        }
    }

    fn peek(&self) -> Option<T> {
        if self.len == 0 { None } else { self.items[self.len - 1] }
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

fn reverse_word(w: [char; 4]) -> [char; 4] {
    let mut s: Stack<char> = Stack::new();
    for i in 0..4 {
        s.push(w[i]).unwrap();
    }
    let mut out = [' '; 4];
    let mut i = 0;
    while let Some(c) = s.pop() {
        out[i] = c;
        i += 1;
    }
    out
}

fn main() {
    let mut s = Stack::new();
    let inputs = [10, 20, 30, 40, 50];
    for i in 0..inputs.len() {
        let x = inputs[i];
        match s.push(x) {
            Ok(n) => println!("pushed {} (len {})", x, n),
            Err(e) => println!("push {} failed: {:?}", x, e),
        }
    }
    println!("peek {:?}", s.peek());
    println!("{:?} {:?}", s.pop(), s.pop());
    println!("{:?}", s.push(60));
    while !s.is_empty() {
        println!("pop {}", s.pop().unwrap());
    }
    println!("{:?} {:?}", s.pop(), s.peek());
    println!("{:?}", reverse_word(['s', 't', 'o', 'p']));

    let mut fs: Stack<(f64, bool)> = Stack::new();
    fs.push((1.5, true)).expect("room");
    fs.push((-2.0, false)).expect("room");
    println!("{:?}", fs.peek());
    println!("{:?}", fs.items);
}
