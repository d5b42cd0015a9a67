// Returning Some of the wrong payload type from a function declared to return Option<i32>.
fn first_even(xs: [i32; 3]) -> Option<i32> {
    for i in 0..3 {
        if xs[i] % 2 == 0 {
            return Some(xs[i] > 0); //~ ERROR E0308
        }
    }
    None
}

fn main() {
    println!("{:?}", first_even([1, 2, 3]));
}
