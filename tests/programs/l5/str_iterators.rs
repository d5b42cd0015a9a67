// The iterators over a `&str`: `chars`, `char_indices`, `bytes`, `lines`, `split_whitespace`
// and `split` (by a `char` or a `&str`), in `for` loops and through `next`; the `&str`s they
// give borrow the string, and outlive the iterator.
fn longest_word(text: &str) -> &str {
    let mut best = "";
    for w in text.split_whitespace() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let s = "héllo wörld\r\nline2\n\n  last\r";
    for c in s.chars() {
        print!("[{}]", c);
    }
    println!();
    for (i, c) in "aé😀b".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    for b in "aé\n".bytes() {
        print!("{} ", b);
    }
    println!();
    for l in s.lines() {
        println!("{:?}", l);
    }
    let mut n = 0;
    for _ in "one\ntwo\n".lines() {
        n += 1;
    }
    println!("{} lines, {} in an empty string", n, "".lines().count_by_hand());
    for w in "  a bb\tccc\n\u{3000}déjà\u{85}vu ".split_whitespace() {
        print!("<{}>", w);
    }
    println!();
    println!("{:?}", longest_word("the quick brownish fox"));
    for p in "a,b,,c,".split(',') {
        print!("<{}>", p);
    }
    println!();
    for p in "abc".split("") {
        print!("<{}>", p);
    }
    println!();
    for p in "a--b----c".split("--") {
        print!("<{}>", p);
    }
    println!();
    for p in "".split(',') {
        print!("<{}>", p);
    }
    println!();
    for p in "naïve café".split('é') {
        print!("<{}>", p);
    }
    println!();

    let mut it = "xyz".chars();
    println!("{:?} {:?}", it.next(), it.next());
    println!("{:?} {:?}", it.next(), it.next());
    let owned = String::from("key=value=more");
    let mut parts = owned.split('=');
    let key = parts.next();
    let value = parts.next();
    println!("{:?} {:?} {:?} {:?}", key, value, parts.next(), parts.next());
    let mut total = 0;
    for line in "10 20\n30\n\n40 50 60".lines() {
        for word in line.split_whitespace() {
            let mut v = 0;
            for d in word.chars() {
                v = v * 10 + d.to_digit(10).unwrap();
            }
            total += v;
        }
    }
    println!("{}", total);
}

trait CountByHand {
    fn count_by_hand(self) -> usize;
}

impl<I: Iterator> CountByHand for I {
    fn count_by_hand(mut self) -> usize {
        let mut n = 0;
        while let Some(_) = self.next() {
            n += 1;
        }
        n
    }
}
