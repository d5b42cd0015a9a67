// ExactSizeIterator::len, and iterating enumerate, skip, take and zip from the back, as std's.
fn main() {
    let v = vec![10, 20, 30, 40, 50];
    let mut it = v.iter();
    println!("{}", it.len());
    it.next();
    println!("{}", it.len());
    let mut w = vec![1, 2, 3];
    println!("{}", w.iter_mut().len());
    println!("{}", v.clone().into_iter().len());
    println!("{}", "h€llo".bytes().len());
    println!("{} {} {} {}", (0..10u8).len(), (0..10u16).len(), (5..3u32).len(), (0..7usize).len());
    println!("{} {} {} {}", (-128i8..127).len(), (-5i16..5).len(), (-5..5).len(), (3isize..9).len());
    println!("{} {} {} {}", (0..=255u8).len(), (-128..=127i8).len(), (0..=10u16).len(), (4..=1i16).len());
    println!("{}", v.iter().map(|x| x * 2).len());
    println!("{}", v.iter().enumerate().len());
    println!("{}", v.iter().rev().len());
    println!("{}", v.iter().zip(0..3).len());
    println!("{}", v.iter().take(2).len());
    println!("{}", v.iter().skip(2).len());
    println!("{}", v.iter().copied().len());
    println!("{}", v.iter().cloned().len());
    let mut it = v.iter();
    println!("{}", (&mut it).len());
    for (i, x) in v.iter().enumerate().rev() {
        println!("enumerate rev {} {}", i, x);
    }
    let mut e = v.iter().enumerate();
    e.next();
    println!("{:?} {:?}", e.next_back(), e.next());
    println!("{:?}", v.iter().skip(1).rev().collect::<Vec<&i32>>());
    println!("{:?}", v.iter().skip(7).rev().collect::<Vec<&i32>>());
    println!("{:?}", v.iter().take(3).rev().collect::<Vec<&i32>>());
    println!("{:?}", v.iter().take(9).rev().collect::<Vec<&i32>>());
    println!("{:?}", (0..10).take(4).rev().collect::<Vec<i32>>());
    println!("{:?}", v.iter().zip(0..3).rev().collect::<Vec<(&i32, i32)>>());
    println!("{:?}", (0..2).zip(v.iter()).rev().collect::<Vec<(i32, &i32)>>());
    let mut seen = Vec::new();
    let z: Vec<(i32, i32)> = v.iter().map(|x| { seen.push(*x); *x }).zip(0..2).rev().collect();
    println!("{:?} {:?}", z, seen);
    let mut t = v.iter().map(|x| x + 1).take(4);
    println!("{:?} {:?} {:?}", t.next_back(), t.next(), t.len());
    println!("{:?}", v.iter().enumerate().skip(1).take(3).rev().collect::<Vec<(usize, &i32)>>());
    println!("{:?}", v.iter().rev().enumerate().rev().collect::<Vec<(usize, &i32)>>());
    println!("{:?}", v.iter().nth_back(1));
}
