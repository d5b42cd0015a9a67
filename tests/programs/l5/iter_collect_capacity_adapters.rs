// Bug 43, found by the differential campaign (seed 14000829): which adapters are TrustedLen, as std
// says, decides the capacity `collect` gives a Vec (the exact length, or at least 4). `Peekable` is
// TrustedLen over a TrustedLen iterator, `StepBy` over a TrustedRandomAccess one (a slice's, a
// range's, through `map`, `enumerate`, `zip`, `skip`); `Inspect`, `Chars` and `Rev` under
// `step_by` are not.

fn first() {
    let v = vec![1i64, 2, 3];
    let a: Vec<i64> = v.iter().map(|&e| e).peekable().collect();
    let b: Vec<i64> = v.iter().map(|&e| e).inspect(|_| {}).collect();
    let c: Vec<u32> = (0..9u32).step_by(2).collect();
    let d: Vec<i64> = (0..9i64).step_by(2).collect();
    let e: Vec<i64> = v.iter().map(|&e| e).skip(1).collect();
    let f: Vec<i64> = v.iter().map(|&e| e).take(2).collect();
    let g: Vec<i64> = (0..3i64).map(Some).flatten().collect();
    let h: Vec<i64> = (0..3i64).peekable().collect();
    let i: Vec<i64> = (0..3i64).rev().peekable().skip(1).collect();
    let j: Vec<i64> = v.iter().copied().step_by(2).collect();
    println!("{} {} {} {} {} {} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity(), f.capacity(), g.capacity(), h.capacity(), i.capacity(), j.capacity());
}

fn second() {
    let v = vec![1i64, 2, 3];
    let a: Vec<u8> = (0..3u8).step_by(2).collect();
    let b: Vec<i64> = (0..3i64).step_by(2).collect();
    let c: Vec<&i64> = v.iter().step_by(2).collect();
    let d: Vec<char> = "abc".chars().peekable().collect();
    let e: Vec<i64> = (0..=2i64).step_by(2).collect();
    let f: Vec<i64> = v.iter().map(|x| x * 2).step_by(2).collect();
    let g: Vec<i64> = v.iter().map(|x| x * 2).enumerate().map(|(i, x)| x + i as i64).step_by(2).collect();
    let h: Vec<i64> = v.iter().map(|x| x * 2).zip(0..3i64).map(|(a, b)| a ^ b).step_by(2).collect();
    let i: Vec<i64> = v.iter().map(|x| x * 2).rev().step_by(2).collect();
    let j: Vec<i64> = v.iter().map(|x| x * 2).skip(1).step_by(1).collect();
    let k: Vec<i64> = v.iter().map(|x| x * 2).take(2).step_by(1).collect();
    let l: Vec<i64> = (0..2i64).chain(0..1).step_by(1).collect();
    println!("{} {} {} {} {} {} {} {} {} {} {} {}", a.capacity(), b.capacity(), c.capacity(), d.capacity(), e.capacity(), f.capacity(), g.capacity(), h.capacity(), i.capacity(), j.capacity(), k.capacity(), l.capacity());
}

fn main() {
    first();
    second();
}
