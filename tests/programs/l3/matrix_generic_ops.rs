// A generic 2x2 matrix with `impl<T: ...> Mul for Matrix<T>` and Add, used for Fibonacci
// by fast exponentiation at u64 and at f64.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix<T> {
    m: [[T; 2]; 2],
}

impl<T: Copy> Matrix<T> {
    fn new(a: T, b: T, c: T, d: T) -> Self {
        Matrix { m: [[a, b], [c, d]] }
    }

    fn at(&self, r: usize, c: usize) -> T {
        self.m[r][c]
    }
}

impl<T> Add for Matrix<T>
where
    T: Add<Output = T> + Copy,
{
    type Output = Matrix<T>;
    fn add(self, o: Matrix<T>) -> Matrix<T> {
        Matrix::new(
            self.at(0, 0) + o.at(0, 0),
            self.at(0, 1) + o.at(0, 1),
            self.at(1, 0) + o.at(1, 0),
            self.at(1, 1) + o.at(1, 1),
        )
    }
}

impl<T> Mul for Matrix<T>
where
    T: Add<Output = T> + Mul<Output = T> + Copy,
{
    type Output = Matrix<T>;
    fn mul(self, o: Matrix<T>) -> Matrix<T> {
        let mut r = self;
        for i in 0..2 {
            for j in 0..2 {
                r.m[i][j] = self.m[i][0] * o.m[0][j] + self.m[i][1] * o.m[1][j];
            }
        }
        r
    }
}

fn power<T>(base: Matrix<T>, identity: Matrix<T>, mut n: u32) -> Matrix<T>
where
    T: Add<Output = T> + Mul<Output = T> + Copy,
{
    let mut result = identity;
    let mut b = base;
    while n > 0 {
        if n % 2 == 1 {
            result = result * b;
        }
        b = b * b;
        n /= 2;
    }
    result
}

fn main() {
    let fib = Matrix::new(1u64, 1, 1, 0);
    let id = Matrix::new(1u64, 0, 0, 1);
    let ns = [1, 2, 10, 50, 63];
    for i in 0..ns.len() {
        let n = ns[i];
        println!("fib({}) = {}", n, power(fib, id, n).at(0, 1));
    }
    let f = Matrix::new(1.0, 1.0, 1.0, 0.0);
    let fid = Matrix::new(1.0, 0.0, 0.0, 1.0);
    println!("{:?}", power(f, fid, 10));
    println!("{:?}", fib + id);
    println!("{}", fib * id == fib);
    let rot = Matrix::new(0i32, -1, 1, 0);
    println!("{:?}", power(rot, Matrix::new(1, 0, 0, 1), 3));
    println!("{}", power(rot, Matrix::new(1, 0, 0, 1), 4) == Matrix::new(1, 0, 0, 1));
}
