// `for` over vectors of strings, boxes and trait objects, and over a vector built by `vec!` with
// an expected element type of `Box<dyn Shape>` (the elements are unsized where they are written).
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("square")
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
    fn name(&self) -> String {
        format!("circle r={}", self.0)
    }
}

fn sum_lengths(words: &[String]) -> usize {
    let mut n = 0;
    for w in words {
        n += w.len();
    }
    n
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2.0)), Box::new(Circle(1.0)), Box::new(Square(0.5))];
    let mut total = 0.0;
    for s in &shapes {
        total += s.area();
        println!("{} {}", s.name(), s.area());
    }
    println!("total {}", total);

    let mut words = vec![String::from("alpha"), String::from("be"), "gamma".to_string()];
    for w in &mut words {
        w.push('!');
    }
    println!("{:?} {}", words, sum_lengths(&words));
    let mut joined = String::new();
    for w in words {
        joined = joined + &w + " ";
    }
    println!("[{}]", joined);

    let mut grid = vec![vec![0; 3]; 2];
    for row in &mut grid {
        for c in row.iter_mut() {
            *c += 1;
        }
    }
    grid[1][2] = 7;
    for row in grid.iter() {
        println!("{:?}", row);
    }

    let nested: Vec<Vec<String>> = vec![vec!["a".to_string()], vec![], vec!["b".to_string(), "c".to_string()]];
    for inner in nested {
        print!("{}:", inner.len());
        for s in &inner {
            print!(" {}", s);
        }
        println!();
    }
}
