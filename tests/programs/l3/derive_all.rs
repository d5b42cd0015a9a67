// #[derive(Clone, Copy, PartialEq, PartialOrd, Debug, Default)] on structs and enums:
// field-by-field comparison, variant order for enums, and copies that stay independent.
#[derive(Clone, Copy, PartialEq, PartialOrd, Debug, Default)]
struct Version {
    major: u8,
    minor: u8,
    patch: u16,
}

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
enum Level {
    Low,
    Mid(u8),
    High { boost: i8 },
}

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug, Default)]
struct Wrapper<T> {
    inner: T,
    weight: f64,
}

fn max_of<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a >= b { a } else { b }
}

fn main() {
    let v1 = Version { major: 1, minor: 2, patch: 3 };
    let v2 = Version { major: 1, minor: 10, patch: 0 };
    let mut v3 = v1;
    v3.patch = 4;
    println!("{:?} {:?}", v1, v3);
    println!("{} {} {} {}", v1 < v2, v1 < v3, v2 > v3, v1 == v1.clone());
    println!("{:?}", max_of(v1, v2));
    println!("{:?}", Version::default());
    println!("{}", Version::default() < v1);

    let levels = [Level::High { boost: -1 }, Level::Mid(5), Level::Low, Level::Mid(2)];
    for i in 0..levels.len() {
        for j in 0..levels.len() {
            if levels[i] < levels[j] {
                println!("{:?} < {:?}", levels[i], levels[j]);
            }
        }
    }
    println!("{:?}", max_of(Level::Mid(9), Level::High { boost: -100 }));

    let w1 = Wrapper { inner: 'a', weight: 2.0 };
    let w2 = Wrapper { inner: 'a', weight: 0.5 };
    println!("{} {}", w1 > w2, w1 != w2);
    let wd: Wrapper<i32> = Wrapper::default();
    println!("{:?} {:?}", wd, max_of(w1, w2));
    println!("{}", wd.inner + wd.weight as i32);
}
