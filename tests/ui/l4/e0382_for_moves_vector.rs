// `for x in v` moves the vector into the loop's iterator: using it afterwards is E0382.
fn main() {
    let v = vec![1, 2, 3];
    for x in v {
        println!("{}", x);
    }
    println!("{}", v.len()); //~ ERROR E0382
}
