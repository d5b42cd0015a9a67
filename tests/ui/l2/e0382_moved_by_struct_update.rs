// `..base` in a struct literal moves the fields it takes from the base when they are not `Copy`:
// the base is then partially moved.
struct Name {
    id: u32,
}

struct Person {
    name: Name,
    age: u32,
}

fn main() {
    let a = Person { name: Name { id: 1 }, age: 30 };
    let b = Person { age: 31, ..a };
    println!("{} {}", b.name.id, a.age);
    let c = &a; //~ ERROR E0382
    println!("{}", c.age);
}
