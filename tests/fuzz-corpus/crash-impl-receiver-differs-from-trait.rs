// Crash: LLVM rejected the generated module ("Call parameter type does not match function
// signature!"), compiling to an object file. The impl takes `self` where the trait says `&self`;
// rustc rejects this with E0053 (method has an incompatible type for trait), ToyRust accepts it and
// the generic call passes a pointer to a function that takes the struct by value. Found by
// `toyrust-fuzz mutate --seed 7` (mutant 11529: tests/programs/l3/shapes.rs with DeleteToken).
trait Shape {
    fn perimeter(&self) -> f64;
}

struct Rect {
    w: f64,
}

impl Shape for Rect {
    fn perimeter(self) -> f64 {
        self.w
    }
}

fn show<S: Shape>(s: &S) -> f64 {
    s.perimeter()
}

fn main() {
    println!("{}", show(&Rect { w: 1.0 }));
}
