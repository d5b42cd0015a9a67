// Nested generic types are distinct type arguments; the prelude's `Option` methods are
// monomorphized like user code.
fn first<T: Copy>(items: [T; 2]) -> T {
    items[0]
}

//~ MONO_ITEM fn main
fn main() {
    let nested = [Some(Some(1)), None];
    //~ MONO_ITEM fn first::<Option<Option<i32>>>
    let inner = first(nested);
    //~ MONO_ITEM fn Option::<Option<i32>>::unwrap
    //~ MONO_ITEM fn Option::<i32>::unwrap_or
    println!("{}", inner.unwrap().unwrap_or(0));
    //~ MONO_ITEM fn first::<(bool, char)>
    //~ MONO_ITEM fn <(bool, char) as Debug>::fmt
    //~ MONO_ITEM fn <bool as Debug>::fmt
    //~ MONO_ITEM fn <char as Debug>::fmt
    println!("{:?}", first([(true, 'a'), (false, 'b')]));
}
