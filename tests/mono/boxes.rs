// Box<T> is prelude code: `Box::<T>::new` and `<Box<T> as Drop>::drop` (which frees the memory)
// are instances like any generic's, and so is the drop glue of each boxed type. A box moved out
// of (`*b`) is freed by a direct call of its `Drop::drop`, so it needs no glue of its own; a
// `Box<dyn Shape>` drops its value through the vtable, `drop_in_place::<dyn Shape>`.
trait Shape {
    fn area(&self) -> i64;
}

struct Sq(i64);

impl Shape for Sq {
    //~ MONO_ITEM fn <Sq as Shape>::area
    fn area(&self) -> i64 {
        self.0 * self.0
    }
}

struct Tr(u32);

impl Drop for Tr {
    //~ MONO_ITEM fn <Tr as Drop>::drop
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

//~ MONO_ITEM fn sum
fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn Box::<i32>::new
    //~ MONO_ITEM fn <*mut u8>::is_null
    //~ MONO_ITEM fn ptr::write::<i32>
    //~ MONO_ITEM fn <Box<i32> as Drop>::drop
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Box<i32>> - shim(Some(Box<i32>))
    let b = Box::new(5);
    println!("{}", *b + 1);
    //~ MONO_ITEM fn Box::<Sq>::new
    //~ MONO_ITEM fn ptr::write::<Sq>
    //~ MONO_ITEM fn <Box<dyn Shape> as Drop>::drop
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Box<dyn Shape>> - shim(Some(Box<dyn Shape>))
    //~ MONO_ITEM fn std::ptr::drop_in_place::<dyn Shape> - shim(Some(dyn Shape))
    let s: Box<dyn Shape> = Box::new(Sq(2));
    println!("{}", s.area());
    //~ MONO_ITEM fn Box::<Tr>::new
    //~ MONO_ITEM fn ptr::write::<Tr>
    //~ MONO_ITEM fn <Box<Tr> as Drop>::drop
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Tr> - shim(Some(Tr))
    let t = Box::new(Tr(1));
    let inner = *t;
    println!("moved {}", inner.0);
    //~ MONO_ITEM fn Box::<List>::new
    //~ MONO_ITEM fn ptr::write::<List>
    //~ MONO_ITEM fn <Box<List> as Drop>::drop
    //~ MONO_ITEM fn std::ptr::drop_in_place::<List> - shim(Some(List))
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Box<List>> - shim(Some(Box<List>))
    let l = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Nil))));
    println!("{}", sum(&l));
}
