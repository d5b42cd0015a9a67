// Deref coercion (&String to &str, in calls, push_str and +), Vec indexing and IndexMut (=, +=,
// through &mut), a Vec of Strings indexed, and a Box<Vec<i32>> indexed through the box.
fn shout(s: &str) -> usize { s.len() }
fn main() {
    let mut acc = String::new();
    for i in 0..3 { acc = acc + &format!("{},", i); }
    acc.push_str(&String::from("x"));
    println!("{} {}", acc, shout(&acc));
    let mut v = vec![10, 20, 30];
    v[1] += 5;
    v[0] = v[2] * 2;
    let r = &mut v;
    r[2] = 1;
    println!("{} {} {}", v[0], v[1], v[2]);
    let words = vec![String::from("a"), String::from("bc")];
    println!("{} {}", words[1], words[1].len());
    let b = Box::new(vec![1, 2]);
    println!("{}", b[1] + b.len() as i32);
}
