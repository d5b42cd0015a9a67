using NUnit.Framework;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>Types, each as a parameter type. Lifetimes are parsed and dropped; `(T)` is just T.</summary>
public class TypeTests
{
    [TestCase("i32", "i32")]
    [TestCase("Vec<Vec<i32>>", "Vec<Vec<i32>>")]
    [TestCase("HashMap<String, Vec<u8>>", "HashMap<String, Vec<u8>>")]
    [TestCase("&str", "ReferenceType(false, str)")]
    [TestCase("&'a mut T", "ReferenceType(true, T)")]
    [TestCase("&&str", "ReferenceType(false, ReferenceType(false, str))")]
    [TestCase("*const i32", "RawPointerType(false, i32)")]
    [TestCase("*mut *const Vec<u8>", "RawPointerType(true, RawPointerType(false, Vec<u8>))")]
    [TestCase("(i32, bool)", "TupleType([i32, bool])")]
    [TestCase("(i32,)", "TupleType([i32])")]
    [TestCase("()", "TupleType([])")]
    [TestCase("(i32)", "i32")]
    [TestCase("[u8; 4]", "ArrayType(u8, Integer(4, null))")]
    [TestCase("[[u8; 3]; 3]", "ArrayType(ArrayType(u8, Integer(3, null)), Integer(3, null))")]
    [TestCase("&[T]", "ReferenceType(false, SliceType(T))")]
    [TestCase("&mut [i32]", "ReferenceType(true, SliceType(i32))")]
    [TestCase("dyn Shape", "DynTraitType([TypeBound(Shape, false)])")]
    [TestCase("Box<dyn Fn(i32) -> i32>", "Box<DynTraitType([TypeBound(Fn[i32] -> i32, false)])>")]
    [TestCase("Box<dyn A + B>", "Box<DynTraitType([TypeBound(A, false), TypeBound(B, false)])>")]
    [TestCase("&(dyn A + Send)", "ReferenceType(false, DynTraitType([TypeBound(A, false), TypeBound(Send, false)]))")]
    [TestCase("impl Iterator<Item = u32>", "ImplTraitType([TypeBound(Iterator<Item = u32>, false)])")]
    [TestCase("impl Fn(i32) -> i32 + Copy", "ImplTraitType([TypeBound(Fn[i32] -> i32, false), TypeBound(Copy, false)])")]
    [TestCase("fn(i32) -> i32", "FnPointerType([i32], i32)")]
    [TestCase("fn()", "FnPointerType([], null)")]
    [TestCase("!", "NeverType()")]
    [TestCase("_", "InferType()")]
    [TestCase("Option<Box<Node<T>>>", "Option<Box<Node<T>>>")]
    [TestCase("std::collections::HashMap<K, V>", "std::collections::HashMap<K, V>")]
    [TestCase("T::Item", "T::Item")]
    [TestCase("<T as Iterator>::Item", "QualifiedPathType(T, Iterator, [PathSegment(Item, [], [], null)])")]
    [TestCase("Self", "Self")]
    [TestCase("Vec<&'static str>", "Vec<ReferenceType(false, str)>")]
    [TestCase("Box<dyn FnMut(&mut Vec<i32>)>", "Box<DynTraitType([TypeBound(FnMut[ReferenceType(true, Vec<i32>)] -> null, false)])>")]
    public void Parses(string source, string expected) =>
        Assert.That(Print(Type(source)), Is.EqualTo(expected));
}
