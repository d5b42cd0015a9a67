// Drop glue is a mono item per type that needs drop (`drop_in_place::<T>`), made where a value
// of the type is dropped; a type without drop needs none, a struct whose fields are dropped one
// by one after a partial move gets none, and a generic type's `Drop` impl is instantiated per
// type argument.
struct D(i32);

impl Drop for D {
    //~ MONO_ITEM fn <D as Drop>::drop
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

struct Moved {
    a: D,
    b: D,
}

enum E {
    One(D),
    Nothing,
}

struct W<T> {
    value: T,
}

impl<T> Drop for W<T> {
    //~ MONO_ITEM fn <W<i32> as Drop>::drop
    //~ MONO_ITEM fn <W<D> as Drop>::drop
    fn drop(&mut self) {
        println!("drop W");
    }
}

struct Plain {
    n: i32,
}

fn take<T>(_x: T) {}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Pair> - shim(Some(Pair))
    //~ MONO_ITEM fn std::ptr::drop_in_place::<D> - shim(Some(D))
    let _p = Pair { a: D(1), b: D(2) };
    let m = Moved { a: D(3), b: D(4) };
    //~ MONO_ITEM fn take::<D>
    take(m.a);
    //~ MONO_ITEM fn std::ptr::drop_in_place::<E> - shim(Some(E))
    let _e = E::One(D(5));
    //~ MONO_ITEM fn std::ptr::drop_in_place::<(D, i32)> - shim(Some((D, i32)))
    let _t = (D(6), 7);
    //~ MONO_ITEM fn std::ptr::drop_in_place::<W<i32>> - shim(Some(W<i32>))
    let _w = W { value: 8 };
    //~ MONO_ITEM fn std::ptr::drop_in_place::<W<D>> - shim(Some(W<D>))
    let _wd = W { value: D(9) };
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Option<D>> - shim(Some(Option<D>))
    let _o = Some(D(10));
    //~ MONO_ITEM fn std::ptr::drop_in_place::<[D; 2]> - shim(Some([D; 2]))
    let _a = [D(11), D(12)];
    let _plain = Plain { n: 13 };
    take(D(14));
    //~ MONO_ITEM fn take::<Plain>
    take(Plain { n: 15 });
    println!("{}", _plain.n + _w.value);
}
