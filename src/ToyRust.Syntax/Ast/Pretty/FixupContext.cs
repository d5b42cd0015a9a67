namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>How tightly an expression binds, loosest first (rustc's `ExprPrecedence`).</summary>
internal enum ExprPrecedence
{
    /// <summary>`return x`, `break x`, closures without a return type.</summary>
    Jump,
    Assign,
    Range,
    LOr,
    LAnd,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Product,
    Cast,
    /// <summary>`-x`, `!x`, `*x`, `&amp;x`, `let p = x`.</summary>
    Prefix,
    /// <summary>Paths, literals, calls, blocks, `if`, `match`, parentheses: never need parentheses.</summary>
    Unambiguous,
}

/// <summary>
/// Where an expression is being printed, so the printer can add the parentheses a re-parse would
/// need (rustc_ast_pretty's `fixup.rs`). ToyRust prints parsed source, which keeps its parentheses
/// as nodes, so these rules rarely add any; they are here so that they agree with rustc's when
/// they do (`(match x {}) - 1;`, `(return) - 1`, `if (x {}) == y {}`).
/// </summary>
internal readonly record struct FixupContext(
    bool Stmt,
    bool LeftmostSubexpressionInStmt,
    bool MatchArm,
    bool LeftmostSubexpressionInMatchArm,
    bool ParenthesizeExteriorStructLit,
    bool NextOperatorCanBeginExpr,
    bool NextOperatorCanContinueExpr)
{
    public static FixupContext Default => default;

    /// <summary>An expression statement: `match x {} - 1;` must print its `match` in parentheses.</summary>
    public static FixupContext NewStmt() => default(FixupContext) with { Stmt = true };

    public static FixupContext NewMatchArm() => default(FixupContext) with { MatchArm = true };

    /// <summary>The condition of `if`/`while`, a `for` iterable, a `match` scrutinee: `{` would end it.</summary>
    public static FixupContext NewCond() => default(FixupContext) with { ParenthesizeExteriorStructLit = true };

    /// <summary>For the subexpression sharing the first token of this one (`$a` in `$a + $b`).</summary>
    public FixupContext LeftmostSubexpression() => this with
    {
        Stmt = false,
        LeftmostSubexpressionInStmt = Stmt || LeftmostSubexpressionInStmt,
        MatchArm = false,
        LeftmostSubexpressionInMatchArm = MatchArm || LeftmostSubexpressionInMatchArm,
        NextOperatorCanBeginExpr = false,
        NextOperatorCanContinueExpr = true,
    };

    /// <summary>For a leftmost subexpression followed by `.` or `?`, after which no statement can end.</summary>
    public FixupContext LeftmostSubexpressionWithDot() => this with
    {
        Stmt = Stmt || LeftmostSubexpressionInStmt,
        LeftmostSubexpressionInStmt = false,
        MatchArm = MatchArm || LeftmostSubexpressionInMatchArm,
        LeftmostSubexpressionInMatchArm = false,
        NextOperatorCanBeginExpr = false,
        NextOperatorCanContinueExpr = true,
    };

    /// <summary>
    /// For a leftmost subexpression followed by an operator that could also start an expression
    /// (`-`, `*`, `&amp;`, `(`).
    /// </summary>
    public FixupContext LeftmostSubexpressionWithOperator(bool nextOperatorCanBeginExpr) =>
        LeftmostSubexpression() with { NextOperatorCanBeginExpr = nextOperatorCanBeginExpr };

    /// <summary>For the subexpression sharing the last token of this one (`$b` in `$a + $b`, `-$b`).</summary>
    public FixupContext RightmostSubexpression() => this with
    {
        Stmt = false,
        LeftmostSubexpressionInStmt = false,
        MatchArm = false,
        LeftmostSubexpressionInMatchArm = false,
    };

    /// <summary>Would <paramref name="e"/> end the statement (or match arm) early if printed bare here?</summary>
    public bool WouldCauseStatementBoundary(ExpressionSyntax e) =>
        (LeftmostSubexpressionInStmt && !Classify.RequiresSemiToBeStmt(e))
        || (LeftmostSubexpressionInMatchArm && Classify.IsComplete(e));

    /// <summary>`if let _ = (Struct {}) {}` and `if let _ = (a &amp;&amp; b) {}` need their parentheses.</summary>
    public bool NeedsParenthesesAsLetScrutinee(ExpressionSyntax e) =>
        (ParenthesizeExteriorStructLit && Classify.ContainsExteriorStructLiteral(e))
        || Precedence(e) <= ExprPrecedence.LAnd;

    /// <summary>
    /// The precedence of <paramref name="e"/> where it stands: a bare `return` or `break` binds
    /// loosely before an operator that could start its value (`(return) - 1`), and what runs to the
    /// end of the expression binds tightly when nothing can follow it.
    /// </summary>
    public ExprPrecedence Precedence(ExpressionSyntax e)
    {
        if (NextOperatorCanBeginExpr && e is BreakExpressionSyntax or ReturnExpressionSyntax) return ExprPrecedence.Jump;
        if (!NextOperatorCanContinueExpr
            && e is BreakExpressionSyntax or ClosureExpressionSyntax or ReturnExpressionSyntax
                or RangeExpressionSyntax { Start: null })
        {
            return ExprPrecedence.Prefix;
        }
        return Classify.PrecedenceOf(e);
    }
}

/// <summary>Syntactic classifications of expressions (rustc's `util/classify.rs` and `Expr::precedence`).</summary>
internal static class Classify
{
    public static ExprPrecedence PrecedenceOf(ExpressionSyntax e) => e switch
    {
        ClosureExpressionSyntax c => c.ReturnType is null ? ExprPrecedence.Jump : ExprPrecedence.Unambiguous,
        BreakExpressionSyntax b => b.Value is null ? ExprPrecedence.Unambiguous : ExprPrecedence.Jump,
        ReturnExpressionSyntax r => r.Value is null ? ExprPrecedence.Unambiguous : ExprPrecedence.Jump,
        RangeExpressionSyntax => ExprPrecedence.Range,
        BinaryExpressionSyntax b => PrecedenceOf(b.Operator),
        CastExpressionSyntax => ExprPrecedence.Cast,
        AssignmentExpressionSyntax => ExprPrecedence.Assign,
        ReferenceExpressionSyntax or LetConditionSyntax or UnaryExpressionSyntax => ExprPrecedence.Prefix,
        IntegerLiteralSyntax or FloatLiteralSyntax or BoolLiteralSyntax or CharLiteralSyntax or ByteLiteralSyntax
            or StringLiteralSyntax or PathExpressionSyntax or QualifiedPathExpressionSyntax or CallExpressionSyntax
            or MethodCallExpressionSyntax or FieldExpressionSyntax or IndexExpressionSyntax or TryExpressionSyntax
            or ParenthesizedExpressionSyntax or TupleExpressionSyntax or ArrayExpressionSyntax
            or ArrayRepeatExpressionSyntax or StructExpressionSyntax or BlockExpressionSyntax or UnsafeBlockExpressionSyntax or IfExpressionSyntax
            or WhileExpressionSyntax or LoopExpressionSyntax or ForExpressionSyntax or ContinueExpressionSyntax
            or MatchExpressionSyntax or MacroCallExpressionSyntax => ExprPrecedence.Unambiguous,
        _ => throw new InvalidOperationException($"PrettyPrinter does not know {e.GetType().Name}"),
    };

    public static ExprPrecedence PrecedenceOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Mul or BinaryOperator.Div or BinaryOperator.Rem => ExprPrecedence.Product,
        BinaryOperator.Add or BinaryOperator.Sub => ExprPrecedence.Sum,
        BinaryOperator.Shl or BinaryOperator.Shr => ExprPrecedence.Shift,
        BinaryOperator.BitAnd => ExprPrecedence.BitAnd,
        BinaryOperator.BitXor => ExprPrecedence.BitXor,
        BinaryOperator.BitOr => ExprPrecedence.BitOr,
        BinaryOperator.Eq or BinaryOperator.Ne or BinaryOperator.Lt or BinaryOperator.Le
            or BinaryOperator.Gt or BinaryOperator.Ge => ExprPrecedence.Compare,
        BinaryOperator.And => ExprPrecedence.LAnd,
        BinaryOperator.Or => ExprPrecedence.LOr,
        _ => throw new InvalidOperationException($"PrettyPrinter does not know operator {op}"),
    };

    /// <summary>Comparisons do not chain: `a &lt; b &lt; c` is an error, so both operands bind tighter.</summary>
    public static bool IsComparison(BinaryOperator op) => PrecedenceOf(op) == ExprPrecedence.Compare;

    /// <summary>
    /// Block-like expressions end a statement by themselves (`if c {} -1` is two statements); a
    /// `matches!(..)` is a macro call, which does not.
    /// </summary>
    public static bool IsComplete(ExpressionSyntax e) =>
        e is IfExpressionSyntax or MatchExpressionSyntax { IsMatchesMacro: false } or BlockExpressionSyntax or UnsafeBlockExpressionSyntax
            or WhileExpressionSyntax or LoopExpressionSyntax or ForExpressionSyntax;

    /// <summary>
    /// Needs `;` to be a statement followed by another. ToyRust's macros are all called with `()`
    /// or `[]`, which need one too (a `m! {}` call would not).
    /// </summary>
    public static bool RequiresSemiToBeStmt(ExpressionSyntax e) => !IsComplete(e);

    /// <summary>A struct literal not inside brackets, whose `{` would end an `if` condition.</summary>
    public static bool ContainsExteriorStructLiteral(ExpressionSyntax e) => e switch
    {
        StructExpressionSyntax => true,
        AssignmentExpressionSyntax a => ContainsExteriorStructLiteral(a.Target) || ContainsExteriorStructLiteral(a.Value),
        BinaryExpressionSyntax b => ContainsExteriorStructLiteral(b.Left) || ContainsExteriorStructLiteral(b.Right),
        UnaryExpressionSyntax u => ContainsExteriorStructLiteral(u.Operand),
        CastExpressionSyntax c => ContainsExteriorStructLiteral(c.Value),
        FieldExpressionSyntax f => ContainsExteriorStructLiteral(f.Target),
        IndexExpressionSyntax i => ContainsExteriorStructLiteral(i.Target),
        MethodCallExpressionSyntax m => ContainsExteriorStructLiteral(m.Receiver),
        _ => false,
    };

    /// <summary>
    /// Does the expression start with a labelled block or loop (`'a: loop {} + 1`)? After an
    /// unlabelled `break` it would read as the break's label.
    /// </summary>
    public static bool LeadingLabeledExpression(ExpressionSyntax e) => e switch
    {
        BlockExpressionSyntax b => b.Label is not null,
        LoopExpressionSyntax l => l.Label is not null,
        WhileExpressionSyntax w => w.Label is not null,
        ForExpressionSyntax f => f.Label is not null,
        AssignmentExpressionSyntax a => LeadingLabeledExpression(a.Target),
        BinaryExpressionSyntax b => LeadingLabeledExpression(b.Left),
        CallExpressionSyntax c => LeadingLabeledExpression(c.Callee),
        CastExpressionSyntax c => LeadingLabeledExpression(c.Value),
        FieldExpressionSyntax f => LeadingLabeledExpression(f.Target),
        IndexExpressionSyntax i => LeadingLabeledExpression(i.Target),
        MethodCallExpressionSyntax m => LeadingLabeledExpression(m.Receiver),
        RangeExpressionSyntax { Start: { } start } => LeadingLabeledExpression(start),
        TryExpressionSyntax t => LeadingLabeledExpression(t.Operand),
        _ => false,
    };
}
