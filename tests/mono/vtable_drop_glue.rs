// A vtable's first slot is the type's drop glue: a type that needs drop gets its
// `drop_in_place` item with the vtable; a type that does not has a null slot and no item.
trait Shape {
    fn area(&self) -> i32;
}

struct Sq(i32);

impl Drop for Sq {
    //~ MONO_ITEM fn <Sq as Drop>::drop
    fn drop(&mut self) {
        println!("drop sq {}", self.0);
    }
}

impl Shape for Sq {
    //~ MONO_ITEM fn <Sq as Shape>::area
    fn area(&self) -> i32 {
        self.0 * self.0
    }
}

struct Plain(i32);

impl Shape for Plain {
    //~ MONO_ITEM fn <Plain as Shape>::area
    fn area(&self) -> i32 {
        self.0
    }
}

//~ MONO_ITEM fn total
fn total(shapes: &[&dyn Shape; 2]) -> i32 {
    shapes[0].area() + shapes[1].area()
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Sq> - shim(Some(Sq))
    let s = Sq(3);
    let p = Plain(4);
    let arr: [&dyn Shape; 2] = [&s, &p];
    println!("{}", total(&arr));
}
