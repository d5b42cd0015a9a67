// A `for` head that is neither an iterator nor `IntoIterator`: rustc's E0277 at the head.
struct Bag {
    items: [i32; 3],
}

fn main() {
    let bag = Bag { items: [1, 2, 3] };
    for x in bag { //~ ERROR E0277
        println!("{}", x);
    }
    for i in 5 { //~ ERROR `{integer}` is not an iterator
        println!("{}", i);
    }
    for x in bag.items.len() { //~ ERROR `usize` is not an iterator
        println!("{}", x);
    }
}
