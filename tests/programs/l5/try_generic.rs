// `?` in generic functions, monomorphized for each type they are called with, and in methods;
// `?` on a `ControlFlow` in a function returning one.
use std::ops::ControlFlow;

fn first<T: Copy>(v: &[T]) -> Option<T> {
    let x = v.first()?;
    Some(*x)
}

fn first_two<T: Copy>(v: &[T]) -> Option<(T, T)> {
    Some((*v.get(0)?, v.get(1).copied()?))
}

fn last_cloned<T: Clone>(v: &Vec<T>) -> Option<T> {
    let x = v.last().cloned()?;
    Some(x)
}

// The error type is a parameter: `Result<T, E>` takes `Result<Infallible, E>` by `From<E> for E`.
fn both<T, E>(a: Result<T, E>, b: Result<T, E>) -> Result<(T, T), E> {
    let x = a?;
    let y = b?;
    Ok((x, y))
}

fn collect_all<T, E>(items: Vec<Result<T, E>>) -> Result<Vec<T>, E> {
    let mut out = Vec::new();
    for item in items {
        out.push(item?);
    }
    Ok(out)
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy + std::fmt::Debug> Stack<T> {
    fn pop_two(&mut self) -> Option<(T, T)> {
        let a = self.items.pop()?;
        let b = self.items.pop()?;
        Some((a, b))
    }

    fn peek(&self) -> Result<T, String> {
        let top = self.items.last().ok_or(String::from("empty stack"))?;
        Ok(*top)
    }
}

trait Source {
    fn read(&self, i: usize) -> Option<i32>;

    // A default method using `?`.
    fn sum_first(&self, n: usize) -> Option<i32> {
        let mut sum = 0;
        let mut i = 0;
        while i < n {
            sum += self.read(i)?;
            i += 1;
        }
        Some(sum)
    }
}

struct Numbers(Vec<i32>);

impl Source for Numbers {
    fn read(&self, i: usize) -> Option<i32> {
        self.0.get(i).copied()
    }
}

fn search(v: &[i32], target: i32) -> ControlFlow<usize, i32> {
    let mut sum = 0;
    let mut i = 0;
    while i < v.len() {
        sum += visit(v[i], i, target)?;
        i += 1;
    }
    ControlFlow::Continue(sum)
}

fn visit(x: i32, i: usize, target: i32) -> ControlFlow<usize, i32> {
    if x == target { ControlFlow::Break(i) } else { ControlFlow::Continue(x) }
}

fn main() {
    println!("{:?} {:?}", first(&[3, 4]), first::<u8>(&[]));
    println!("{:?} {:?}", first(&[1.5, 2.5]), first(&['a']));
    println!("{:?} {:?}", first_two(&[true, false, true]), first_two(&[7i64]));
    println!("{:?} {:?}", last_cloned(&vec![String::from("x"), String::from("y")]), last_cloned::<String>(&Vec::new()));
    let ok: Result<i32, String> = Ok(1);
    let bad: Result<i32, String> = Err(String::from("b failed"));
    println!("{:?}", both(ok.clone(), ok.clone()));
    println!("{:?}", both(ok, bad));
    println!("{:?}", both::<u8, u8>(Err(1), Err(2)));
    println!("{:?}", collect_all::<i32, String>(vec![Ok(1), Ok(2), Ok(3)]));
    println!("{:?}", collect_all(vec![Ok(String::from("a")), Err(4), Ok(String::from("c"))]));
    let mut s = Stack { items: vec![1, 2, 3] };
    println!("{:?} {:?} {:?}", s.pop_two(), s.pop_two(), s.peek());
    s.items.pop();
    println!("{:?}", s.peek());
    let n = Numbers(vec![10, 20, 30]);
    println!("{:?} {:?}", n.sum_first(3), n.sum_first(4));
    println!("{:?} {:?}", search(&[1, 2, 3], 2), search(&[1, 2, 3], 5));
    let flow: ControlFlow<&str, i32> = ControlFlow::Break("stop");
    println!("{} {} {:?} {:?}", flow.is_break(), flow.is_continue(), flow.break_value(), flow.continue_value());
}
