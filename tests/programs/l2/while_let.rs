// `while let` driving a loop with a user-defined enum and a struct-based stack.
#[derive(Clone, Copy)]
enum Slot {
    Full(i32),
    Empty,
}

struct Stack {
    items: [i32; 8],
    len: usize,
}

impl Stack {
    fn push(&mut self, v: i32) {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn pop(&mut self) -> Slot {
        if self.len == 0 {
            return Slot::Empty;
        }
        self.len -= 1;
        Slot::Full(self.items[self.len])
    }
}

fn main() {
    let mut s = Stack { items: [0; 8], len: 0 };
    for v in 1..=5 {
        s.push(v * v);
    }
    while let Slot::Full(v) = s.pop() {
        print!("{} ", v);
    }
    println!();
    let mut n = 10u32;
    while let 1..=100 = n {
        n *= 3;
    }
    println!("{}", n);
    let slots = [Slot::Full(1), Slot::Full(2), Slot::Empty, Slot::Full(4)];
    let mut i = 0;
    while let Slot::Full(x) = slots[i] {
        println!("slot {}", x);
        i += 1;
    }
}
