using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>`123`, `0xff_u8`, `1i64`: the value is parsed (no sign), the suffix kept (`u8`) or null.</summary>
public sealed record IntegerLiteralSyntax(TextSpan Span, BigInteger Value, string? Suffix) : ExpressionSyntax(Span);

/// <summary>`1.5`, `2e10`, `1f64`: Text is the literal without underscores and suffix.</summary>
public sealed record FloatLiteralSyntax(TextSpan Span, double Value, string Text, string? Suffix) : ExpressionSyntax(Span);

public sealed record BoolLiteralSyntax(TextSpan Span, bool Value) : ExpressionSyntax(Span);

/// <summary>`'a'`, `'\n'`, `'\u{1F600}'`: the Unicode scalar value.</summary>
public sealed record CharLiteralSyntax(TextSpan Span, int Value) : ExpressionSyntax(Span);

/// <summary>`b'a'`: a u8.</summary>
public sealed record ByteLiteralSyntax(TextSpan Span, byte Value) : ExpressionSyntax(Span);

/// <summary>
/// `"text"` or `r"raw"` with escapes already decoded. <see cref="ContentStart"/> is the source
/// offset of the first character after the opening quote; <see cref="IsRaw"/> tells whether
/// source characters map one to one onto <see cref="Value"/> (used to point inside format strings).
/// </summary>
public sealed record StringLiteralSyntax(TextSpan Span, string Value, int ContentStart, bool IsRaw) : ExpressionSyntax(Span);

/// <summary>A path used as a value: a local, a function, a const, a unit struct or variant, `Self::new`, `max::&lt;i32&gt;`.</summary>
public sealed record PathExpressionSyntax(TextSpan Span, PathSyntax Path) : ExpressionSyntax(Span);

/// <summary>`&lt;T as Trait&gt;::name` (qualified path).</summary>
public sealed record QualifiedPathExpressionSyntax(TextSpan Span, TypeSyntax SelfType, PathSyntax? Trait, ImmutableArray<PathSegmentSyntax> Rest) : ExpressionSyntax(Span);

public enum BinaryOperator
{
    Add, Sub, Mul, Div, Rem,
    BitAnd, BitOr, BitXor, Shl, Shr,
    Eq, Ne, Lt, Le, Gt, Ge,
    And, Or,
}

/// <summary>`a op b`; OperatorSpan points at the operator token.</summary>
public sealed record BinaryExpressionSyntax(TextSpan Span, BinaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);

public enum UnaryOperator
{
    /// <summary>`-x`.</summary>
    Neg,
    /// <summary>`!x`.</summary>
    Not,
    /// <summary>`*x`.</summary>
    Deref,
}

public sealed record UnaryExpressionSyntax(TextSpan Span, UnaryOperator Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span);

/// <summary>`&amp;x`, `&amp;mut x`.</summary>
public sealed record ReferenceExpressionSyntax(TextSpan Span, bool IsMutable, ExpressionSyntax Operand) : ExpressionSyntax(Span);

/// <summary>`x = v` (Operator null) or `x op= v`.</summary>
public sealed record AssignmentExpressionSyntax(TextSpan Span, BinaryOperator? Operator, TextSpan OperatorSpan, ExpressionSyntax Target, ExpressionSyntax Value) : ExpressionSyntax(Span);

/// <summary>`f(args)`, `S(a, b)`, `Some(x)`, `(closure)(x)`.</summary>
public sealed record CallExpressionSyntax(TextSpan Span, ExpressionSyntax Callee, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

/// <summary>`receiver.name::&lt;G&gt;(args)`.</summary>
public sealed record MethodCallExpressionSyntax(TextSpan Span, ExpressionSyntax Receiver, Identifier Name, ImmutableArray<TypeSyntax> GenericArgs, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

/// <summary>`target.name` or `target.0` (Name.Text is the digits for a tuple field).</summary>
public sealed record FieldExpressionSyntax(TextSpan Span, ExpressionSyntax Target, Identifier Name) : ExpressionSyntax(Span);

/// <summary>`target[index]`.</summary>
public sealed record IndexExpressionSyntax(TextSpan Span, ExpressionSyntax Target, ExpressionSyntax Index) : ExpressionSyntax(Span);

/// <summary>`value as Type`.</summary>
public sealed record CastExpressionSyntax(TextSpan Span, ExpressionSyntax Value, TypeSyntax Type) : ExpressionSyntax(Span);

/// <summary>`expr?`.</summary>
public sealed record TryExpressionSyntax(TextSpan Span, ExpressionSyntax Operand) : ExpressionSyntax(Span);

/// <summary>`(e)`: kept so diagnostics and lints can see the parentheses.</summary>
public sealed record ParenthesizedExpressionSyntax(TextSpan Span, ExpressionSyntax Inner) : ExpressionSyntax(Span);

/// <summary>`()` or `(a, b)` or `(a,)`.</summary>
public sealed record TupleExpressionSyntax(TextSpan Span, ImmutableArray<ExpressionSyntax> Elements) : ExpressionSyntax(Span);

/// <summary>`[a, b, c]`.</summary>
public sealed record ArrayExpressionSyntax(TextSpan Span, ImmutableArray<ExpressionSyntax> Elements) : ExpressionSyntax(Span);

/// <summary>`[value; count]`.</summary>
public sealed record ArrayRepeatExpressionSyntax(TextSpan Span, ExpressionSyntax Value, ExpressionSyntax Count) : ExpressionSyntax(Span);

/// <summary>`Path { a: x, b, ..base }`; a shorthand field `b` has Value = a path expression `b`.</summary>
public sealed record StructExpressionSyntax(TextSpan Span, PathSyntax Path, ImmutableArray<FieldInitializerSyntax> Fields, ExpressionSyntax? Base) : ExpressionSyntax(Span);

public sealed record FieldInitializerSyntax(TextSpan Span, Identifier Name, ExpressionSyntax Value, bool IsShorthand) : SyntaxNode(Span);

/// <summary>`a..b`, `a..=b`, `a..`, `..b`, `..`.</summary>
public sealed record RangeExpressionSyntax(TextSpan Span, ExpressionSyntax? Start, ExpressionSyntax? End, bool IsInclusive) : ExpressionSyntax(Span);

/// <summary>`'label: { statements; tail }` (Label null for an unlabelled block).</summary>
public sealed record BlockExpressionSyntax(TextSpan Span, Identifier? Label, ImmutableArray<StatementSyntax> Statements, ExpressionSyntax? Tail) : ExpressionSyntax(Span);

/// <summary>`unsafe { statements; tail }`: a block in which raw pointers may be dereferenced and `unsafe fn`s called.</summary>
public sealed record UnsafeBlockExpressionSyntax(TextSpan Span, BlockExpressionSyntax Block) : ExpressionSyntax(Span);

/// <summary>`if cond { } else ...`; the condition is an expression or a <see cref="LetConditionSyntax"/> (`if let`).</summary>
public sealed record IfExpressionSyntax(TextSpan Span, ExpressionSyntax Condition, BlockExpressionSyntax Then, ExpressionSyntax? Else) : ExpressionSyntax(Span);

/// <summary>`let Pattern = value` as the condition of `if let` / `while let`.</summary>
public sealed record LetConditionSyntax(TextSpan Span, PatternSyntax Pattern, ExpressionSyntax Value) : ExpressionSyntax(Span);

/// <summary>`'label: while cond { }` (cond may be a <see cref="LetConditionSyntax"/>).</summary>
public sealed record WhileExpressionSyntax(TextSpan Span, Identifier? Label, ExpressionSyntax Condition, BlockExpressionSyntax Body) : ExpressionSyntax(Span);

/// <summary>`'label: loop { }`.</summary>
public sealed record LoopExpressionSyntax(TextSpan Span, Identifier? Label, BlockExpressionSyntax Body) : ExpressionSyntax(Span);

/// <summary>`'label: for pattern in iterable { }`.</summary>
public sealed record ForExpressionSyntax(TextSpan Span, Identifier? Label, PatternSyntax Pattern, ExpressionSyntax Iterable, BlockExpressionSyntax Body) : ExpressionSyntax(Span);

/// <summary>`break 'label value`.</summary>
public sealed record BreakExpressionSyntax(TextSpan Span, Identifier? Label, ExpressionSyntax? Value) : ExpressionSyntax(Span);

/// <summary>`continue 'label`.</summary>
public sealed record ContinueExpressionSyntax(TextSpan Span, Identifier? Label) : ExpressionSyntax(Span);

/// <summary>`return value`.</summary>
public sealed record ReturnExpressionSyntax(TextSpan Span, ExpressionSyntax? Value) : ExpressionSyntax(Span);

/// <summary>`match scrutinee { arms }`.</summary>
public sealed record MatchExpressionSyntax(TextSpan Span, ExpressionSyntax Scrutinee, ImmutableArray<MatchArmSyntax> Arms) : ExpressionSyntax(Span)
{
    /// <summary>Written `matches!(value, pattern)`, which the parser expands to this match (printers write the call back).</summary>
    public bool IsMatchesMacro { get; init; }
}

/// <summary>`pattern if guard => body`.</summary>
public sealed record MatchArmSyntax(TextSpan Span, PatternSyntax Pattern, ExpressionSyntax? Guard, ExpressionSyntax Body) : SyntaxNode(Span);

/// <summary>`move |a, b: T| -> R body`.</summary>
public sealed record ClosureExpressionSyntax(TextSpan Span, bool IsMove, ImmutableArray<ClosureParameterSyntax> Parameters, TypeSyntax? ReturnType, ExpressionSyntax Body) : ExpressionSyntax(Span);

public sealed record ClosureParameterSyntax(TextSpan Span, PatternSyntax Pattern, TypeSyntax? Type) : SyntaxNode(Span);

/// <summary>
/// A macro call `name!(...)`, `name![...]`. Arguments are parsed as comma-separated expressions
/// (the format string of `println!` is the first). `vec![value; count]` sets
/// <see cref="RepeatCount"/> and has one argument. Named format arguments (`x = 5`) arrive as
/// assignment expressions whose target is a path.
/// </summary>
public sealed record MacroCallExpressionSyntax(TextSpan Span, Identifier Name, ImmutableArray<ExpressionSyntax> Arguments, ExpressionSyntax? RepeatCount) : ExpressionSyntax(Span);
