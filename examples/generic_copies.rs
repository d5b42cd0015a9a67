// One generic, N copies: each type a generic function is used at gets its own machine code.
//
//   ./toyrust build examples/generic_copies.rs --print mono-items
//   ./toyrust build examples/generic_copies.rs -C opt-level=0 -o copies0 && nm -C copies0 | grep toyrust_program
//   ./toyrust build examples/generic_copies.rs -C opt-level=2 -o copies2 && nm -C copies2 | grep toyrust_program
//
// At opt-level 0 every instance is a symbol. At opt-level 2 LLVM inlines the `largest` and `sort`
// copies into their callers and their symbols vanish, while the bigger `show_sorted` copies,
// called from two places each, stay. See docs/monomorphization.md.

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
struct Money {
    cents: i64,
}

fn largest<T: PartialOrd + Copy>(items: &[T; 6]) -> T {
    let mut best = items[0];
    for i in 1..6 {
        if items[i] > best {
            best = items[i];
        }
    }
    best
}

fn sort<T: PartialOrd + Copy>(items: &mut [T; 6]) {
    for i in 1..6 {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            let tmp = items[j];
            items[j] = items[j - 1];
            items[j - 1] = tmp;
            j -= 1;
        }
    }
}

fn show_sorted<T: PartialOrd + Copy + std::fmt::Debug>(label: &str, mut items: [T; 6]) {
    sort(&mut items);
    println!("{:>6}: {:?} largest {:?}", label, items, largest(&items));
}

fn main() {
    let ints = [5, 3, 9, 1, 7, 2];
    let floats = [2.5, -1.0, 8.25, 0.5, 3.0, 1.5];
    let chars = ['t', 'o', 'y', 'r', 'u', 's'];
    let money = [Money { cents: 250 }, Money { cents: 99 }, Money { cents: 1000 }, Money { cents: 1 }, Money { cents: 500 }, Money { cents: 42 }];
    show_sorted("i32", ints);
    show_sorted("f64", floats);
    show_sorted("char", chars);
    show_sorted("Money", money);
    // A second use of each copy: now inlining them would duplicate their bodies, so at
    // opt-level 2 LLVM keeps the `show_sorted` copies as functions.
    show_sorted("i32", [0, -4, 4, -8, 8, 1]);
    show_sorted("f64", [0.25, 0.125, 0.5, 1.0, 2.0, 4.0]);
    show_sorted("char", ['r', 'u', 's', 't', 'y', '!']);
    show_sorted("Money", [money[5], money[4], money[3], money[2], money[1], money[0]]);
    let mut again = [6u8, 5, 4, 3, 2, 1];
    sort(&mut again);
    println!("{:?} {}", again, largest(&again));
}
