using System.Collections.Immutable;
using System.Numerics;
using NUnit.Framework;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Patterns;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// The match checker against rustc 1.95: each test shows the Rust program it mirrors, and the
/// expected strings are copied from `rustc --edition 2021` output (E0004 and unreachable_patterns).
/// </summary>
public class ExhaustivenessTests
{
    private static readonly TextSpan At = new(0, 0);
    private static readonly GenericParameterSymbol T = new("T", 0);
    private static readonly GenericParameterSymbol E = new("E", 1);

    // enum Option<T> { None, Some(T) }   enum Result<T, E> { Ok(T), Err(E) }   (prelude names)
    private static readonly AdtSymbol OptionAdt = DeclareEnum("Option", [T], Unit("None"), Tuple("Some", new TypeParameterType(T)));
    private static readonly AdtSymbol ResultAdt = DeclareEnum("Result", [T, E], Tuple("Ok", new TypeParameterType(T)), Tuple("Err", new TypeParameterType(E)));
    // `use Option::{None, Some}; use Result::{Ok, Err};`, as the prelude does
    private static readonly HashSet<VariantSymbol> PreludeVariants = [.. OptionAdt.Variants, .. ResultAdt.Variants];
    // enum Option2<T> { None, Some(T) }
    private static readonly AdtSymbol Option2Adt = DeclareEnum("Option2", [T], Unit("None"), Tuple("Some", new TypeParameterType(T)));
    // enum Dir { North, East, South, West }
    private static readonly AdtType Dir = Type(DeclareEnum("Dir", [], Unit("North"), Unit("East"), Unit("South"), Unit("West")));
    // enum Void {}
    private static readonly AdtType Void = Type(DeclareEnum("Void", []));
    // enum Shape { Circle { radius: i32, fill: bool }, Rect { w: f64, h: f64 }, Unit, Tup(i32, bool) }
    private static readonly AdtType Shape = Type(DeclareEnum("Shape", [],
        Named("Circle", ("radius", TypeSymbol.I32), ("fill", TypeSymbol.Bool)),
        Named("Rect", ("w", TypeSymbol.F64), ("h", TypeSymbol.F64)),
        Unit("Unit"),
        Tuple("Tup", TypeSymbol.I32, TypeSymbol.Bool)));
    // struct P { x: bool, y: bool }
    private static readonly AdtType P = Type(DeclareStruct("P", Named("P", ("x", TypeSymbol.Bool), ("y", TypeSymbol.Bool))));
    // struct Point(i32, i32);
    private static readonly AdtType Point = Type(DeclareStruct("Point", Tuple("Point", TypeSymbol.I32, TypeSymbol.I32)));

    private static readonly TypeSymbol BoolPair = TupleOf(TypeSymbol.Bool, TypeSymbol.Bool);

    // ---- bool ----

    // fn f(b: bool) { match b { true => {} false => {} } }
    [Test]
    public void Bool_with_both_values_is_exhaustive() =>
        AssertResult(Check(TypeSymbol.Bool, Lit(TypeSymbol.Bool, true), Lit(TypeSymbol.Bool, false)), [], []);

    // fn f(b: bool) { match b { true => {} } }   error[E0004]: non-exhaustive patterns: `false` not covered
    [Test]
    public void Bool_missing_false() =>
        AssertMessage(Check(TypeSymbol.Bool, Lit(TypeSymbol.Bool, true)), "non-exhaustive patterns: `false` not covered");

    // fn f(b: bool) { match b { } }   error[E0004]: non-exhaustive patterns: type `bool` is non-empty
    [Test]
    public void Empty_match_on_bool_says_the_type_is_non_empty()
    {
        var result = Check(TypeSymbol.Bool);
        Assert.That(result.Missing, Is.EqualTo(new[] { "true", "false" }));
        Assert.That(Exhaustiveness.NonExhaustiveMessage(TypeSymbol.Bool, 0, result.Missing), Is.EqualTo("non-exhaustive patterns: type `bool` is non-empty"));
    }

    // ---- Option-like enums ----

    // fn f(o: Option<i32>) { match o { Some(_) => {} } }   `None` not covered
    [Test]
    public void Option_missing_none() =>
        AssertMessage(Check(OptionOf(TypeSymbol.I32), V(OptionOf(TypeSymbol.I32), "Some", W(TypeSymbol.I32))), "non-exhaustive patterns: `None` not covered");

    // fn f(o: Option<i32>) { match o { None => {} } }   `Some(_)` not covered
    [Test]
    public void Option_missing_some() =>
        AssertMessage(Check(OptionOf(TypeSymbol.I32), V(OptionOf(TypeSymbol.I32), "None")), "non-exhaustive patterns: `Some(_)` not covered");

    // fn f(r: Result<i32, bool>) { match r { } }   `Ok(_)` and `Err(_)` not covered
    [Test]
    public void Empty_match_on_result_lists_both_variants()
    {
        var type = ResultOf(TypeSymbol.I32, TypeSymbol.Bool);
        var result = Check(type);
        Assert.That(Exhaustiveness.NonExhaustiveMessage(type, 0, result.Missing), Is.EqualTo("non-exhaustive patterns: `Ok(_)` and `Err(_)` not covered"));
    }

    // enum Option2<T> { None, Some(T) }
    // fn f(o: Option2<i32>) { match o { Option2::Some(_) => {} } }   `Option2::None` not covered
    [Test]
    public void A_user_enum_is_printed_with_its_name()
    {
        var type = Type(Option2Adt, TypeSymbol.I32);
        AssertMessage(Check(type, V(type, "Some", W(TypeSymbol.I32))), "non-exhaustive patterns: `Option2::None` not covered");
    }

    // fn f(o: Option<bool>) { match o { Some(true) => {} } }   `None` not covered  (not also `Some(false)`)
    [Test]
    public void Only_missing_constructors_are_reported_when_there_are_some()
    {
        var type = OptionOf(TypeSymbol.Bool);
        AssertMessage(Check(type, V(type, "Some", Lit(TypeSymbol.Bool, true))), "non-exhaustive patterns: `None` not covered");
    }

    // ---- a four-variant enum ----

    // fn f(d: Dir) { match d { Dir::North => {} Dir::East => {} Dir::South => {} } }   `Dir::West` not covered
    [Test]
    public void Enum_missing_one_variant() =>
        AssertMessage(Check(Dir, V(Dir, "North"), V(Dir, "East"), V(Dir, "South")), "non-exhaustive patterns: `Dir::West` not covered");

    // fn f(d: Dir) { match d { Dir::North => {} Dir::East => {} } }   `Dir::South` and `Dir::West` not covered
    [Test]
    public void Enum_missing_two_variants() =>
        AssertMessage(Check(Dir, V(Dir, "North"), V(Dir, "East")), "non-exhaustive patterns: `Dir::South` and `Dir::West` not covered");

    // fn f(d: Dir) { match d { Dir::North => {} } }   `Dir::East`, `Dir::South` and `Dir::West` not covered
    [Test]
    public void Enum_missing_three_variants() =>
        AssertMessage(Check(Dir, V(Dir, "North")), "non-exhaustive patterns: `Dir::East`, `Dir::South` and `Dir::West` not covered");

    // fn f(d: Dir) { match d { } }   `Dir::North`, `Dir::East`, `Dir::South` and 1 more not covered
    [Test]
    public void Enum_missing_all_variants()
    {
        var result = Check(Dir);
        Assert.That(result.Missing, Is.EqualTo(new[] { "Dir::North", "Dir::East", "Dir::South", "Dir::West" }));
        Assert.That(Exhaustiveness.NonExhaustiveMessage(Dir, 0, result.Missing), Is.EqualTo("non-exhaustive patterns: `Dir::North`, `Dir::East`, `Dir::South` and 1 more not covered"));
    }

    // fn f(d: Dir) { match d { Dir::North => {} Dir::East => {} Dir::South => {} Dir::West => {} } }
    [Test]
    public void Enum_with_every_variant_is_exhaustive() =>
        AssertResult(Check(Dir, V(Dir, "North"), V(Dir, "East"), V(Dir, "South"), V(Dir, "West")), [], []);

    // fn f(o: Option<Dir>) { match o { None => {} Some(Dir::North) => {} } }
    //   `Some(Dir::East)`, `Some(Dir::South)` and `Some(Dir::West)` not covered
    [Test]
    public void Missing_variants_below_a_present_one_are_listed()
    {
        var type = OptionOf(Dir);
        AssertMessage(Check(type, V(type, "None"), V(type, "Some", V(Dir, "North"))),
            "non-exhaustive patterns: `Some(Dir::East)`, `Some(Dir::South)` and `Some(Dir::West)` not covered");
    }

    // ---- nesting and tuples ----

    // fn f(o: Option<(bool, bool)>) { match o { None => {} Some((true, _)) => {} } }   `Some((false, _))` not covered
    [Test]
    public void Nested_option_of_tuple()
    {
        var type = OptionOf(BoolPair);
        AssertMessage(Check(type, V(type, "None"), V(type, "Some", Tup(BoolPair, Lit(TypeSymbol.Bool, true), W(TypeSymbol.Bool)))),
            "non-exhaustive patterns: `Some((false, _))` not covered");
    }

    // fn f(t: (bool, bool)) { match t { (true, _) => {} (_, true) => {} } }   `(false, false)` not covered
    [Test]
    public void Tuple_of_bools()
    {
        var result = Check(BoolPair,
            Tup(BoolPair, Lit(TypeSymbol.Bool, true), W(TypeSymbol.Bool)),
            Tup(BoolPair, W(TypeSymbol.Bool), Lit(TypeSymbol.Bool, true)));
        AssertResult(result, ["(false, false)"], []);
    }

    // fn f(b: bool, o: Option<bool>) { match (b, o) { (false, None) => {} (true, None) => {} } }
    //   `(true, Some(_))` and `(false, Some(_))` not covered
    [Test]
    public void Present_bools_are_visited_true_first()
    {
        var type = TupleOf(TypeSymbol.Bool, OptionOf(TypeSymbol.Bool));
        var none = V(OptionOf(TypeSymbol.Bool), "None");
        AssertMessage(Check(type, Tup(type, Lit(TypeSymbol.Bool, false), none), Tup(type, Lit(TypeSymbol.Bool, true), none)),
            "non-exhaustive patterns: `(true, Some(_))` and `(false, Some(_))` not covered");
    }

    // fn f(t: (bool,)) { match t { (true,) => {} } }   `(false,)` not covered
    [Test]
    public void One_element_tuple_keeps_its_comma()
    {
        var type = TupleOf(TypeSymbol.Bool);
        AssertMessage(Check(type, Tup(type, Lit(TypeSymbol.Bool, true))), "non-exhaustive patterns: `(false,)` not covered");
    }

    // fn f(a: [bool; 2]) { match a { [true, _] => {} } }   `[false, _]` not covered
    [Test]
    public void Fixed_size_array()
    {
        var type = new ArrayType(TypeSymbol.Bool, 2);
        AssertMessage(Check(type, new BoundArrayPattern(At, type, [Lit(TypeSymbol.Bool, true), W(TypeSymbol.Bool)])),
            "non-exhaustive patterns: `[false, _]` not covered");
    }

    // ---- integers ----

    // fn f(x: u8) { match x { 0..=100 => {} 101..=255 => {} } }
    [Test]
    public void U8_ranges_covering_the_type_are_exhaustive() =>
        AssertResult(Check(TypeSymbol.U8, Range(TypeSymbol.U8, 0, 100), Range(TypeSymbol.U8, 101, 255)), [], []);

    // fn f(x: u8) { match x { 0..100 => {} 100.. => {} } }
    [Test]
    public void Exclusive_and_open_ranges_are_exhaustive() =>
        AssertResult(Check(TypeSymbol.U8, Range(TypeSymbol.U8, 0, 100, inclusive: false), Range(TypeSymbol.U8, 100, 255)), [], []);

    // fn f(x: u8) { match x { 0..=2 => {} } }   `3_u8..=u8::MAX` not covered
    [Test]
    public void U8_range_missing_the_rest() =>
        AssertMessage(Check(TypeSymbol.U8, Range(TypeSymbol.U8, 0, 2)), "non-exhaustive patterns: `3_u8..=u8::MAX` not covered");

    // fn f(x: u8) { match x { 1..=2 => {} 5 => {} } }   `0_u8`, `3_u8..=4_u8` and `6_u8..=u8::MAX` not covered
    [Test]
    public void U8_gaps_are_listed_in_order() =>
        AssertMessage(Check(TypeSymbol.U8, Range(TypeSymbol.U8, 1, 2), Lit(TypeSymbol.U8, new BigInteger(5))),
            "non-exhaustive patterns: `0_u8`, `3_u8..=4_u8` and `6_u8..=u8::MAX` not covered");

    // fn f(x: i32) { match x { 0 => {} 1 => {} } }   `i32::MIN..=-1_i32` and `2_i32..=i32::MAX` not covered
    [Test]
    public void I32_literals_leave_everything_else() =>
        AssertMessage(Check(TypeSymbol.I32, Lit(TypeSymbol.I32, BigInteger.Zero), Lit(TypeSymbol.I32, BigInteger.One)),
            "non-exhaustive patterns: `i32::MIN..=-1_i32` and `2_i32..=i32::MAX` not covered");

    // fn f(x: i32) { match x { 0 => {} 2 => {} } }   `i32::MIN..=-1_i32`, `1_i32` and `3_i32..=i32::MAX` not covered
    [Test]
    public void A_single_missing_integer_is_printed_alone() =>
        AssertMessage(Check(TypeSymbol.I32, Lit(TypeSymbol.I32, BigInteger.Zero), Lit(TypeSymbol.I32, new BigInteger(2))),
            "non-exhaustive patterns: `i32::MIN..=-1_i32`, `1_i32` and `3_i32..=i32::MAX` not covered");

    // fn f(x: i8) { match x { -128..=0 => {} } }   `1_i8..=i8::MAX` not covered
    [Test]
    public void I8_negative_range() =>
        AssertMessage(Check(TypeSymbol.I8, Range(TypeSymbol.I8, -128, 0)), "non-exhaustive patterns: `1_i8..=i8::MAX` not covered");

    // fn f(x: usize) { match x { 0 => {} 1 => {} } }   `2_usize..` not covered
    [Test]
    public void Usize_has_no_fixed_maximum() =>
        AssertMessage(Check(TypeSymbol.Usize, Lit(TypeSymbol.Usize, BigInteger.Zero), Lit(TypeSymbol.Usize, BigInteger.One)),
            "non-exhaustive patterns: `2_usize..` not covered");

    // fn f(x: usize) { match x { 0 => {} 1.. => {} } }
    [Test]
    public void Usize_open_range_is_exhaustive() =>
        AssertResult(Check(TypeSymbol.Usize, Lit(TypeSymbol.Usize, BigInteger.Zero), Range(TypeSymbol.Usize, 1, IntegerRanges.Max(PrimitiveKind.Usize))), [], []);

    // fn f(x: isize) { match x { 0 => {} } }   `..=-1_isize` and `1_isize..` not covered
    [Test]
    public void Isize_has_open_ends() =>
        AssertMessage(Check(TypeSymbol.Isize, Lit(TypeSymbol.Isize, BigInteger.Zero)), "non-exhaustive patterns: `..=-1_isize` and `1_isize..` not covered");

    // fn f(x: u128) { match x { 5 => {} } }   `0_u128..=4_u128` and `6_u128..` not covered
    [Test]
    public void U128_range_reaching_the_maximum_prints_open() =>
        AssertMessage(Check(TypeSymbol.U128, Lit(TypeSymbol.U128, new BigInteger(5))), "non-exhaustive patterns: `0_u128..=4_u128` and `6_u128..` not covered");

    // fn f(x: i128) { match x { 0..=170141183460469231731687303715884105726 => {} } }
    //   `i128::MIN..=-1_i128` and `i128::MAX` not covered
    [Test]
    public void I128_single_maximum_prints_as_max() =>
        AssertMessage(Check(TypeSymbol.I128, Range(TypeSymbol.I128, 0, IntegerRanges.Max(PrimitiveKind.I128) - 1)),
            "non-exhaustive patterns: `i128::MIN..=-1_i128` and `i128::MAX` not covered");

    // fn f(x: i64) { match x { 5 => {} } }   `i64::MIN..=4_i64` and `6_i64..=i64::MAX` not covered
    [Test]
    public void I64_gap_is_printed() =>
        AssertMessage(Check(TypeSymbol.I64, Lit(TypeSymbol.I64, new BigInteger(5))), "non-exhaustive patterns: `i64::MIN..=4_i64` and `6_i64..=i64::MAX` not covered");

    // ---- char ----

    // fn f(c: char) { match c { 'a'..='z' => {} } }
    //   `'\0'..='`'`, `'{'..='\u{d7ff}'` and `'\u{e000}'..='\u{10ffff}'` not covered
    [Test]
    public void Char_range_leaves_both_sides_of_the_surrogates() =>
        AssertMessage(Check(TypeSymbol.Char, Range(TypeSymbol.Char, 'a', 'z')),
            "non-exhaustive patterns: `'\\0'..='`'`, `'{'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered");

    // fn f(c: char) { match c { '\0'..='\u{D7FF}' => {} '\u{E000}'..='\u{10FFFF}' => {} } }
    [Test]
    public void Char_without_surrogates_is_exhaustive() =>
        AssertResult(Check(TypeSymbol.Char, Range(TypeSymbol.Char, 0, 0xD7FF), Range(TypeSymbol.Char, 0xE000, 0x10FFFF)), [], []);

    // fn f(c: char) { match c { '\0'..='\u{10FFFF}' => {} } }
    [Test]
    public void Char_range_spanning_the_surrogates_is_exhaustive() =>
        AssertResult(Check(TypeSymbol.Char, Range(TypeSymbol.Char, 0, 0x10FFFF)), [], []);

    // fn f(c: char) { match c { 'a' => {} } }  (with '\0'..='a' and 'c'..) → `'b'` not covered
    // fn f(c: char) { match c { '\0'..='\'' => {} ')'..='\u{10FFFF}' => {} } }   `'('` not covered
    // fn f(c: char) { match c { '\0'..='\u{9}' => {} '\u{b}'..='\u{10FFFF}' => {} } }   `'\n'` not covered
    // fn f(c: char) { match c { '\0'..='[' => {} ']'..='\u{10ffff}' => {} } }   `'\\'` not covered
    // fn f(c: char) { match c { '\0'..='\u{ff}' => {} '\u{101}'..='\u{10FFFF}' => {} } }   `'Ā'` not covered
    // fn f(c: char) { match c { '\0'..='\u{2ff}' => {} '\u{301}'..='\u{10ffff}' => {} } }   `'\u{300}'` not covered
    // fn f(c: char) { match c { '\0'..='\u{1f}' => {} '!'..='\u{10ffff}' => {} } }   `' '` not covered
    [TestCase('b', "'b'")]
    [TestCase('(', "'('")]
    [TestCase('\n', "'\\n'")]
    [TestCase('\\', "'\\\\'")]
    [TestCase('"', "'\"'")]
    [TestCase(0x100, "'Ā'")]
    [TestCase(0x300, "'\\u{300}'")]
    [TestCase(' ', "' '")]
    public void A_single_missing_char_is_printed_like_rustc(int missing, string expected) =>
        AssertMessage(Check(TypeSymbol.Char, Range(TypeSymbol.Char, 0, missing - 1), Range(TypeSymbol.Char, missing + 1, 0x10FFFF)),
            $"non-exhaustive patterns: `{expected}` not covered");

    // ---- references ----

    // fn f(o: &Option<i32>) { match o { Some(_) => {} } }   `&None` not covered
    [Test]
    public void Reference_to_option_with_default_binding_mode()
    {
        var option = OptionOf(TypeSymbol.I32);
        var type = new ReferenceType(option, false);
        AssertMessage(Check(type, Deref(type, V(option, "Some", W(TypeSymbol.I32)))), "non-exhaustive patterns: `&None` not covered");
    }

    // fn f(r: &&bool) { match r { &&true => {} } }   `&&false` not covered
    [Test]
    public void Reference_to_reference()
    {
        var inner = new ReferenceType(TypeSymbol.Bool, false);
        var type = new ReferenceType(inner, false);
        AssertMessage(Check(type, Deref(type, Deref(inner, Lit(TypeSymbol.Bool, true)))), "non-exhaustive patterns: `&&false` not covered");
    }

    // fn f(r: &(bool, Option<bool>)) { match r { (true, _) | (false, None) => {} } }   `&(false, Some(_))` not covered
    [Test]
    public void Reference_with_or_pattern_inside()
    {
        var tuple = TupleOf(TypeSymbol.Bool, OptionOf(TypeSymbol.Bool));
        var type = new ReferenceType(tuple, false);
        var pattern = Deref(type, Or(tuple,
            Tup(tuple, Lit(TypeSymbol.Bool, true), W(OptionOf(TypeSymbol.Bool))),
            Tup(tuple, Lit(TypeSymbol.Bool, false), V(OptionOf(TypeSymbol.Bool), "None"))));
        AssertMessage(Check(type, pattern), "non-exhaustive patterns: `&(false, Some(_))` not covered");
    }

    // fn f(s: &str) { match s { "a" => {} } }   `&_` not covered
    [Test]
    public void Str_needs_a_wildcard() =>
        AssertMessage(Check(TypeSymbol.StrRef, Lit(TypeSymbol.StrRef, "a")), "non-exhaustive patterns: `&_` not covered");

    // fn f(x: (&str, bool)) { match x { ("a", true) => {} } }   `(&_, _)` not covered
    [Test]
    public void Str_inside_a_tuple()
    {
        var type = TupleOf(TypeSymbol.StrRef, TypeSymbol.Bool);
        AssertMessage(Check(type, Tup(type, Lit(TypeSymbol.StrRef, "a"), Lit(TypeSymbol.Bool, true))), "non-exhaustive patterns: `(&_, _)` not covered");
    }

    // fn f(x: f64) { match x { 0.0 => {} } }   `_` not covered
    [Test]
    public void Float_needs_a_wildcard() =>
        AssertMessage(Check(TypeSymbol.F64, Lit(TypeSymbol.F64, 0.0)), "non-exhaustive patterns: `_` not covered");

    // fn f(x: &str) { match x { "a" => {} "a" => {} _ => {} } }   warning: unreachable pattern (the second arm)
    [Test]
    public void Repeated_string_literal_is_unreachable() =>
        AssertResult(Check(TypeSymbol.StrRef, Lit(TypeSymbol.StrRef, "a"), Lit(TypeSymbol.StrRef, "a"), W(TypeSymbol.StrRef)), [], [1]);

    // ---- or-patterns ----

    // fn f(b: bool) { match b { true | false => {} true => {} } }   warning: unreachable pattern (the second arm)
    [Test]
    public void Or_pattern_covering_bool_makes_later_arms_unreachable() =>
        AssertResult(Check(TypeSymbol.Bool, Or(TypeSymbol.Bool, Lit(TypeSymbol.Bool, true), Lit(TypeSymbol.Bool, false)), Lit(TypeSymbol.Bool, true)), [], [1]);

    // fn f(x: Option<i32>) { match x { Some(1 | 2) => {} Some(2) => {} Some(_) => {} None => {} } }
    //   warning: unreachable pattern (the second arm)
    [Test]
    public void Or_pattern_inside_a_variant()
    {
        var type = OptionOf(TypeSymbol.I32);
        var result = Check(type,
            V(type, "Some", Or(TypeSymbol.I32, Lit(TypeSymbol.I32, BigInteger.One), Lit(TypeSymbol.I32, new BigInteger(2)))),
            V(type, "Some", Lit(TypeSymbol.I32, new BigInteger(2))),
            V(type, "Some", W(TypeSymbol.I32)),
            V(type, "None"));
        AssertResult(result, [], [1]);
    }

    // ---- guards ----

    // fn f(b: bool, c: bool) { match b { true if c => {} true => {} false => {} } }   no error, no warning
    [Test]
    public void Guarded_arm_does_not_hide_the_next_one()
    {
        var result = CheckGuarded(TypeSymbol.Bool, (Lit(TypeSymbol.Bool, true), true), (Lit(TypeSymbol.Bool, true), false), (Lit(TypeSymbol.Bool, false), false));
        AssertResult(result, [], []);
    }

    // fn f(b: bool, c: bool) { match b { _ if c => {} } }   `true` and `false` not covered
    [Test]
    public void Guarded_wildcard_does_not_count() =>
        AssertMessage(CheckGuarded(TypeSymbol.Bool, (W(TypeSymbol.Bool), true)), "non-exhaustive patterns: `true` and `false` not covered");

    // fn f(o: Option<bool>, c: bool) { match o { None => {} Some(_) if c => {} } }   `Some(_)` not covered
    [Test]
    public void Guarded_variant_leaves_the_variant_missing()
    {
        var type = OptionOf(TypeSymbol.Bool);
        AssertMessage(CheckGuarded(type, (V(type, "None"), false), (V(type, "Some", W(TypeSymbol.Bool)), true)), "non-exhaustive patterns: `Some(_)` not covered");
    }

    // fn f(b: bool) { match b { _ => {} true if c => {} } }   warning: unreachable pattern: a guard does not save an arm
    [Test]
    public void Guarded_arm_after_a_wildcard_is_unreachable() =>
        AssertResult(CheckGuarded(TypeSymbol.Bool, (W(TypeSymbol.Bool), false), (Lit(TypeSymbol.Bool, true), true)), [], [1]);

    // ---- unreachable arms ----

    // fn f(b: bool) { match b { _ => {} true => {} } }   warning: unreachable pattern (the second arm)
    [Test]
    public void Arm_after_a_wildcard_is_unreachable() =>
        AssertResult(Check(TypeSymbol.Bool, W(TypeSymbol.Bool), Lit(TypeSymbol.Bool, true)), [], [1]);

    // fn f(x: Option<bool>) { match x { y @ Some(true) => {} None => {} Some(_) => {} z => {} } }
    //   warning: unreachable pattern (only `z`)
    [Test]
    public void Bindings_are_wildcards_unless_they_have_a_subpattern()
    {
        var type = OptionOf(TypeSymbol.Bool);
        var result = Check(type,
            Bind("y", type, V(type, "Some", Lit(TypeSymbol.Bool, true))),
            V(type, "None"),
            V(type, "Some", W(TypeSymbol.Bool)),
            Bind("z", type));
        AssertResult(result, [], [3]);
    }

    // fn f(x: u8) { match x { 0..=10 => {} 5 => {} 11..=255 => {} } }   warning: unreachable pattern (the second arm)
    [Test]
    public void Literal_inside_an_earlier_range_is_unreachable() =>
        AssertResult(Check(TypeSymbol.U8, Range(TypeSymbol.U8, 0, 10), Lit(TypeSymbol.U8, new BigInteger(5)), Range(TypeSymbol.U8, 11, 255)), [], [1]);

    // ---- structs and struct variants ----

    // fn f(p: P) { match p { P { x: true, y: _ } => {} } }   `P { x: false, .. }` not covered
    [Test]
    public void Struct_with_a_wildcard_field_prints_dot_dot() =>
        AssertMessage(Check(P, V(P, "P", Lit(TypeSymbol.Bool, true), W(TypeSymbol.Bool))), "non-exhaustive patterns: `P { x: false, .. }` not covered");

    // fn f(p: P) { match p { P { x: true, y: true } => {} P { x: false, .. } => {} } }   `P { x: true, y: false }` not covered
    [Test]
    public void Struct_with_every_field_set_prints_them_all() =>
        AssertMessage(Check(P, V(P, "P", Lit(TypeSymbol.Bool, true), Lit(TypeSymbol.Bool, true)), V(P, "P", Lit(TypeSymbol.Bool, false), W(TypeSymbol.Bool))),
            "non-exhaustive patterns: `P { x: true, y: false }` not covered");

    // fn f(p: &P) { match p { P { x: true, .. } => {} } }   `&P { x: false, .. }` not covered
    [Test]
    public void Struct_behind_a_reference()
    {
        var type = new ReferenceType(P, false);
        AssertMessage(Check(type, Deref(type, V(P, "P", Lit(TypeSymbol.Bool, true), W(TypeSymbol.Bool)))), "non-exhaustive patterns: `&P { x: false, .. }` not covered");
    }

    // fn f(p: Point) { match p { Point(0, _) => {} } }
    //   `Point(i32::MIN..=-1_i32, _)` and `Point(1_i32..=i32::MAX, _)` not covered
    [Test]
    public void Tuple_struct() =>
        AssertMessage(Check(Point, V(Point, "Point", Lit(TypeSymbol.I32, BigInteger.Zero), W(TypeSymbol.I32))),
            "non-exhaustive patterns: `Point(i32::MIN..=-1_i32, _)` and `Point(1_i32..=i32::MAX, _)` not covered");

    // fn f(s: Shape) { match s { Shape::Unit => {} } }
    //   `Shape::Circle { .. }`, `Shape::Rect { .. }` and `Shape::Tup(_, _)` not covered
    [Test]
    public void Struct_and_tuple_variants_with_wildcard_fields() =>
        AssertMessage(Check(Shape, V(Shape, "Unit")),
            "non-exhaustive patterns: `Shape::Circle { .. }`, `Shape::Rect { .. }` and `Shape::Tup(_, _)` not covered");

    // fn f(s: Shape) { match s { Shape::Circle { radius: 0, fill: true } => {} Shape::Rect { .. } => {} Shape::Unit => {} Shape::Tup(..) => {} } }
    //   `Shape::Circle { radius: i32::MIN..=-1_i32, .. }` and `Shape::Circle { radius: 1_i32..=i32::MAX, .. }` not covered
    [Test]
    public void Struct_variant_with_a_missing_field_value()
    {
        var result = Check(Shape,
            V(Shape, "Circle", Lit(TypeSymbol.I32, BigInteger.Zero), Lit(TypeSymbol.Bool, true)),
            V(Shape, "Rect", W(TypeSymbol.F64), W(TypeSymbol.F64)),
            V(Shape, "Unit"),
            V(Shape, "Tup", W(TypeSymbol.I32), W(TypeSymbol.Bool)));
        AssertMessage(result, "non-exhaustive patterns: `Shape::Circle { radius: i32::MIN..=-1_i32, .. }` and `Shape::Circle { radius: 1_i32..=i32::MAX, .. }` not covered");
    }

    // ---- empty types ----

    // enum Void {}  fn f(v: Void) { match v { } }   no error
    [Test]
    public void Empty_enum_with_no_arms_is_exhaustive() => AssertResult(Check(Void), [], []);

    // fn f(v: Void) { match v { _ => {} } }   warning: unreachable pattern
    [Test]
    public void Arm_on_an_empty_enum_is_unreachable() => AssertResult(Check(Void, W(Void)), [], [0]);

    // fn f() -> ! { ... }  match on `!` with no arms: no error
    [Test]
    public void Never_with_no_arms_is_exhaustive() => AssertResult(Check(TypeSymbol.Never), [], []);

    // fn f(r: Result<i32, Void>) { match r { Ok(_) => {} } }   no error
    // fn f(r: Result<i32, Void>) { match r { Ok(_) => {} Err(_) => {} } }   no warning either
    [Test]
    public void Uninhabited_variant_may_be_omitted_and_is_not_linted()
    {
        var type = ResultOf(TypeSymbol.I32, Void);
        AssertResult(Check(type, V(type, "Ok", W(TypeSymbol.I32))), [], []);
        AssertResult(Check(type, V(type, "Ok", W(TypeSymbol.I32)), V(type, "Err", W(Void))), [], []);
    }

    // fn f(r: &Result<i32, Void>) { match r { Ok(_) => {} } }   `&Err(_)` not covered
    [Test]
    public void Uninhabited_variant_behind_a_reference_must_be_matched()
    {
        var result = ResultOf(TypeSymbol.I32, Void);
        var type = new ReferenceType(result, false);
        AssertMessage(Check(type, Deref(type, V(result, "Ok", W(TypeSymbol.I32)))), "non-exhaustive patterns: `&Err(_)` not covered");
    }

    // fn f(r: &Void) { match r { } }   error[E0004]: non-exhaustive patterns: type `&Void` is non-empty
    [Test]
    public void Reference_to_an_empty_enum_is_not_empty()
    {
        var type = new ReferenceType(Void, false);
        var result = Check(type);
        AssertResult(result, ["&_"], []);
        Assert.That(Exhaustiveness.NonExhaustiveMessage(type, 0, result.Missing), Is.EqualTo("non-exhaustive patterns: type `&Void` is non-empty"));
    }

    // ---- errors and messages ----

    [Test]
    public void Error_type_reports_nothing() => AssertResult(Check(TypeSymbol.Error, Lit(TypeSymbol.Error, true)), [], []);

    [Test]
    public void Missing_message_joins_like_rustc()
    {
        Assert.That(Exhaustiveness.MissingMessage(["None"]), Is.EqualTo("non-exhaustive patterns: `None` not covered"));
        Assert.That(Exhaustiveness.MissingMessage(["A", "B"]), Is.EqualTo("non-exhaustive patterns: `A` and `B` not covered"));
        Assert.That(Exhaustiveness.MissingMessage(["A", "B", "C"]), Is.EqualTo("non-exhaustive patterns: `A`, `B` and `C` not covered"));
        Assert.That(Exhaustiveness.MissingMessage(["A", "B", "C", "D", "E"]), Is.EqualTo("non-exhaustive patterns: `A`, `B`, `C` and 2 more not covered"));
    }

    // ---- helpers ----

    private static void AssertResult(ExhaustivenessResult result, string[] missing, int[] unreachable)
    {
        Assert.That(result.Missing, Is.EqualTo(missing), "missing");
        Assert.That(result.UnreachableArms, Is.EqualTo(unreachable), "unreachable arms");
    }

    private static void AssertMessage(ExhaustivenessResult result, string message)
    {
        Assert.That(result.Missing, Is.Not.Empty, "the match should not be exhaustive");
        Assert.That(Exhaustiveness.MissingMessage(result.Missing), Is.EqualTo(message));
        Assert.That(result.UnreachableArms, Is.Empty, "unreachable arms");
    }

    private static ExhaustivenessResult Check(TypeSymbol scrutinee, params BoundPattern[] arms) =>
        Exhaustiveness.Check(scrutinee, [.. arms.Select(a => (a, false))], PreludeVariants);

    private static ExhaustivenessResult CheckGuarded(TypeSymbol scrutinee, params (BoundPattern Pattern, bool HasGuard)[] arms) =>
        Exhaustiveness.Check(scrutinee, arms, PreludeVariants);

    private static BoundPattern W(TypeSymbol type) => new BoundWildcardPattern(At, type);

    private static BoundPattern Bind(string name, TypeSymbol type, BoundPattern? sub = null) =>
        new BoundBindingPattern(At, type, new LocalSymbol(name, type, false, At), false, sub);

    private static BoundPattern Lit(TypeSymbol type, object value) => new BoundLiteralPattern(At, type, value);

    private static BoundPattern Range(TypeSymbol type, BigInteger low, BigInteger high, bool inclusive = true) =>
        new BoundRangePattern(At, type, low, high, inclusive);

    private static BoundPattern Tup(TypeSymbol type, params BoundPattern[] elements) => new BoundTuplePattern(At, type, [.. elements]);

    private static BoundPattern Or(TypeSymbol type, params BoundPattern[] alternatives) => new BoundOrPattern(At, type, [.. alternatives]);

    private static BoundPattern Deref(TypeSymbol type, BoundPattern inner) => new BoundDerefPattern(At, type, inner);

    private static BoundPattern V(AdtType type, string variant, params BoundPattern[] fields) =>
        new BoundVariantPattern(At, type, type.Adt.FindVariant(variant) ?? throw new ArgumentException(variant), [.. fields]);

    private static TypeSymbol TupleOf(params TypeSymbol[] elements) => new TupleType(new ValueArray<TypeSymbol>([.. elements]));

    private static AdtType OptionOf(TypeSymbol argument) => Type(OptionAdt, argument);

    private static AdtType ResultOf(TypeSymbol ok, TypeSymbol err) => Type(ResultAdt, ok, err);

    private static AdtType Type(AdtSymbol adt, params TypeSymbol[] arguments) => new(adt, new ValueArray<TypeSymbol>([.. arguments]));

    private static Func<AdtSymbol, int, VariantSymbol> Unit(string name) =>
        (owner, index) => new VariantSymbol(owner, name, index, StructKind.Unit, [], index);

    private static Func<AdtSymbol, int, VariantSymbol> Tuple(string name, params TypeSymbol[] types) =>
        (owner, index) => new VariantSymbol(owner, name, index, StructKind.Tuple, [.. types.Select((t, i) => new FieldSymbol($"{i}", i, t))], index);

    private static Func<AdtSymbol, int, VariantSymbol> Named(string name, params (string Name, TypeSymbol Type)[] fields) =>
        (owner, index) => new VariantSymbol(owner, name, index, StructKind.Named, [.. fields.Select((f, i) => new FieldSymbol(f.Name, i, f.Type))], index);

    private static AdtSymbol DeclareEnum(string name, ImmutableArray<GenericParameterSymbol> generics, params Func<AdtSymbol, int, VariantSymbol>[] variants) =>
        Declare(name, AdtKind.Enum, generics, variants);

    private static AdtSymbol DeclareStruct(string name, Func<AdtSymbol, int, VariantSymbol> shape) => Declare(name, AdtKind.Struct, [], [shape]);

    private static AdtSymbol Declare(string name, AdtKind kind, ImmutableArray<GenericParameterSymbol> generics, Func<AdtSymbol, int, VariantSymbol>[] variants)
    {
        var declaration = new EnumItemSyntax(At, [], false, new Identifier(name, At), GenericsSyntax.Empty(At), []);
        var adt = new AdtSymbol(name, kind, generics, [], declaration);
        adt.SetVariants([.. variants.Select((v, i) => v(adt, i))]);
        return adt;
    }
}
