// Range indexing of arrays and slices: every form, mutable ranges, and ranges of ranges.

fn show(label: &str, s: &[i32]) {
    println!("{}: {:?} (len {})", label, s, s.len());
}

fn middle(s: &[i32]) -> &[i32] {
    &s[1..s.len() - 1]
}

fn zero(s: &mut [i32]) {
    let mut i = 0;
    while i < s.len() {
        s[i] = 0;
        i += 1;
    }
}

fn main() {
    let a = [1, 2, 3, 4, 5, 6];
    show("1..3", &a[1..3]);
    show("2..", &a[2..]);
    show("..2", &a[..2]);
    show("..", &a[..]);
    show("1..=3", &a[1..=3]);
    show("..=0", &a[..=0]);
    show("6..", &a[6..]);
    show("3..3", &a[3..3]);
    show("2..=1", &a[2..=1]);

    let s: &[i32] = &a;
    show("s[2..5]", &s[2..5]);
    show("s[2..5][1..]", &s[2..5][1..]);
    show("middle", middle(&a));
    show("middle(middle)", middle(middle(s)));
    println!("{} {}", s[1..][0], s[..4].len());
    println!("{:?} {:?}", s[4..].first(), s[..0].last());

    let from = 1;
    let to = 4;
    show("from..to", &s[from..to]);
    show("from..=to", &s[from..=to]);

    let mut b = [1, 2, 3, 4, 5];
    zero(&mut b[1..3]);
    println!("{:?}", b);
    let tail = &mut b[3..];
    tail[0] = 40;
    tail[1] += 50;
    println!("{:?}", b);
    let all: &mut [i32] = &mut b;
    all[..2].swap(0, 1);
    zero(&mut all[4..]);
    println!("{:?}", b);

    let words = ["a", "b", "c"];
    println!("{:?}", &words[1..]);
    let grid = [[1, 2], [3, 4], [5, 6]];
    println!("{:?}", &grid[1..]);
    println!("{}", &a[..3] == &a[3..] || &a[..1] == &[1][..]);
}
