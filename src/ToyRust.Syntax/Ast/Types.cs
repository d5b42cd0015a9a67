using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

public abstract record TypeSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>`i32`, `Vec&lt;T&gt;`, `Self`, `T::Item`, `std::ops::Add`.</summary>
public sealed record PathTypeSyntax(TextSpan Span, PathSyntax Path) : TypeSyntax(Span);

/// <summary>`&amp;T`, `&amp;mut T`, `&amp;'a T` (the lifetime is parsed and dropped).</summary>
public sealed record ReferenceTypeSyntax(TextSpan Span, bool IsMutable, TypeSyntax Referent) : TypeSyntax(Span);

/// <summary>`*const T`, `*mut T`.</summary>
public sealed record RawPointerTypeSyntax(TextSpan Span, bool IsMutable, TypeSyntax Pointee) : TypeSyntax(Span);

/// <summary>`()` or `(A, B)`; a one-element tuple is written `(A,)`.</summary>
public sealed record TupleTypeSyntax(TextSpan Span, ImmutableArray<TypeSyntax> Elements) : TypeSyntax(Span);

/// <summary>`[T; N]`.</summary>
public sealed record ArrayTypeSyntax(TextSpan Span, TypeSyntax Element, ExpressionSyntax Length) : TypeSyntax(Span);

/// <summary>`[T]` (only behind a reference).</summary>
public sealed record SliceTypeSyntax(TextSpan Span, TypeSyntax Element) : TypeSyntax(Span);

/// <summary>`dyn Tr + Tr2`.</summary>
public sealed record DynTraitTypeSyntax(TextSpan Span, ImmutableArray<TypeBoundSyntax> Bounds) : TypeSyntax(Span);

/// <summary>`impl Tr + Tr2`.</summary>
public sealed record ImplTraitTypeSyntax(TextSpan Span, ImmutableArray<TypeBoundSyntax> Bounds) : TypeSyntax(Span);

/// <summary>`fn(A) -> B`.</summary>
public sealed record FnPointerTypeSyntax(TextSpan Span, ImmutableArray<TypeSyntax> Parameters, TypeSyntax? Return) : TypeSyntax(Span);

/// <summary>`!`.</summary>
public sealed record NeverTypeSyntax(TextSpan Span) : TypeSyntax(Span);

/// <summary>`_`.</summary>
public sealed record InferTypeSyntax(TextSpan Span) : TypeSyntax(Span);

/// <summary>A trait bound: `PartialOrd`, `Add&lt;Output = T&gt;`, `Fn(i32) -> i32`, `?Sized`; lifetimes are dropped.</summary>
public sealed record TypeBoundSyntax(TextSpan Span, PathSyntax Trait, bool IsMaybe) : SyntaxNode(Span);

/// <summary>`T: A + B` in a parameter list, or `T` alone.</summary>
public sealed record GenericParamSyntax(TextSpan Span, Identifier Name, ImmutableArray<TypeBoundSyntax> Bounds, bool IsConst, TypeSyntax? ConstType) : SyntaxNode(Span)
{
    /// <summary>`Rhs = Self` in `trait Add&lt;Rhs = Self&gt;`: the type used when the argument is left out.</summary>
    public TypeSyntax? Default { get; init; }
}

/// <summary>`where T: A + B` predicate (the bounded type may be any type, e.g. `Vec&lt;T&gt;: Tr`).</summary>
public sealed record WherePredicateSyntax(TextSpan Span, TypeSyntax Type, ImmutableArray<TypeBoundSyntax> Bounds) : SyntaxNode(Span);

/// <summary>Generic parameters and where clause of an item; empty when the item has none.</summary>
public sealed record GenericsSyntax(TextSpan Span, ImmutableArray<GenericParamSyntax> Parameters, ImmutableArray<WherePredicateSyntax> WherePredicates) : SyntaxNode(Span)
{
    public static GenericsSyntax Empty(TextSpan at) => new(at, [], []);
}

/// <summary>
/// `&lt;T as Trait&gt;::Name` or `&lt;T&gt;::Name` in type position (added by the parser; the
/// expression form is <see cref="QualifiedPathExpressionSyntax"/>).
/// </summary>
public sealed record QualifiedPathTypeSyntax(TextSpan Span, TypeSyntax SelfType, PathSyntax? Trait, ImmutableArray<PathSegmentSyntax> Rest) : TypeSyntax(Span);
