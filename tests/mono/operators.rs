// An operator on a struct uses the impl's method; on a primitive in generic code, std's impl (a
// shim). `{:?}` of the struct calls its derived `Debug::fmt`, which calls i32's for the fields.
use std::ops::Add;

#[derive(Clone, Copy, Debug)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, other: V2) -> V2 {
        V2 { x: self.x + other.x, y: self.y + other.y }
    }
}

fn sum<T: Add<Output = T> + Copy>(a: T, b: T) -> T {
    a + b
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn sum::<V2>
    //~ MONO_ITEM fn <V2 as Add>::add
    //~ MONO_ITEM fn <V2 as Debug>::fmt
    //~ MONO_ITEM fn <i32 as Debug>::fmt
    println!("{:?}", sum(V2 { x: 1, y: 2 }, V2 { x: 3, y: 4 }));
    //~ MONO_ITEM fn sum::<i64>
    //~ MONO_ITEM fn <i64 as Add>::add
    println!("{}", sum(1i64, 2));
}
