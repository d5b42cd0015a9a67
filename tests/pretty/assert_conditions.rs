// The condition of each `case_*` function's failing `assert!` must print as rustc prints it
// (tests/ToyRust.Tests/Syntax/PrettyPrinterTests.cs builds this file with rustc, runs every case
// and compares each panic message with ToyRust's PrettyPrinter). This file is only parsed by
// ToyRust, so it may use what ToyRust cannot compile yet (closures, items in blocks).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Point { x: i64, y: i64, z: i64 }
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape { Circle(i64), Rect { w: i64, h: i64 }, Empty }
#[derive(Debug, Clone, Copy, PartialEq)]
struct W(i64, i64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct U;
trait Tr { fn get() -> i64; }
impl Tr for W { fn get() -> i64 { 7 } }
impl Point {
    fn new(x: i64, y: i64, z: i64) -> Point { Point { x, y, z } }
    fn scale(self, k: i64) -> Point { Point { x: self.x * k, y: self.y * k, z: self.z * k } }
    fn sum(&self) -> i64 { self.x + self.y + self.z }
    fn pick<T: Copy>(&self, a: T, _b: T) -> T { a }
}
fn area(s: Shape) -> i64 { match s { Shape::Circle(r) => 3 * r * r, Shape::Rect { w, h } => w * h, Shape::Empty => 0 } }
fn ident<T>(t: T) -> T { t }
fn many(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64) -> i64 { a + b + c + d + e + f + g + h }

// The condition of fuzzer bug 20.
fn case_fuzz_bug_20() {
    assert!((if false { (if true { None::<i128> } else { Some(170141183460469231731687303715884105727i128) }) } else { None::<i128> }) == Some(170141183460469231731687303715884105726i128));
}
fn case_short() { assert!(1 + 1 == 3); }
fn case_literals_as_written() {
    let v = 0xffu8;
    assert!(v == 1_000i64 as u8 || 'a' == '\n' || "x\"y\t{}" == "z" || -(v as i32) == 3 && !true || 1.5f64 + 2e10 + 3.0_f32 as f64 == 0.1 + 1e-3);
}
fn case_escapes() { assert!('\u{1F600}' == '\'' || "multi\nline\\ \u{41}" == r"raw\n" || b'a' == b'\n' || r#"a "quoted" {x}"# == ""); }
fn case_long_string() { assert!("this is a very long string literal that goes past the margin of seventy-eight columns for sure" == "short"); }
fn case_utf8_width() { assert!("héllo wörld ünïcödé strings täke möre bytes thän chäracters, yes they do" == "ö"); }
fn case_match_arms_and_guards() {
    let s = Shape::Rect { w: 3, h: 4 };
    assert!(match s { Shape::Circle(radius) if radius > 1000000 => area(Shape::Circle(radius)) > 10, Shape::Rect { w, h: height } => w * height == 13, Shape::Empty | Shape::Circle(_) => false });
}
fn case_short_match() { let x = 5; assert!(match x { 0 => true, 1 | 2 => false, n if n > 100 => true, _ => false }); }
fn case_match_patterns() { let x = -5; assert!(match x { -5 ..= -1 => false, 0 => false, i32::MIN..=-6 => false, _ => true }); }
fn case_tuple_struct_patterns() { let w = W(1, 2); assert!(match w { W(a, ..) if a > 5 => true, W(.., b) => b == 3 }); }
fn case_method_chain() {
    let p = Point::new(1, 2, 3);
    assert!(p.scale(2).scale(3).scale(4).scale(5).scale(6).sum() == Point::new(100000, 200000, 300000).scale(7).sum());
}
fn case_turbofish() {
    assert!(ident::<Option<i64>>(Some(1)).is_none() && ident::<Result<u8, i64>>(Ok(4u8)).is_err() || Point::default().pick::<i64>(1, 2) == 5);
}
fn case_struct_literals() {
    let base = Point::new(1, 2, 3);
    assert!(Point { x: 11111111111, y: 22222222222, z: 33333333333 } == Point { x: 44444444444, y: 55555555555, ..base });
}
fn case_block_with_lets() {
    assert!({ let first_value_with_long_name = 1000000; let second_value_with_long_name: i64 = 2000000; first_value_with_long_name + second_value_with_long_name == 7 });
}
fn case_tuples_and_arrays() {
    let t = (1, (2, 3), [4, 5, 6]);
    assert!(t == (1, (2, 3), [4, 5, 7]) || [t.2[0]; 3] == [100000000000i64 as i32, 200000000000i64 as i32, 300000000000i64 as i32]);
}
fn case_references_and_unary() {
    let mut a = 5;
    let b = &mut a;
    *b += 1;
    assert!(*&*b == 7 && &a == &8 && &mut 9 == &mut 10 || !(a > 100000) && -(a as i64) * -1 == 1234567890123);
}
fn case_else_if_chain() {
    let a = 3;
    assert!(if a > 10 { a * 2 } else if a > 5 { a * 3 } else if a > 2 { if a == 3 { 100 } else { 200 } } else { 0 } == 101);
}
fn case_deeply_nested_if() {
    let a = 1;
    assert!(if a == 1 { if a == 2 { if a == 3 { if a == 4 { if a == 5 { if a == 6 { if a == 7 { 1000000 } else { 2000000 } } else { 3 } } else { 4 } } else { 5 } } else { 6 } } else { 7 } } else { 8 } == 0);
}
fn case_loops() {
    assert!({ let mut i = 0; let mut total = 0; while i < 10 { total += i; i += 1; } 'outer: loop { if total > 5 { break 'outer; } } total == 46 });
}
fn case_for_continue() {
    assert!({ let mut s = 0u64; for k in 0..10u64 { if k % 2 == 0 { continue; } s += k * k; } s } == 1);
}
fn case_labelled_break_value() {
    assert!('found: loop { let mut n = 0; loop { n += 1; if n == 3 { break 'found n * 1000000000000i64 == 4; } } });
}
fn case_if_let() {
    let o: Option<i32> = Some(3);
    assert!(if let Some(value) = o { value == 4 } else { false } && { if let None = o { true } else { false } });
}
fn case_operator_precedence() {
    let x = 1u32;
    assert!((x << 3) | (x >> 1) ^ (x & 7) == 100 || x % 3 / 2 * 4 + 1 - 1 >= 1000);
}
fn case_casts_in_comparisons() { let x = 5u8; assert!((x as i32) < 3 && (x as i64) << 2 == 9); }
fn case_ranges() { assert!((0..10).contains(&20) || (1..=3u8).len() == 0 || (..5).contains(&9) || (0..10) == (1..5)); }
fn case_parentheses_kept() { assert!(((1)) == ((((2))))); }
fn case_deep_parentheses() {
    assert!(((((((((((((((((1i64 + 2) * 3) - 4) / 5) + 6666666) * 7777777) - 8888888) / 9999999) + 1010101) * 2020202) - 3030303) / 4040404) + 5050505) * 6060606) - 7070707) / 8080808) == 0);
}
fn case_long_arguments() { assert!(many(1000000000, 2000000000, 3000000000, 4000000000, 5000000000, 6000000000, 7000000000, 8000000000) == 0); }
fn case_nested_calls() {
    assert!(many(many(1, 2, 3, 4, 5, 6, 7, 8), many(1, 2, 3, 4, 5, 6, 7, 8), many(1, 2, 3, 4, 5, 6, 7, 8), 4, 5, 6, 7, 8) == 0);
}
fn case_long_array() { assert!([1111111111i64, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777, 8888888888][0] == 1); }
fn case_tuple_structs_and_fields() { assert!(W(1, 2) == W(3, 4) && U == U && W(1, 2).0 + W(3, 4).1 == 10 && W(100000000, 2000000000).1 == 0); }
fn case_unit_and_variants() { assert!(() != () || Shape::Empty == Shape::Circle(0)); }
fn case_qualified_paths() { assert!(<W as Tr>::get() == 8 && <W>::get() == 9); }
fn case_empty_blocks_and_statements() { assert!({ {} ; let _u = (); match 1 { _ => {} } ; false }); }
fn case_return_in_block() { assert!({ if false { return; } false }); }
fn case_let_else() { assert!({ let Some(v) = Some(5) else { return; }; v == 6 }); }
fn case_macros_in_block() {
    assert!({ println!("hello {} {:?}", 1, W(2, 3)); let x = 5; assert_eq!(x, 5, "x was {}", x); x == 6 });
}
fn case_macro_spacing_as_written() { assert!({ println!( "a{}b{}" ,1+2 , W( 3,4 ) . 0 ); println!("{}",[1,2][0]); false }); }
fn case_long_macro_call() {
    assert!({ println!("a very long format string {} {} {}", 111111111111111i64, 222222222222222i64, 333333333333333i64 + 444444444444444i64 * 5); false });
}
fn case_matches() { let o = Some(3); assert!(matches!(o, Some(n) if n > 5) || matches!( o , None )); }
fn case_matches_in_tail() { assert!({ let x = 1; matches!(x, 2 | 3) && !matches!(x,4) }); }
fn case_panic_in_arms() { let o = Some(3); assert!(match o { Some(0) => panic!("zero {}", 0), Some(n) => n == 4, None => unreachable!() }); }
fn case_block_arm() { let x = 3; assert!(match x { 1 => true, _ => { println!("x = {}", x); false } }); }
fn case_assert_macros_in_block() { assert!({ let v = [0; 3]; assert!(v.len() == 3, "len {}", v.len()); assert_ne!(v[0], 1); v[1] == 1 }); }
fn case_braces_in_macro() { assert!({ println!("{}", { 1 }); println!("{}", {2}); false }); }
fn case_closures() { let f = |a: i64, b| a + b; let g = move |x: i64| -> i64 { x * 2 }; assert!(f(1, 2) == g(3) && (|| true)() == false); }
fn case_closure_with_block() { assert!((|x: i32| { let y = x + 1; y * 2 })(3) == 9); }
fn case_item_fn() { assert!({ fn helper(a: i64, b: &mut i64) -> bool { *b += a; *b > 100 } let mut t = 5; helper(3, &mut t) }); }
fn case_item_const_static() { assert!({ const LIMIT: i64 = 10; static NAME: &str = "n"; LIMIT == 11 && NAME.len() == 0 }); }
fn case_item_types() {
    assert!({ #[derive(PartialEq, Debug)] struct Inner { a: i32, pub b: u8 } struct T2(i32, u8); struct Unit; enum E { A, B(i32), C { x: i32 } } enum F { X = 1, Y = 20 } Inner { a: 1, b: 2 } == Inner { a: 1, b: 3 } });
}
fn case_item_impl_trait() {
    assert!({ struct S; impl S { fn get(&self) -> i32 { 1 } } trait T { fn t(&self) -> i32; } impl T for S { fn t(&self) -> i32 { 2 } } S.get() + S.t() == 4 });
}
fn case_item_generics() { assert!({ fn g<T: Copy + PartialEq, const N: usize>(a: [T; N]) -> T where T: std::fmt::Debug { a[0] } g([1, 2]) == 3 }); }
fn case_or_pattern_after_at() { let n = 7; assert!(match n { small @ (1 | 2 | 3) => small == 0, neg @ -9..=-1 if neg % 2 == 0 => false, _ => false }); }
fn case_macro_statements() {
    assert!({ matches!(Some(100000000000000i64), Some(1000000000000000000) | Some(2000000000000000000) | None); println! { "{}", 1 }; let v = vec![1, 2]; let w = vec![0u8; 3]; v.len() + w.len() == 4 });
}
