// An associated type that no bound's trait declares (E0220), named through a parameter, in a
// qualified path, and in a bound's binding.
trait Container {
    type Item;
    fn get(&self) -> Self::Item;
}

fn first<C: Container>(c: &C) -> C::Itme { //~ ERROR E0220
    c.get()
}

fn second<C: Container>(c: &C) -> <C as Container>::Size { //~ ERROR E0576
    c.get()
}

fn main() {}
