// Shared and mutable references to locals: explicit `*` for reads and writes, passing `&mut` to
// functions, references to references.
fn bump(n: &mut i32) {
    *n += 1;
}

fn sum(a: &i32, b: &i32) -> i32 {
    *a + *b
}

fn swap(a: &mut u8, b: &mut u8) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut x = 5;
    bump(&mut x);
    bump(&mut x);
    println!("{}", x);
    let r = &x;
    println!("{} {}", *r, r);
    println!("{}", sum(&x, &10));
    let mut a = 1u8;
    let mut b = 2u8;
    swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut y = 0;
    {
        let m = &mut y;
        *m = 41;
        *m += 1;
    }
    println!("{}", y);
    let rr = &&y;
    println!("{}", **rr + 1);
    let flag = true;
    let rf = &flag;
    println!("{}", !*rf);
}
