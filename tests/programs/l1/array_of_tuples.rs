// Arrays whose elements are tuples: access to `a[i].0`, assignment of a field, destructuring.
fn main() {
    let mut people = [(1, 'a', true), (2, 'b', false), (3, 'c', true)];
    for i in 0..people.len() {
        let (id, tag, on) = people[i];
        println!("{} {} {}", id, tag, on);
    }
    people[1].2 = true;
    people[0].0 += 100;
    println!("{} {}", people[1].2, people[0].0);
    println!("{:?}", people);
    let pts: [(i32, i32); 2] = [(-1, 2), (3, -4)];
    println!("{}", pts[0].0 * pts[1].1);
}
