// An enum as a state machine: methods on the enum, `self` by value, transitions carrying data.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red { seconds: u32 },
    Green { seconds: u32 },
    Yellow,
    Off,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red { seconds } if seconds > 1 => Light::Red { seconds: seconds - 1 },
            Light::Red { .. } => Light::Green { seconds: 2 },
            Light::Green { seconds: 0 } => Light::Yellow,
            Light::Green { seconds } => Light::Green { seconds: seconds - 1 },
            Light::Yellow => Light::Off,
            Light::Off => Light::Off,
        }
    }
}

fn main() {
    let mut l = Light::Red { seconds: 2 };
    while l != Light::Off {
        println!("{:?}", l);
        l = l.next();
    }
    println!("{:?}", l);
}
