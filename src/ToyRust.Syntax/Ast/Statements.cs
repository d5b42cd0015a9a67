using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

public abstract record StatementSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>`let pattern: Type = value else { diverge };` (every part but the pattern optional).</summary>
public sealed record LetStatementSyntax(TextSpan Span, PatternSyntax Pattern, TypeSyntax? Type, ExpressionSyntax? Initializer, BlockExpressionSyntax? Else) : StatementSyntax(Span);

/// <summary>
/// An expression used as a statement. <see cref="HasSemicolon"/> is false for block-like
/// expressions (`if`, `while`, `match`, ...) written without one in the middle of a block.
/// </summary>
public sealed record ExpressionStatementSyntax(TextSpan Span, ExpressionSyntax Expression, bool HasSemicolon) : StatementSyntax(Span);

/// <summary>An item declared inside a block (`fn helper() {}` inside `main`).</summary>
public sealed record ItemStatementSyntax(TextSpan Span, ItemSyntax Item) : StatementSyntax(Span);

/// <summary>A lone `;`.</summary>
public sealed record EmptyStatementSyntax(TextSpan Span) : StatementSyntax(Span);
