// Turbofish picks the type argument where inference alone would default to i32 or f64.
fn zero<T: Default>() -> T {
    T::default()
}

fn twice<T: std::ops::Add<Output = T> + Copy>(x: T) -> T {
    x + x
}

fn first<T: Copy, U>(t: T, _u: U) -> T {
    t
}

struct Holder<T> {
    value: T,
}

impl<T: Copy> Holder<T> {
    fn new(value: T) -> Holder<T> {
        Holder { value }
    }

    fn get(&self) -> T {
        self.value
    }
}

fn main() {
    let a = zero::<i64>();
    let b = zero::<bool>();
    let c = zero::<f64>();
    let d = zero::<char>();
    println!("{} {} {} {:?}", a, b, c, d);
    // 200 fits in u8 once doubled as u16, not as u8
    println!("{}", twice::<u16>(200));
    println!("{}", twice::<i8>(-60));
    println!("{}", twice::<f64>(0.75));
    println!("{}", first::<char, bool>('q', true));
    let h = Holder::<u32>::new(4_000_000_000);
    println!("{}", h.get());
    let g: Holder<i16> = Holder::new(-3);
    println!("{}", g.get());
    println!("{}", 5 + zero::<usize>());
}
