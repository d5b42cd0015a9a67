// `{}` of every primitive type, literal braces `{{`/`}}`, several arguments, no arguments.
fn main() {
    println!("no arguments");
    println!("{} {} {} {}", 1i8, -2i16, 3u32, 4usize);
    println!("{}-{}", true, 'c');
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("}}{{ {} }}{{", "text");
    println!("{}{}{}", 1, 2, 3);
    println!();
    println!("{}", "");
    println!("end");
}
