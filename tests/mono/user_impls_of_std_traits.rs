// Hand-written impls of std traits, used from generic code: the impl's methods are items, and so
// is a std trait's default method (`gt`) instantiated for the user type.
#[derive(Clone, Copy, PartialEq)]
struct Meters(f64);

impl PartialOrd for Meters {
    //~ MONO_ITEM fn <Meters as PartialOrd>::partial_cmp
    //~ MONO_ITEM fn <f64 as PartialOrd>::partial_cmp
    fn partial_cmp(&self, other: &Meters) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(&other.0)
    }
}

struct Label(u8);

impl Clone for Label {
    //~ MONO_ITEM fn <Label as Clone>::clone
    fn clone(&self) -> Label {
        Label(self.0)
    }
}

//~ MONO_ITEM fn larger::<Meters>
fn larger<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

//~ MONO_ITEM fn twin::<Label>
fn twin<T: Clone>(x: &T) -> (T, T) {
    (x.clone(), x.clone())
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn <Meters as PartialOrd>::gt
    println!("{}", larger(Meters(1.0), Meters(2.0)).0);
    let (a, b) = twin(&Label(3));
    println!("{} {}", a.0, b.0);
}
