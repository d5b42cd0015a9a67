// Bug 33 (docs/reliability.md): one argument formatted both with `{}` and with `{:?}`
// (`{s:>6} {s:?}`, `{} {0:?}`) printed a `String` with `Debug` in both holes: the `Debug` item the
// collector found for the argument was called for its `{}` hole too. Found by the differential
// campaign of the heap generator (seed 12000004: `cap     -- "--"` from rustc, `cap "--" "--"`).
use std::rc::Rc;

fn main() {
    let s = String::from("--");
    println!("cap {s:>6} {s:?}");
    println!("{:?} {0} {0:<4}|", s);
    println!("{} {0:?}", s);
    let b = Box::new(String::from("boxed"));
    println!("{b} {b:?} {b:>7}");
    let r = Rc::new(String::from("rc \"q\""));
    println!("{r:?} {r}");
    let n = Box::new(5);
    println!("{n} {n:?} {n:>3}");
    let e = String::new();
    println!("[{e}] [{e:?}]");
}
