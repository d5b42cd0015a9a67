// In `place = value` the value is evaluated first: `v[s.len() % 2] = s` moves `s`, then the index
// borrows it (E0382, "value moved here" without "in previous iteration of loop"). Found by the
// differential campaign as a program the generator wrote and rustc rejected (seed 12600930);
// ToyRust used to accept it, reading `s` directly at the assignment.
fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let s = String::from("xyz");
    v[s.len() % 2] = s; //~ ERROR E0382
    println!("{:?}", v);
    let mut w = [String::new(), String::new()];
    let t = String::from("q");
    w[t.len()] = t; //~ ERROR E0382
    println!("{:?}", w);
}
