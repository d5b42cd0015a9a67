using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

/// <summary>
/// The AST: what was written, with spans. It is built from the ANTLR parse tree by the
/// syntax project and is the only tree later phases see. Nodes are immutable; later phases
/// key side tables on node identity (reference), so nodes are never shared between places.
/// </summary>
public abstract record SyntaxNode(TextSpan Span)
{
    /// <summary>The node written back as Rust (<see cref="SyntaxPrinter"/>), never a record dump: nodes end up in messages.</summary>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}

/// <summary>An identifier with its own span (for diagnostics that point at a name).</summary>
public sealed record Identifier(string Text, TextSpan Span)
{
    public override string ToString() => Text;
}

/// <summary>`#[name(args)]` or `#![name = "value"]`; arguments are kept as identifiers or literal text.</summary>
public sealed record AttributeSyntax(TextSpan Span, bool IsInner, Identifier Name, ImmutableArray<Identifier> Arguments, string? Value) : SyntaxNode(Span);

/// <summary>The whole file: inner attributes (`#![recursion_limit = "N"]`) and items.</summary>
public sealed record CompilationUnitSyntax(TextSpan Span, ImmutableArray<AttributeSyntax> InnerAttributes, ImmutableArray<ItemSyntax> Items) : SyntaxNode(Span);

/// <summary>`a::b::<T>::c`: a path of segments, each with optional generic arguments.</summary>
public sealed record PathSyntax(TextSpan Span, ImmutableArray<PathSegmentSyntax> Segments) : SyntaxNode(Span)
{
    public Identifier Last => Segments[^1].Name;
}

/// <summary>
/// One path segment. <see cref="GenericArgs"/> holds `&lt;T, U&gt;` (with or without turbofish);
/// <see cref="AssociatedTypeArgs"/> holds `Item = T` bindings; <see cref="FnSugar"/> is set for
/// `Fn(A, B) -> C` bounds.
/// </summary>
public sealed record PathSegmentSyntax(
    TextSpan Span,
    Identifier Name,
    ImmutableArray<TypeSyntax> GenericArgs,
    ImmutableArray<AssociatedTypeBindingSyntax> AssociatedTypeArgs,
    FnSugarSyntax? FnSugar) : SyntaxNode(Span);

/// <summary>`Item = i32` inside generic arguments.</summary>
public sealed record AssociatedTypeBindingSyntax(TextSpan Span, Identifier Name, TypeSyntax Type) : SyntaxNode(Span);

/// <summary>`(A, B) -> C` in `Fn(A, B) -> C`.</summary>
public sealed record FnSugarSyntax(TextSpan Span, ImmutableArray<TypeSyntax> Parameters, TypeSyntax? Return) : SyntaxNode(Span);
