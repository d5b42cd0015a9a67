// `..` stands for the fields not written, so a tuple, tuple struct or slice pattern may use it once.
struct Rgb(u8, u8, u8);

fn middle((.., m, ..): (i32, i32, i32)) -> i32 { //~ ERROR `..` can only be used once per tuple pattern
    m
}

fn main() {
    let t = (1, 2, 3, 4);
    let (.., second, ..) = t; //~ ERROR `..` can only be used once per tuple pattern
    let Rgb(.., g, ..) = Rgb(1, 2, 3); //~ ERROR `..` can only be used once per tuple struct pattern
    let [.., x, .., ..] = [1, 2, 3]; //~ ERROR `..` can only be used once per slice pattern
    //~^ ERROR `..` can only be used once per slice pattern
    let code = match t {
        (0, ..) => 0,
        (.., 5, ..) => 5, //~ ERROR `..` can only be used once per tuple pattern
        _ => 1,
    };
    println!("{} {} {} {} {}", middle((1, 2, 3)), second, g, x, code);
}
