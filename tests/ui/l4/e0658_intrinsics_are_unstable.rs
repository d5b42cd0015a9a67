// The intrinsics under std's pointer functions are rustc's unstable `core_intrinsics`.
fn main() {
    let x = 5i64;
    let p = &x as *const i64;
    let q = unsafe { std::intrinsics::offset(p, 0) }; //~ ERROR E0658
    println!("{}", unsafe { *q });
}
