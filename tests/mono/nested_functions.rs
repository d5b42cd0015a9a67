// Functions declared inside function bodies are named by their parent's path, as rustc names
// them (`bar::baz`, `Struct::bar::foo`), and get distinct v0 symbols: a nested `foo` and the
// top-level `foo` used to share one symbol. A default method of a generic trait keeps the
// trait's arguments.
trait SomeGenericTrait<T> {
    fn foo(&self, _x: T) -> u32 {
        7
    }
}

impl SomeGenericTrait<u64> for i32 {}

//~ MONO_ITEM fn bar
fn bar() -> u32 {
    //~ MONO_ITEM fn bar::baz
    fn baz() -> u32 {
        //~ MONO_ITEM fn bar::baz::inner
        fn inner() -> u32 {
            1
        }
        inner()
    }
    baz()
}

struct Struct;

impl Struct {
    //~ MONO_ITEM fn Struct::bar
    fn bar(&self) -> u32 {
        //~ MONO_ITEM fn Struct::bar::foo
        fn foo() -> u32 {
            2
        }
        foo()
    }
}

//~ MONO_ITEM fn foo
fn foo() -> u32 {
    3
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn <i32 as SomeGenericTrait<u64>>::foo
    println!("{}", 5i32.foo(9u64));
    println!("{} {} {}", bar(), Struct.bar(), foo());
}
