// The closure-taking methods of Option and Result, as std's.
#[derive(Debug, Default)]
struct Config {
    depth: u32,
    name: String,
}

fn parse(s: &str) -> Result<i32, String> {
    if s.is_empty() {
        Err(String::from("empty"))
    } else if s == "x" {
        Err(format!("bad: {}", s))
    } else {
        Ok(s.len() as i32)
    }
}

fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let some = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some.map(|x| x * 10), none.map(|x| x * 10));
    println!("{:?} {:?} {:?}", some.and_then(|x| half(x)), Some(3).and_then(|x| half(x)), none.and_then(|x| half(x)));
    println!("{:?} {:?}", some.or_else(|| Some(99)), none.or_else(|| Some(99)));
    println!("{:?} {:?} {:?}", some.and(Some("a")), none.and(Some("a")), some.or(Some(7)));
    println!("{:?} {:?} {:?}", some.xor(none), some.xor(Some(1)), none.xor(Some(2)));
    let mut calls = 0;
    println!("{}", some.unwrap_or_else(|| { calls += 1; 0 }));
    println!("{}", none.unwrap_or_else(|| { calls += 1; -1 }));
    println!("calls {}", calls);
    println!("{} {}", some.map_or(0, |x| x + 1), none.map_or(0, |x| x + 1));
    println!("{} {}", some.map_or_else(|| -5, |x| x - 1), none.map_or_else(|| -5, |x| x - 1));
    println!("{:?} {:?}", some.filter(|x| *x > 3), some.filter(|x| *x > 10));
    println!("{:?} {:?}", some.ok_or_else(|| "none"), none.ok_or_else(|| "none"));
    println!("{} {} {}", some.is_some_and(|x| x == 4), none.is_some_and(|x| x == 4), some.is_none_or(|x| x > 5));
    println!("{:?} {:?}", some.zip(Some('c')), some.zip(None::<char>));
    println!("{} {}", none.unwrap_or_default(), Some(3u8).unwrap_or_default());
    let name: Option<String> = None;
    println!("[{}]", name.unwrap_or_default());
    let mut slot = Some(String::from("taken"));
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let old = slot.replace(String::from("new"));
    println!("{:?} {:?}", old, slot);
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(|| Vec::new()).push(1);
    cache.get_or_insert_with(|| vec![100]).push(2);
    println!("{:?}", cache);
    let mut o = None;
    *o.insert(5) += 1;
    println!("{:?}", o);
    let words = vec![String::from("a"), String::from("bc")];
    let lens: Option<usize> = words.first().map(|w| w.len());
    println!("{:?}", lens);

    let good = parse("abc");
    let bad = parse("");
    println!("{:?} {:?}", good.clone().map(|x| x * 2), bad.clone().map(|x| x * 2));
    println!("{:?} {:?}", good.clone().map_err(|e| e.len()), bad.clone().map_err(|e| e.len()));
    println!("{:?}", parse("ab").and_then(|x| if x > 1 { Ok(x) } else { Err(String::from("small")) }));
    println!("{:?}", parse("a").and_then(|x| if x > 1 { Ok(x) } else { Err(String::from("small")) }));
    println!("{:?}", bad.clone().or_else(|e| parse(&e)));
    println!("{:?}", parse("x").or_else(|e| if e.len() > 100 { Ok(0) } else { Err(0u8) }));
    println!("{} {}", good.clone().unwrap_or_else(|e| e.len() as i32), bad.clone().unwrap_or_else(|e| -(e.len() as i32)));
    println!("{} {}", good.clone().map_or(-1, |x| x + 1), bad.clone().map_or(-1, |x| x + 1));
    println!("{} {}", good.clone().map_or_else(|e| e.len() as i32, |x| x * 3), bad.clone().map_or_else(|e| e.len() as i32, |x| x * 3));
    println!("{} {}", good.clone().is_ok_and(|x| x == 3), bad.clone().is_ok_and(|x| x == 3));
    println!("{} {}", good.clone().is_err_and(|e| e.is_empty()), bad.clone().is_err_and(|e| e == "empty"));
    println!("{} {}", good.unwrap_or_default(), bad.unwrap_or_default());
    let c: Result<Config, ()> = Err(());
    let c = c.unwrap_or_default();
    println!("{:?} {} [{}]", c, c.depth, c.name);
    let total: i32 = vec!["a", "bb", "", "ccc"].into_iter().map(|s| parse(s).unwrap_or(0)).sum();
    println!("{}", total);
}
