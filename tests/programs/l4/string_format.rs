// format!: the text print! would write, as a new String (empty too), with captured names.
fn main() {
    let name = "Ferris";
    let n = 3;
    let s = format!("{} has {} claws, {:>5}|{:x}", name, n * 2, n, 255);
    println!("{} ({})", s, s.len());
    let e = format!("");
    println!("[{}] {} {}", e, e.len(), e.is_empty());
    let mut acc = String::new();
    for i in 0..3 {
        acc = acc + format!("{},", i).as_str();
    }
    acc.push_str(format!("{:?}", (1, 'c')).as_str());
    println!("{}", acc);
    let owned = format!("{name}-{n}");
    println!("{}", owned == "Ferris-3");
}
