// A lang item name on the wrong kind of item.
#[lang = "clone"] //~ ERROR E0658
//~^ ERROR E0718
fn duplicate(x: i32) -> i32 {
    x
}

struct Meters(i32);

impl Meters {
    #[lang = "Option"] //~ ERROR E0658
    //~^ ERROR E0718
    fn get(&self) -> i32 {
        self.0
    }
}

fn main() {
    println!("{}", duplicate(Meters(2).get()));
}
