using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

public abstract record PatternSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>`_`.</summary>
public sealed record WildcardPatternSyntax(TextSpan Span) : PatternSyntax(Span);

/// <summary>`..` inside a tuple, slice or tuple-struct pattern.</summary>
public sealed record RestPatternSyntax(TextSpan Span) : PatternSyntax(Span);

/// <summary>
/// `name`, `mut name`, `ref name`, `ref mut name`, `name @ subpattern`. A lone identifier may
/// also name a unit variant or const; the checker decides.
/// </summary>
public sealed record IdentifierPatternSyntax(TextSpan Span, bool IsRef, bool IsMutable, Identifier Name, PatternSyntax? SubPattern) : PatternSyntax(Span);

/// <summary>A literal: `5`, `-5`, `'a'`, `true`, `"s"` (Literal is the literal expression; IsNegated for `-5`).</summary>
public sealed record LiteralPatternSyntax(TextSpan Span, ExpressionSyntax Literal, bool IsNegated) : PatternSyntax(Span);

/// <summary>`lo..=hi`, `lo..hi`, `lo..`, `..=hi`: bounds are literal or path patterns.</summary>
public sealed record RangePatternSyntax(TextSpan Span, PatternSyntax? Start, PatternSyntax? End, bool IsInclusive) : PatternSyntax(Span);

/// <summary>`(a, b, ..)`.</summary>
public sealed record TuplePatternSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Elements) : PatternSyntax(Span);

/// <summary>`[a, b, rest @ ..]`.</summary>
public sealed record SlicePatternSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Elements) : PatternSyntax(Span);

/// <summary>`Path(a, b)`: a tuple struct or tuple variant.</summary>
public sealed record TupleStructPatternSyntax(TextSpan Span, PathSyntax Path, ImmutableArray<PatternSyntax> Elements) : PatternSyntax(Span);

/// <summary>`Path { a, b: p, .. }`.</summary>
public sealed record StructPatternSyntax(TextSpan Span, PathSyntax Path, ImmutableArray<FieldPatternSyntax> Fields, bool HasRest) : PatternSyntax(Span);

/// <summary>`name: pattern` or the shorthand `name` / `mut name` / `ref name` (Pattern is then an identifier pattern).</summary>
public sealed record FieldPatternSyntax(TextSpan Span, Identifier Name, PatternSyntax Pattern, bool IsShorthand) : SyntaxNode(Span);

/// <summary>A path of two or more segments (`Color::Red`, `Self::A`, `i32::MAX`), naming a unit variant, unit struct or const.</summary>
public sealed record PathPatternSyntax(TextSpan Span, PathSyntax Path) : PatternSyntax(Span);

/// <summary>`a | b | c`.</summary>
public sealed record OrPatternSyntax(TextSpan Span, ImmutableArray<PatternSyntax> Alternatives) : PatternSyntax(Span);

/// <summary>`&amp;pattern`, `&amp;mut pattern`.</summary>
public sealed record ReferencePatternSyntax(TextSpan Span, bool IsMutable, PatternSyntax Inner) : PatternSyntax(Span);
