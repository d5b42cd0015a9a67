// Precise captures in methods (`self.hits` through `&mut self`), of tuple fields, in nested and `move` closures, and of a matched field.
struct Counter {
    hits: u32,
    name: String,
    log: Vec<String>,
}
impl Counter {
    fn bump(&mut self) -> u32 {
        let mut inc = || self.hits += 1;
        inc();
        inc();
        self.log.push(format!("{} bumped", self.name));
        self.hits
    }
    fn show(&self) -> usize {
        let f = || self.name.len() + self.log.len();
        println!("size {}", std::mem::size_of_val(&f));
        f()
    }
}
#[derive(Debug)]
struct Pt {
    x: i32,
    y: i32,
}
fn main() {
    let mut c = Counter { hits: 0, name: String::from("c"), log: Vec::new() };
    println!("{} {}", c.bump(), c.show());
    let mut pts = (Pt { x: 1, y: 2 }, Pt { x: 3, y: 4 });
    {
        let mut shift = |d: i32| {
            pts.0.x += d;
            pts.1.y -= d;
        };
        println!("shift size {}", std::mem::size_of_val(&shift));
        shift(10);
    }
    println!("{:?}", pts);
    let name = String::from("outer");
    let v = vec![String::from("a"), String::from("bb")];
    let outer = move || {
        let inner = || v.len() + name.len();
        inner()
    };
    println!("{} size {}", outer(), std::mem::size_of_val(&outer));
    let mut s = (String::from("x"), String::from("y"));
    let mut push = || s.0.push('!');
    push();
    push();
    let take = move || s.0;
    println!("{} {}", take(), s.1);
    let opt = (Some(String::from("o")), 5);
    let m = || match &opt.0 {
        Some(t) => t.len(),
        None => 0,
    };
    println!("{} {} {}", m(), opt.1, std::mem::size_of_val(&m));
}
