// Default: derived on structs, written by hand, called as `T::default()`,
// `Default::default()` with an annotated type, and `Type::default()`.
#[derive(Debug, Default)]
struct Config {
    width: u32,
    verbose: bool,
    scale: f64,
    mark: char,
    origin: (i8, u64),
}

#[derive(Debug)]
struct Level {
    n: u8,
}

impl Default for Level {
    fn default() -> Self {
        Level { n: 3 }
    }
}

#[derive(Debug, Default)]
struct Settings {
    config: Config,
    level: Level,
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn reset<T: Default>(x: &mut T) {
    *x = Default::default();
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let l: Level = Default::default();
    println!("{:?} {}", l, l.n);
    let s: Settings = fresh();
    println!("{:?}", s);
    println!("{} {} {} {} {:?} {:?}", s.level.n, s.config.width, s.config.verbose, s.config.scale, s.config.mark, s.config.origin);

    let mut n = 42;
    reset(&mut n);
    println!("{}", n);
    let mut lv = Level { n: 9 };
    reset(&mut lv);
    println!("{}", lv.n);
    let f: f64 = fresh();
    let c: char = Default::default();
    println!("{} {:?} {}", f, c, u8::default());
}
