// String and &str: new/from/with_capacity, push (UTF-8 of 1 to 4 bytes), push_str, len, capacity,
// clone, + &str, == (String with String and with &str), to_string, as_str, {} and {:?} with padding,
// a Vec of Strings, and a temporary String in println! dropped at the end of the statement.
fn greet(name: &str) -> String {
    let mut s = String::from("Hello, ");
    s.push_str(name);
    s.push('!');
    s
}
fn main() {
    let mut s = String::new();
    println!("[{}] {} {} {}", s, s.len(), s.is_empty(), s.capacity());
    s.push_str("abc");
    s.push('é');
    s.push('€');
    s.push('🦀');
    println!("{} {} {} {:?}", s, s.len(), s.capacity(), s);
    let g = greet("world");
    println!("{} {}", g, g.len());
    let t = g.clone() + " and more" + "!";
    println!("{} {}", t, t == "Hello, world! and more!");
    println!("{}", t == g);
    let u = "literal".to_string();
    println!("{} {} {}", u, u.as_str(), "xyz".len());
    let q = String::from("quote \" and \n newline");
    println!("{:?} {:>12}|{:<6}|", q, u, "ab".to_string());
    let v = vec![String::from("a"), "b".to_string()];
    println!("{} {:?}", v.len(), v.get(1));
}
