// Calling a closure through a reference (`r(1)` with `r: &F`, `f: &mut F` for FnMut), through a
// struct field (`(self.f)(x)`) and calling a call's result (`make(2)(21)`): the callee is followed
// through references until its type is callable, as rustc's `try_overloaded_call_step` does.
struct Holder<F: Fn(i32) -> i32> {
    f: F,
}

impl<F: Fn(i32) -> i32> Holder<F> {
    fn run(&self, x: i32) -> i32 {
        (self.f)(x)
    }
}

fn call_ref<F: Fn(i32) -> i32>(f: &F, x: i32) -> i32 {
    f(x)
}

fn call_mut<F: FnMut(i32)>(f: &mut F) {
    f(1);
    f(2);
}

fn make(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x * k
}

fn main() {
    let k = 3;
    let add = |x| x + k;
    let r = &add;
    println!("{}", r(1));
    println!("{}", call_ref(&add, 2));
    let h = Holder { f: add };
    println!("{}", h.run(4));
    let mut total = 0;
    let mut acc = |x| total += x;
    call_mut(&mut acc);
    call_mut(&mut acc);
    println!("{}", total);
    println!("{}", make(2)(21));
}

