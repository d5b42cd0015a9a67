struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x: i32| x + n)
}

fn main() {
    let s = String::from("hello");
    let b: Box<dyn Fn(i32) -> i32> = Box::new(move |x: i32| x + s.len() as i32);
    println!("{}", b(3));
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![make_adder(1), b, Box::new(|x: i32| x * x)];
    for f in fs.iter() {
        println!("{}", f(7));
    }
    let loud = Loud("captured");
    let mut count = 0;
    let mut m: Box<dyn FnMut()> = Box::new(move || {
        count += 1;
        let l = &loud;
        println!("{} {}", l.0, count);
    });
    m();
    m();
    drop(m);
    println!("end");
}
