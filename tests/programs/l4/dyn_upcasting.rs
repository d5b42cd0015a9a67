// Supertraits and trait upcasting (stable since Rust 1.86). `Pet: Animal + Named` puts Animal's
// vtable first (upcasting to it keeps the vtable pointer) and Named's methods after it, followed
// by a pointer to the vtable of the type for Named, which upcasting to `dyn Named` loads.
trait Animal {
    fn legs(&self) -> u32;
    fn noise(&self) -> &str {
        "..."
    }
}

trait Named {
    fn name(&self) -> &str;
    fn shout(&self) {
        println!("{}!", self.name());
    }
}

trait Pet: Animal + Named {
    fn owner(&self) -> &str;
    fn card(&self) {
        println!("{} ({} legs, says {}) belongs to {}", self.name(), self.legs(), self.noise(), self.owner());
    }
}

struct Dog {
    owner: &'static str,
}

struct Parrot {
    words: u32,
}

impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
    fn noise(&self) -> &str {
        "woof"
    }
}

impl Named for Dog {
    fn name(&self) -> &str {
        "Rex"
    }
}

impl Pet for Dog {
    fn owner(&self) -> &str {
        self.owner
    }
}

impl Animal for Parrot {
    fn legs(&self) -> u32 {
        2
    }
}

impl Named for Parrot {
    fn name(&self) -> &str {
        if self.words > 10 { "Polly the talker" } else { "Polly" }
    }
    fn shout(&self) {
        println!("{} squawks {} words", self.name(), self.words);
    }
}

impl Pet for Parrot {
    fn owner(&self) -> &str {
        "the pirate"
    }
}

fn as_animal(p: &dyn Pet) -> &dyn Animal {
    p
}

fn as_named(p: &dyn Pet) -> &dyn Named {
    p
}

fn main() {
    let d = Dog { owner: "Ann" };
    let p = Parrot { words: 12 };
    let pets: [&dyn Pet; 2] = [&d, &p];
    for i in 0..2 {
        let pet = pets[i];
        pet.card();
        pet.shout();
        let a = as_animal(pet);
        let n = as_named(pet);
        println!("as animal: {} legs, {}; as named: {}", a.legs(), a.noise(), n.name());
        n.shout();
        let again: &dyn Animal = pets[i];
        println!("direct upcast: {}", again.legs());
    }
}
