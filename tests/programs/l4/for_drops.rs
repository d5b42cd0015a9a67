// Drops around `for`: the loop variable at the end of each round, the values a `vec::IntoIter`
// has not yielded when the loop ends early (after the current value), temporaries of the head at
// the end of the whole loop, and the iterator on `return` from inside the loop.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(tag: &'static str) -> Vec<D> {
    println!("make {}", tag);
    vec![D("a"), D("b"), D("c"), D("d")]
}

fn find(v: Vec<D>, name: &str) -> bool {
    for d in v {
        if d.0 == name {
            println!("found {}", d.0);
            return true;
        }
    }
    false
}

fn main() {
    println!("-- by value, break");
    for d in make("1") {
        if d.0 == "b" {
            continue;
        }
        if d.0 == "c" {
            println!("break at c");
            break;
        }
        println!("body {}", d.0);
    }
    println!("-- by reference to a temporary");
    for d in &make("2") {
        println!("look {}", d.0);
    }
    println!("after the loop");
    println!("-- return from inside");
    println!("{}", find(make("3"), "b"));
    println!("{}", find(make("4"), "z"));
    println!("-- moved into a new vector");
    let mut kept = Vec::new();
    for d in make("5") {
        if d.0 != "a" {
            kept.push(d);
        }
    }
    println!("kept {}", kept.len());
    for d in &mut kept {
        d.0 = "changed";
    }
    let boxes = vec![Box::new(D("x")), Box::new(D("y"))];
    for b in boxes {
        println!("box {}", b.0);
    }
    println!("end of main");
}
