// A `Drop` impl is for every instance of its type: its arguments are the impl's own parameters,
// each once. Drop glue could not run a `drop` written for `W<i32>` only: E0366.
struct W<T>(T);

impl Drop for W<i32> { //~ ERROR E0366
    fn drop(&mut self) {}
}

struct Two<A, B>(A, B);

impl<T> Drop for Two<T, T> { //~ ERROR E0366
    fn drop(&mut self) {}
}

fn main() {
    let _w = W(1);
    let _t = Two(1, 2);
}
