// Calling an `unsafe fn` (the program's own, or std's pointer methods and functions) outside
// `unsafe` is E0133; a safe function such as `is_null` or `std::ptr::null` needs no block.
unsafe fn danger() -> i32 {
    7
}

struct Meter;

impl Meter {
    unsafe fn raw(&self) -> i32 {
        1
    }
}

fn main() {
    let x = 3i64;
    let p = &x as *const i64;
    let a = danger(); //~ ERROR E0133
    let b = Meter.raw(); //~ ERROR E0133
    let c = p.read(); //~ ERROR E0133
    let d = p.add(0); //~ ERROR E0133
    let e = std::ptr::read(p); //~ ERROR E0133
    let n: *const i64 = std::ptr::null();
    println!("{} {} {} {:?} {} {}", a, b, c, d.is_null(), e, n.is_null());
}
