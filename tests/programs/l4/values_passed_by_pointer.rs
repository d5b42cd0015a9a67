// Arrays over 8 bytes and other values over 16 cross calls by pointer (FunctionAbi): the caller
// copies the argument into its own frame and passes the address; a result that large comes back
// through a return area the caller passes. As values, a `[bool; 100100]` argument crashed
// instruction selection (bug 25), and on AArch64 at opt-level 0 the `n` after a `[i128; 5]` arrived
// as garbage, so `vec![[0x9i128; 5]; 4]` asked for 134,830,598,640 bytes (bug 35).
#[derive(Debug, Clone, Copy)]
struct Big {
    a: i64,
    b: i64,
    c: i64,
    d: [u8; 3],
}

fn last_plus(a: [i128; 5], n: usize) -> usize {
    (a[4] as usize) + n
}

fn count_from(x: i64) -> [i64; 6] {
    [x, x + 1, x + 2, x + 3, x + 4, x + 5]
}

// The argument is the callee's own copy: writing it does not change the caller's value.
fn twice(mut b: Big) -> Big {
    b.a *= 2;
    b.d[1] = 9;
    b
}

fn count_true(a: [bool; 100100]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < a.len() {
        if a[i] {
            n += 1;
        }
        i += 1;
    }
    n
}

trait Stretch {
    fn stretch(&self, by: [i64; 6], small: (u8, u8)) -> Big;
}

impl Stretch for Big {
    fn stretch(&self, by: [i64; 6], small: (u8, u8)) -> Big {
        Big { a: self.a + by[0], b: self.b + by[5], c: self.c + small.0 as i64, d: [small.1, self.d[0], self.d[2]] }
    }
}

fn generic_pair<T: Copy>(x: T, y: T) -> [T; 2] {
    [x, y]
}

fn main() {
    println!("{}", last_plus([9; 5], 4));
    let v = vec![[0x9i128; 5]; 4];
    println!("{} {} {}", v.len(), v[3][4], v[0][0]);
    println!("{:?}", count_from(3));
    let b = Big { a: 1, b: 2, c: 3, d: [1, 2, 3] };
    let c = twice(b);
    println!("{:?} {:?}", b, c);
    let mut a = [false; 100100];
    a[7] = true;
    a[100099] = true;
    println!("{}", count_true(a));
    let s: &dyn Stretch = &c;
    println!("{:?}", s.stretch(count_from(10), (4, 5)));
    let boxed: Box<dyn Stretch> = Box::new(b);
    println!("{:?}", boxed.stretch([0; 6], (0, 0)));
    println!("{:?} {:?}", generic_pair(b, c), generic_pair([1u8; 9], [2u8; 9]));
}
