// Returning structs and tuples of structs from functions, struct update syntax `..base`,
// and shadowing a struct binding.
#[derive(Debug, Clone, Copy)]
struct Config {
    width: u32,
    height: u32,
    fullscreen: bool,
    depth: u8,
}

fn defaults() -> Config {
    Config { width: 640, height: 480, fullscreen: false, depth: 24 }
}

fn split(c: Config) -> (Config, Config) {
    let left = Config { width: c.width / 2, ..c };
    let right = Config { width: c.width - left.width, fullscreen: true, ..c };
    (left, right)
}

fn main() {
    let base = defaults();
    let big = Config { width: 1921, height: 1080, ..base };
    println!("{:?}", big);
    let (l, r) = split(big);
    println!("{:?}", l);
    println!("{:?}", r);
    let base = Config { depth: 32, ..base };
    println!("{} {} {}", base.depth, base.height, r.fullscreen);
}
