//@ exit-code: 42
// std::process::exit called from a method deep in the call stack; output before it is flushed.
struct Machine {
    steps: u32,
}

impl Machine {
    fn run(&mut self) {
        loop {
            self.steps += 1;
            print!("{} ", self.steps);
            if self.steps == 5 {
                self.halt();
            }
        }
    }

    fn halt(&self) {
        println!("halting");
        std::process::exit(42);
    }
}

fn main() {
    let mut m = Machine { steps: 0 };
    m.run();
}
