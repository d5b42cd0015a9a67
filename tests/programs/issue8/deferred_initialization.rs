// Issue 8: definite initialization is a dataflow pass on the MIR. Each `let x;` here is assigned
// exactly once on every path that reads it: after a loop that always breaks, on both branches,
// on the branch that does not return, in every match arm, and freshly each time round a loop.
fn after_break() -> i32 {
    let x;
    loop {
        x = 1;
        break;
    }
    x
}

fn both_branches(c: bool) -> i32 {
    let x;
    if c { x = 1 } else { x = 2 }
    x
}

fn other_branch_returns(c: bool) -> i32 {
    let x;
    if c { x = 1 } else { return 0; }
    x
}

fn every_arm(c: bool) -> i32 {
    let x;
    match c {
        true => x = 1,
        false => x = 2,
    }
    x
}

fn fresh_each_time() -> i32 {
    let mut s = 0;
    for i in 0..3 {
        let y;
        y = i;
        s += y;
    }
    s
}

fn main() {
    println!("{} {} {} {} {}", after_break(), both_branches(false), other_branch_returns(true), every_arm(true), fresh_each_time());
}
