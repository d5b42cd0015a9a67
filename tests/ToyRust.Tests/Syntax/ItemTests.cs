using NUnit.Framework;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>Items: functions with every kind of self parameter, structs, enums, impls, traits, consts, statics, type aliases, `use` (flattened into entries), modules and attributes.</summary>
public class ItemTests
{
    [TestCase("pub fn add<T: Add<Output = T> + Copy>(a: T, b: T) -> T where T: Debug { a + b }", "Function([], true, add, Generics([GenericParam(T, [TypeBound(Add<Output = T>, false), TypeBound(Copy, false)], false, null, null)], [WherePredicate(T, [TypeBound(Debug, false)])]), null, [Parameter(Identifier(false, false, a, null), T), Parameter(Identifier(false, false, b, null), T)], T, Block(null, [], Binary(Add, a, b)), false)")]
    [TestCase("pub unsafe fn f() {}", "Function([], true, f, Generics([], []), null, [], null, Block(null, [], null), true)")]
    [TestCase("fn f(&self) {}", "Function([], false, f, Generics([], []), SelfParam(Ref, false, null), [], null, Block(null, [], null), false)")]
    [TestCase("fn f(&mut self, x: i32) {}", "Function([], false, f, Generics([], []), SelfParam(RefMut, false, null), [Parameter(Identifier(false, false, x, null), i32)], null, Block(null, [], null), false)")]
    [TestCase("fn f(self) {}", "Function([], false, f, Generics([], []), SelfParam(Value, false, null), [], null, Block(null, [], null), false)")]
    [TestCase("fn f(mut self) {}", "Function([], false, f, Generics([], []), SelfParam(Value, true, null), [], null, Block(null, [], null), false)")]
    [TestCase("fn f(self: Box<Self>) {}", "Function([], false, f, Generics([], []), SelfParam(Value, false, Box<Self>), [], null, Block(null, [], null), false)")]
    [TestCase("fn f(&'a self) {}", "Function([], false, f, Generics([], []), SelfParam(Ref, false, null), [], null, Block(null, [], null), false)")]
    [TestCase("fn f((a, b): (i32, i32), mut c: u8) {}", "Function([], false, f, Generics([], []), null, [Parameter(Tuple([Identifier(false, false, a, null), Identifier(false, false, b, null)]), TupleType([i32, i32])), Parameter(Identifier(false, true, c, null), u8)], null, Block(null, [], null), false)")]
    [TestCase("const fn f() {}", "Function([], false, f, Generics([], []), null, [], null, Block(null, [], null), false)")]
    [TestCase("struct Point { pub x: i32, y: i32 }", "Struct([], false, Point, Generics([], []), Named, [Field(true, x, i32), Field(false, y, i32)])")]
    [TestCase("struct Pair<T>(pub T, T);", "Struct([], false, Pair, Generics([GenericParam(T, [], false, null, null)], []), Tuple, [Field(true, null, T), Field(false, null, T)])")]
    [TestCase("struct Unit;", "Struct([], false, Unit, Generics([], []), Unit, [])")]
    [TestCase("struct W<T> where T: Copy { t: T }", "Struct([], false, W, Generics([GenericParam(T, [], false, null, null)], [WherePredicate(T, [TypeBound(Copy, false)])]), Named, [Field(false, t, T)])")]
    [TestCase("enum E { A, B(i32, i32), C { x: f64 }, D = 5 }", "Enum([], false, E, Generics([], []), [Variant(A, Unit, [], null), Variant(B, Tuple, [Field(false, null, i32), Field(false, null, i32)], null), Variant(C, Named, [Field(false, x, f64)], null), Variant(D, Unit, [], Integer(5, null))])")]
    [TestCase("enum Option<T> { None, Some(T) }", "Enum([], false, Option, Generics([GenericParam(T, [], false, null, null)], []), [Variant(None, Unit, [], null), Variant(Some, Tuple, [Field(false, null, T)], null)])")]
    [TestCase("impl Point { fn new() -> Self { Self { x: 0, y: 0 } } }", "Impl([], false, Generics([], []), null, Point, [Function([], false, new, Generics([], []), null, [], Self, Block(null, [], Struct(Self, [FieldInitializer(x, Integer(0, null), false), FieldInitializer(y, Integer(0, null), false)], null)), false)])")]
    [TestCase("impl<T: Display> fmt::Display for Wrapper<T> { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, \"{}\", self.0) } }", "Impl([], false, Generics([GenericParam(T, [TypeBound(Display, false)], false, null, null)], []), fmt::Display, Wrapper<T>, [Function([], false, fmt, Generics([], []), SelfParam(Ref, false, null), [Parameter(Identifier(false, false, f, null), ReferenceType(true, fmt::Formatter))], fmt::Result, Block(null, [], MacroCall(write, [f, String(\"{}\", false), Field(self, 0)], null)), false)])")]
    [TestCase("impl<T> Iterator for Counter<T> { type Item = T; fn next(&mut self) -> Option<T> { None } }", "Impl([], false, Generics([GenericParam(T, [], false, null, null)], []), Iterator, Counter<T>, [TypeAlias([], false, Item, Generics([], []), [], T), Function([], false, next, Generics([], []), SelfParam(RefMut, false, null), [], Option<T>, Block(null, [], None), false)])")]
    [TestCase("trait Shape: Debug + Clone { const SIDES: u32; const N: u32 = 4; type Out: Copy; fn area(&self) -> f64; fn twice(&self) -> f64 { 2.0 * self.area() } }", "Trait([], false, Shape, Generics([], []), [TypeBound(Debug, false), TypeBound(Clone, false)], [Const([], false, SIDES, u32, null), Const([], false, N, u32, Integer(4, null)), TypeAlias([], false, Out, Generics([], []), [TypeBound(Copy, false)], null), Function([], false, area, Generics([], []), SelfParam(Ref, false, null), [], f64, null, false), Function([], false, twice, Generics([], []), SelfParam(Ref, false, null), [], f64, Block(null, [], Binary(Mul, Float(2, \"2.0\", null), MethodCall(self, area, [], []))), false)])")]
    [TestCase("trait Add<Rhs = Self> { type Output; }", "Trait([], false, Add, Generics([GenericParam(Rhs, [], false, null, Self)], []), [], [TypeAlias([], false, Output, Generics([], []), [], null)])")]
    [TestCase("const MAX: usize = 10;", "Const([], false, MAX, usize, Integer(10, null))")]
    [TestCase("const _: () = ();", "Const([], false, _, TupleType([]), Tuple([]))")]
    [TestCase("static mut COUNT: u64 = 0;", "Static([], false, true, COUNT, u64, Integer(0, null))")]
    [TestCase("static NAME: &str = \"x\";", "Static([], false, false, NAME, ReferenceType(false, str), String(\"x\", false))")]
    [TestCase("type Grid = [[u8; 3]; 3];", "TypeAlias([], false, Grid, Generics([], []), [], ArrayType(ArrayType(u8, Integer(3, null)), Integer(3, null)))")]
    [TestCase("type Pair<T> = (T, T);", "TypeAlias([], false, Pair, Generics([GenericParam(T, [], false, null, null)], []), [], TupleType([T, T]))")]
    [TestCase("use std::fmt;", "Use([], false, [UseEntry(std::fmt, null, false)])")]
    [TestCase("use std::collections::{HashMap, hash_map::Entry as E, self};", "Use([], false, [UseEntry(std::collections::HashMap, null, false), UseEntry(std::collections::hash_map::Entry, E, false), UseEntry(std::collections, null, false)])")]
    [TestCase("use std::ops::*;", "Use([], false, [UseEntry(std::ops, null, true)])")]
    [TestCase("use a::{b::{c, d as e}, f::*};", "Use([], false, [UseEntry(a::b::c, null, false), UseEntry(a::b::d, e, false), UseEntry(a::f, null, true)])")]
    [TestCase("pub use crate::x::y;", "Use([], true, [UseEntry(crate::x::y, null, false)])")]
    [TestCase("mod inner { pub fn f() {} fn g() {} }", "Module([], false, inner, [Function([], true, f, Generics([], []), null, [], null, Block(null, [], null), false), Function([], false, g, Generics([], []), null, [], null, Block(null, [], null), false)])")]
    [TestCase("#[derive(Clone, Copy, PartialEq, Debug)] struct S;", "Struct([Attribute(false, derive, [Clone, Copy, PartialEq, Debug], null)], false, S, Generics([], []), Unit, [])")]
    [TestCase("#[allow(dead_code)] fn f() {}", "Function([Attribute(false, allow, [dead_code], null)], false, f, Generics([], []), null, [], null, Block(null, [], null), false)")]
    [TestCase("#[rustfmt::skip] fn f() {}", "Function([Attribute(false, rustfmt::skip, [], null)], false, f, Generics([], []), null, [], null, Block(null, [], null), false)")]
    public void Parses(string source, string expected) =>
        Assert.That(Print(Item(source)), Is.EqualTo(expected));
}
