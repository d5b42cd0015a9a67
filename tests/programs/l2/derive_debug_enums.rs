// `{:?}` and `{:#?}` of derived Debug for enums with unit, tuple and struct variants, nested.
#[derive(Debug)]
enum Op {
    Nop,
    Push(i64),
    Move(u8, u8),
    Jump { target: usize, cond: bool },
    Wrap(Inner),
}

#[derive(Debug)]
enum Inner {
    Leaf,
    Val(char),
}

fn weight(op: &Op) -> i64 {
    match op {
        Op::Nop => 0,
        Op::Push(v) => *v,
        Op::Move(a, b) => (*a + *b) as i64,
        Op::Jump { target, cond } => *target as i64 + *cond as i64,
        Op::Wrap(Inner::Leaf) => 1,
        Op::Wrap(Inner::Val(c)) => *c as i64,
    }
}

fn main() {
    println!("{:?}", Op::Nop);
    println!("{:?}", Op::Push(-3));
    println!("{:?}", Op::Move(1, 2));
    println!("{:?}", Op::Jump { target: 10, cond: false });
    println!("{:?}", Op::Wrap(Inner::Val('x')));
    println!("{:#?}", Op::Nop);
    println!("{:#?}", Op::Move(1, 2));
    println!("{:#?}", Op::Jump { target: 10, cond: false });
    println!("{:#?}", Op::Wrap(Inner::Leaf));
    println!("{:#?}", Op::Wrap(Inner::Val('y')));
    let prog = [Op::Push(1), Op::Nop];
    println!("{:?}", prog);
    println!("{} {}", weight(&prog[0]), weight(&Op::Wrap(Inner::Val('a'))));
    println!("{}", weight(&Op::Move(2, 3)) + weight(&Op::Jump { target: 4, cond: true }));
}
