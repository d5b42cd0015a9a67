using System.Collections.Immutable;

namespace ToyRust.Syntax.Ast.Pretty;

/// <summary>Expressions (rustc_ast_pretty's `state/expr.rs`).</summary>
public sealed partial class PrettyPrinter
{
    /// <summary>Every expression is an inconsistent box indented 4, in parentheses if <paramref name="fixup"/> asks.</summary>
    private void PrintExpr(ExpressionSyntax expression, FixupContext fixup)
    {
        _p.Ibox(IndentUnit);
        var needsParentheses = fixup.WouldCauseStatementBoundary(expression);
        if (needsParentheses)
        {
            _p.Popen();
            fixup = FixupContext.Default;
        }
        switch (expression)
        {
            case IntegerLiteralSyntax or FloatLiteralSyntax or BoolLiteralSyntax or CharLiteralSyntax
                or ByteLiteralSyntax or StringLiteralSyntax:
                // rustc prints a literal's token: `0xff_u8` and `"a\n"` as written.
                Word(TextOf(expression.Span));
                break;
            case PathExpressionSyntax p:
                PrintPath(p.Path, turbofish: true);
                break;
            case QualifiedPathExpressionSyntax q:
                PrintQualifiedPath(q.SelfType, q.Trait, q.Rest, turbofish: true);
                break;
            case ArrayExpressionSyntax a:
                _p.Ibox(IndentUnit);
                Word("[");
                CommaSeparated(a.Elements, e => PrintExpr(e, FixupContext.Default));
                Word("]");
                _p.End();
                break;
            case ArrayRepeatExpressionSyntax a:
                _p.Ibox(IndentUnit);
                Word("[");
                PrintExpr(a.Value, FixupContext.Default);
                _p.WordSpace(";");
                PrintExpr(a.Count, FixupContext.Default);
                Word("]");
                _p.End();
                break;
            case StructExpressionSyntax s:
                PrintStructLiteral(s);
                break;
            case TupleExpressionSyntax t:
                _p.Popen();
                CommaSeparated(t.Elements, e => PrintExpr(e, FixupContext.Default));
                if (t.Elements.Length == 1) Word(",");
                _p.Pclose();
                break;
            case CallExpressionSyntax c:
                PrintCall(c, fixup);
                break;
            case MethodCallExpressionSyntax m:
                PrintMethodCall(m, fixup);
                break;
            case BinaryExpressionSyntax b:
                PrintBinary(b, fixup);
                break;
            case UnaryExpressionSyntax u:
                Word(u.Operator switch
                {
                    UnaryOperator.Neg => "-",
                    UnaryOperator.Not => "!",
                    UnaryOperator.Deref => "*",
                    _ => throw new InvalidOperationException($"PrettyPrinter does not know operator {u.Operator}"),
                });
                PrintPrefixOperand(u.Operand, fixup);
                break;
            case ReferenceExpressionSyntax r:
                Word("&");
                if (r.IsMutable) _p.WordNbsp("mut");
                PrintPrefixOperand(r.Operand, fixup);
                break;
            case CastExpressionSyntax c:
                var castNeedsParentheses = Classify.PrecedenceOf(c.Value) < ExprPrecedence.Cast;
                PrintMaybeParenthesized(c.Value, castNeedsParentheses, fixup.LeftmostSubexpression());
                _p.Space();
                _p.WordSpace("as");
                PrintType(c.Type);
                break;
            case LetConditionSyntax l:
                Word("let ");
                PrintPattern(l.Pattern);
                _p.Space();
                _p.WordSpace("=");
                PrintMaybeParenthesized(l.Value, fixup.NeedsParenthesesAsLetScrutinee(l.Value), FixupContext.Default);
                break;
            case IfExpressionSyntax i:
                _p.Cbox(0);
                _p.Ibox(0);
                _p.WordNbsp("if");
                PrintCondition(i.Condition);
                _p.Space();
                PrintBlock(i.Then);
                PrintElse(i.Else);
                break;
            case WhileExpressionSyntax w:
                PrintLabel(w.Label);
                _p.Cbox(0);
                _p.Ibox(0);
                _p.WordNbsp("while");
                PrintCondition(w.Condition);
                _p.Space();
                PrintBlock(w.Body);
                break;
            case ForExpressionSyntax f:
                PrintLabel(f.Label);
                _p.Cbox(0);
                _p.Ibox(0);
                _p.WordNbsp("for");
                PrintPattern(f.Pattern);
                _p.Space();
                _p.WordSpace("in");
                PrintCondition(f.Iterable);
                _p.Space();
                PrintBlock(f.Body);
                break;
            case LoopExpressionSyntax l:
                // Unlike `while` and `for`, `loop` puts its label inside its boxes.
                _p.Cbox(0);
                _p.Ibox(0);
                PrintLabel(l.Label);
                _p.WordNbsp("loop");
                PrintBlock(l.Body);
                break;
            case MatchExpressionSyntax { IsMatchesMacro: true } m:
                PrintMacroTokens(m.Span);
                break;
            case MatchExpressionSyntax m:
                PrintMatch(m);
                break;
            case ClosureExpressionSyntax c:
                PrintClosure(c);
                break;
            case BlockExpressionSyntax b:
                PrintLabel(b.Label);
                _p.Cbox(0);
                _p.Ibox(0);
                PrintBlock(b);
                break;
            case UnsafeBlockExpressionSyntax u:
                _p.Cbox(0);
                _p.Ibox(0);
                _p.WordNbsp("unsafe");
                PrintBlock(u.Block);
                break;
            case AssignmentExpressionSyntax a:
                // `(a..b) = c` needs its parentheses; a range on the right does not.
                var targetNeedsParentheses = Classify.PrecedenceOf(a.Target) <= ExprPrecedence.Range;
                PrintMaybeParenthesized(a.Target, targetNeedsParentheses, fixup.LeftmostSubexpression());
                _p.Space();
                _p.WordSpace(a.Operator is { } op ? SyntaxPrinter.OperatorText(op) + "=" : "=");
                var valueNeedsParentheses = fixup.Precedence(a.Value) < ExprPrecedence.Assign;
                PrintMaybeParenthesized(a.Value, valueNeedsParentheses, fixup.RightmostSubexpression());
                break;
            case FieldExpressionSyntax f:
                PrintPostfixOperand(f.Target, fixup);
                Word(".");
                Word(f.Name.Text);
                break;
            case IndexExpressionSyntax i:
            {
                var targetFixup = fixup.LeftmostSubexpressionWithOperator(true);
                PrintMaybeParenthesized(i.Target, targetFixup.Precedence(i.Target) < ExprPrecedence.Unambiguous, targetFixup);
                Word("[");
                PrintExpr(i.Index, FixupContext.Default);
                Word("]");
                break;
            }
            case RangeExpressionSyntax r:
                PrintRange(r, fixup);
                break;
            case BreakExpressionSyntax b:
                Word("break");
                if (b.Label is { } label)
                {
                    _p.Space();
                    Word(label.Text);
                }
                if (b.Value is { } value)
                {
                    _p.Space();
                    // `break ('a: loop {} + 1)`: bare, the label would read as the break's.
                    var labelledValue = b.Label is null && Classify.LeadingLabeledExpression(value);
                    PrintMaybeParenthesized(value, labelledValue, fixup.RightmostSubexpression());
                }
                break;
            case ContinueExpressionSyntax c:
                Word("continue");
                if (c.Label is { } continueLabel)
                {
                    _p.Space();
                    Word(continueLabel.Text);
                }
                break;
            case ReturnExpressionSyntax r:
                Word("return");
                if (r.Value is { } returned)
                {
                    Word(" ");
                    PrintExpr(returned, fixup.RightmostSubexpression());
                }
                break;
            case MacroCallExpressionSyntax m:
                PrintMacroTokens(m.Span);
                break;
            case ParenthesizedExpressionSyntax p:
                _p.Popen();
                PrintExpr(p.Inner, FixupContext.Default);
                _p.Pclose();
                break;
            case TryExpressionSyntax t:
                PrintPostfixOperand(t.Operand, fixup);
                Word("?");
                break;
            default:
                throw new InvalidOperationException($"PrettyPrinter does not know {expression.GetType().Name}");
        }
        if (needsParentheses) _p.Pclose();
        _p.End();
    }

    private void PrintMaybeParenthesized(ExpressionSyntax e, bool needsParentheses, FixupContext fixup)
    {
        if (needsParentheses)
        {
            _p.Popen();
            // Inside the parentheses nothing around can misread the expression.
            fixup = FixupContext.Default;
        }
        PrintExpr(e, fixup);
        if (needsParentheses) _p.Pclose();
    }

    /// <summary>
    /// The condition of `if`/`while`, a `for` iterable, a `match` scrutinee: `return`, `break`
    /// and closures need parentheses there (`if (return) {}`), and so does an exterior struct literal.
    /// </summary>
    private void PrintCondition(ExpressionSyntax e)
    {
        var needsParentheses = e is BreakExpressionSyntax or ClosureExpressionSyntax or ReturnExpressionSyntax
            || Classify.ContainsExteriorStructLiteral(e);
        PrintMaybeParenthesized(e, needsParentheses, FixupContext.NewCond());
    }

    /// <summary>The operand before `.field`, `.method()` or `?`: anything looser than a call needs parentheses.</summary>
    private void PrintPostfixOperand(ExpressionSyntax operand, FixupContext fixup)
    {
        var needsParentheses = Classify.PrecedenceOf(operand) < ExprPrecedence.Unambiguous;
        PrintMaybeParenthesized(operand, needsParentheses, fixup.LeftmostSubexpressionWithDot());
    }

    private void PrintPrefixOperand(ExpressionSyntax operand, FixupContext fixup) =>
        PrintMaybeParenthesized(operand, fixup.Precedence(operand) < ExprPrecedence.Prefix, fixup.RightmostSubexpression());

    private void PrintLabel(Identifier? label)
    {
        if (label is null) return;
        Word(label.Text);
        _p.WordSpace(":");
    }

    /// <summary>` else if c { }` or ` else { }`, each in boxes of its own.</summary>
    private void PrintElse(ExpressionSyntax? otherwise)
    {
        switch (otherwise)
        {
            case null:
                return;
            case IfExpressionSyntax i:
                _p.Cbox(0);
                _p.Ibox(0);
                Word(" else if ");
                PrintCondition(i.Condition);
                _p.Space();
                PrintBlock(i.Then);
                PrintElse(i.Else);
                return;
            case BlockExpressionSyntax b:
                _p.Cbox(0);
                _p.Ibox(0);
                Word(" else ");
                PrintBlock(b);
                return;
            default:
                throw new InvalidOperationException($"PrettyPrinter: an else branch cannot be {otherwise.GetType().Name}");
        }
    }

    /// <summary>`Path { a: 1, b, ..base }`: the fields in a consistent box, with a trailing comma when broken.</summary>
    private void PrintStructLiteral(StructExpressionSyntax s)
    {
        PrintPath(s.Path, turbofish: true);
        _p.Nbsp();
        Word("{");
        if (s.Fields.IsEmpty && s.Base is null)
        {
            Word("}");
            return;
        }
        _p.Cbox(0);
        for (var i = 0; i < s.Fields.Length; i++)
        {
            var field = s.Fields[i];
            if (i == 0) _p.SpaceIfNotBol();
            if (!field.IsShorthand)
            {
                Word(field.Name.Text);
                _p.WordNbsp(":");
            }
            PrintExpr(field.Value, FixupContext.Default);
            if (i < s.Fields.Length - 1 || s.Base is not null) _p.WordSpace(",");
            else _p.TrailingCommaOrSpace();
        }
        if (s.Base is { } rest)
        {
            if (s.Fields.IsEmpty) _p.Space();
            Word("..");
            PrintExpr(rest, FixupContext.Default);
            _p.Space();
        }
        _p.Offset(-IndentUnit);
        _p.End();
        Word("}");
    }

    /// <summary>`f(args)`; a callee that is a named field needs parentheses: `(s.f)(x)`.</summary>
    private void PrintCall(CallExpressionSyntax c, FixupContext fixup)
    {
        var calleeFixup = fixup.LeftmostSubexpressionWithOperator(true);
        var needsParentheses = c.Callee is FieldExpressionSyntax field
            ? !field.Name.Text.All(char.IsAsciiDigit)
            : calleeFixup.Precedence(c.Callee) < ExprPrecedence.Unambiguous;
        PrintMaybeParenthesized(c.Callee, needsParentheses, calleeFixup);
        PrintArguments(c.Arguments);
    }

    private void PrintMethodCall(MethodCallExpressionSyntax m, FixupContext fixup)
    {
        PrintPostfixOperand(m.Receiver, fixup);
        Word(".");
        Word(m.Name.Text);
        if (!Items(m.GenericArgs).IsEmpty)
        {
            Word("::");
            Word("<");
            CommaSeparated(m.GenericArgs, PrintType);
            Word(">");
        }
        PrintArguments(m.Arguments);
    }

    private void PrintArguments(ImmutableArray<ExpressionSyntax> arguments)
    {
        _p.Popen();
        CommaSeparated(arguments, e => PrintExpr(e, FixupContext.Default));
        _p.Pclose();
    }

    /// <summary>`a op b`: a break before the operator's right operand, parentheses by precedence and fixity.</summary>
    private void PrintBinary(BinaryExpressionSyntax b, FixupContext fixup)
    {
        // After these operators a bare `return`/`break` on the left would take the right side as its value.
        var operatorCanBeginExpr = b.Operator is BinaryOperator.Sub or BinaryOperator.Mul or BinaryOperator.And
            or BinaryOperator.Or or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Shl or BinaryOperator.Lt;
        var leftFixup = fixup.LeftmostSubexpressionWithOperator(operatorCanBeginExpr);
        var precedence = Classify.PrecedenceOf(b.Operator);
        var leftPrecedence = leftFixup.Precedence(b.Left);
        var rightPrecedence = fixup.Precedence(b.Right);
        bool leftNeedsParentheses, rightNeedsParentheses;
        if (Classify.IsComparison(b.Operator))
        {
            leftNeedsParentheses = leftPrecedence <= precedence;
            rightNeedsParentheses = rightPrecedence <= precedence;
        }
        else
        {
            leftNeedsParentheses = leftPrecedence < precedence;
            rightNeedsParentheses = rightPrecedence <= precedence;
        }
        // `x as i32 < y` would parse `i32<` as the start of generic arguments; `(let _ = a) < b` must keep its parentheses.
        if (b.Left is CastExpressionSyntax && b.Operator is BinaryOperator.Lt or BinaryOperator.Shl) leftNeedsParentheses = true;
        if (b.Left is LetConditionSyntax && precedence > ExprPrecedence.LAnd) leftNeedsParentheses = true;

        PrintMaybeParenthesized(b.Left, leftNeedsParentheses, leftFixup);
        _p.Space();
        _p.WordSpace(SyntaxPrinter.OperatorText(b.Operator));
        PrintMaybeParenthesized(b.Right, rightNeedsParentheses, fixup.RightmostSubexpression());
    }

    /// <summary>`a..b`: both ends are parenthesized below any binary operator (`(x = y)..`).</summary>
    private void PrintRange(RangeExpressionSyntax r, FixupContext fixup)
    {
        if (r.Start is { } start)
        {
            var startFixup = fixup.LeftmostSubexpressionWithOperator(true);
            PrintMaybeParenthesized(start, startFixup.Precedence(start) < ExprPrecedence.LOr, startFixup);
        }
        Word(r.IsInclusive ? "..=" : "..");
        if (r.End is { } end)
        {
            PrintMaybeParenthesized(end, fixup.Precedence(end) < ExprPrecedence.LOr, fixup.RightmostSubexpression());
        }
    }

    /// <summary>`match x { arms }`: the arms break consistently, one per line when the match does not fit.</summary>
    private void PrintMatch(MatchExpressionSyntax m)
    {
        _p.Cbox(0);
        _p.Ibox(0);
        _p.WordNbsp("match");
        PrintCondition(m.Scrutinee);
        _p.Space();
        Word("{");
        _p.End();
        foreach (var arm in m.Arms) PrintArm(arm);
        if (!m.Arms.IsEmpty) _p.BreakOffsetIfNotBol(1, -IndentUnit);
        Word("}");
        _p.End();
    }

    /// <summary>`pattern if guard => body,`; a block body opens in the arm's head box and takes no comma.</summary>
    private void PrintArm(MatchArmSyntax arm)
    {
        _p.Space();
        _p.Cbox(IndentUnit);
        _p.Ibox(0);
        PrintPattern(arm.Pattern);
        _p.Space();
        if (arm.Guard is { } guard)
        {
            _p.WordSpace("if");
            PrintExpr(guard, FixupContext.Default);
            _p.Space();
        }
        _p.WordSpace("=>");
        if (arm.Body is BlockExpressionSyntax block)
        {
            PrintLabel(block.Label);
            PrintBlock(block, closeOuterBox: false);
        }
        else
        {
            _p.End();
            PrintExpr(arm.Body, FixupContext.NewMatchArm());
            Word(",");
        }
        _p.End();
    }

    /// <summary>`move |a, b: T| -> R body`.</summary>
    private void PrintClosure(ClosureExpressionSyntax c)
    {
        if (c.IsMove) _p.WordSpace("move");
        Word("|");
        CommaSeparated(c.Parameters, parameter =>
        {
            _p.Ibox(IndentUnit);
            PrintPattern(parameter.Pattern);
            // rustc's parameter without a type has the type `_`, which is not printed.
            if (parameter.Type is { } type and not InferTypeSyntax)
            {
                Word(":");
                _p.Space();
                PrintType(type);
            }
            _p.End();
        });
        Word("|");
        PrintReturnType(c.ReturnType);
        _p.Space();
        PrintExpr(c.Body, FixupContext.Default);
    }
}
