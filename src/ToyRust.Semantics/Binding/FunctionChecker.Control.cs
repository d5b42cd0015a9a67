using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

internal sealed partial class FunctionChecker
{
    /// <summary>
    /// if_expression = 'if' condition block ('else' (block | if_expression))?
    /// Without `else` the `then` block must be `()`; with it both branches unify (`!` fits either).
    /// </summary>
    private BoundExpression CheckIf(IfExpressionSyntax i, TypeSymbol? expected)
    {
        if (i.Condition is LetConditionSyntax let) return CheckIfLet(i, let, expected);
        var condition = CheckExpression(i.Condition, TypeSymbol.Bool);
        CoerceTo(condition, TypeSymbol.Bool, i.Condition.Span);
        if (i.Else is null)
        {
            if (expected is not null && _inference.Shallow(expected) is var wanted && !wanted.IsUnit && wanted is not InferenceVariable and not ErrorType)
            {
                var valued = CheckBlock(i.Then, wanted);
                Report(SemanticDiagnostics.IfWithoutElse(i.Span, Resolve(valued.Type)));
                return new BoundErrorExpression(i.Span);
            }
            var thenOnly = CheckBlock(i.Then, TypeSymbol.Unit);
            CoerceTo(thenOnly, TypeSymbol.Unit, BlockResultSpan(i.Then));
            return new BoundIf(i.Span, TypeSymbol.Unit, condition, thenOnly, null);
        }
        var then = CheckBlock(i.Then, expected);
        var otherwise = CheckExpression(i.Else, expected ?? then.Type);
        if (expected is not null && (CoercesToExpected(then.Type, expected) || CoercesToExpected(otherwise.Type, expected)))
        {
            // `let s: &dyn Shape = if c { &a } else { &b };`: each branch coerces to the expected type,
            // by unsizing or by deref coercion (`-> &str { if b { &"yes" } else { "no" } }`).
            var elseSpan = i.Else is BlockExpressionSyntax block ? BlockResultSpan(block) : i.Else.Span;
            var coercedThen = (BoundBlock)Coerce(then, expected, BlockResultSpan(i.Then));
            return new BoundIf(i.Span, expected, condition, coercedThen, Coerce(otherwise, expected, elseSpan));
        }
        var thenType = _inference.Shallow(then.Type);
        var elseType = _inference.Shallow(otherwise.Type);
        if (FunctionPointerJoin(thenType, elseType) is { } pointer)
        {
            // `if c { double } else { triple }`: two function items meet at a `fn` pointer (rustc's LUB coercion).
            var elseSpan = i.Else is BlockExpressionSyntax block ? BlockResultSpan(block) : i.Else.Span;
            var coercedThen = (BoundBlock)Coerce(then, pointer, BlockResultSpan(i.Then));
            return new BoundIf(i.Span, pointer, condition, coercedThen, Coerce(otherwise, pointer, elseSpan));
        }
        TypeSymbol type;
        if (thenType is NeverType) type = elseType;
        else if (elseType is NeverType) type = thenType;
        else if (JoinBranches(thenType, elseType) is { } joined) type = joined;
        else
        {
            type = thenType;
            var span = i.Else is BlockExpressionSyntax eb ? BlockResultSpan(eb) : i.Else.Span;
            Report(SemanticDiagnostics.IfElseIncompatible(span, Resolve(thenType), Resolve(elseType)));
        }
        return new BoundIf(i.Span, type, condition, then, otherwise);
    }

    private BoundExpression CheckWhile(WhileExpressionSyntax w)
    {
        if (w.Condition is LetConditionSyntax let) return CheckWhileLet(w, let);
        var condition = CheckExpression(w.Condition, TypeSymbol.Bool);
        CoerceTo(condition, TypeSymbol.Bool, w.Condition.Span);
        var context = EnterLoop(w.Label, isLoop: false, TypeSymbol.Unit, kind: "while");
        var body = CheckBlock(w.Body, TypeSymbol.Unit);
        CoerceTo(body, TypeSymbol.Unit, BlockResultSpan(w.Body));
        _loops.RemoveAt(_loops.Count - 1);
        return new BoundWhile(w.Span, context.Label, condition, body);
    }

    /// <summary>`loop` has the type of its `break` values; with no `break` it never finishes (`!`).</summary>
    private BoundExpression CheckLoop(LoopExpressionSyntax l, TypeSymbol? expected)
    {
        var context = EnterLoop(l.Label, isLoop: true, expected ?? _inference.NewVariable(InferenceKind.General));
        var body = CheckBlock(l.Body, TypeSymbol.Unit);
        CoerceTo(body, TypeSymbol.Unit, BlockResultSpan(l.Body));
        _loops.RemoveAt(_loops.Count - 1);
        return new BoundLoop(l.Span, context.HasBreak ? context.BreakType : TypeSymbol.Never, context.Label, body);
    }

    private BoundExpression CheckLabeledBlock(BlockExpressionSyntax b, TypeSymbol? expected)
    {
        var context = EnterLoop(b.Label, isLoop: false, expected ?? _inference.NewVariable(InferenceKind.General), isBlock: true);
        var body = CheckBlock(b with { Label = null }, context.BreakType);
        _loops.RemoveAt(_loops.Count - 1);
        if (_inference.Shallow(body.Type) is not NeverType) CoerceTo(body, context.BreakType, BlockResultSpan(b));
        var type = body.Type is NeverType && !context.HasBreak ? TypeSymbol.Never : context.BreakType;
        return new BoundLabeledBlock(b.Span, type, context.Label, body);
    }

    /// <summary>`for i in a..b` / `a..=b` over integers: built in (<see cref="BoundRangeFor"/>), as ranges are not values yet.</summary>
    private BoundExpression CheckRangeFor(ForExpressionSyntax f, RangeExpressionSyntax range)
    {
        var start = CheckExpression(range.Start!, null);
        var end = CheckExpression(range.End!, start.Type);
        if (!_inference.Unify(start.Type, end.Type))
            Report(SemanticDiagnostics.MismatchedTypes(range.End!.Span, Resolve(start.Type), Resolve(end.Type)));
        if (!IsIntegerLike(_inference.Shallow(start.Type)))
            return Unsupported(f.Iterable, "`for` over a range of non-integers");
        PushScope();
        var pattern = CheckIrrefutablePattern(f.Pattern, start.Type, PatternSite.ForLoop);
        MarkInitialized(pattern);
        var context = EnterLoop(f.Label, isLoop: false, TypeSymbol.Unit, kind: "for");
        var body = CheckBlock(f.Body, TypeSymbol.Unit);
        CoerceTo(body, TypeSymbol.Unit, BlockResultSpan(f.Body));
        _loops.RemoveAt(_loops.Count - 1);
        PopScope();
        return new BoundRangeFor(f.Span, context.Label, pattern, start, end, range.IsInclusive, body);
    }

    private LoopContext EnterLoop(Identifier? label, bool isLoop, TypeSymbol breakType, bool isBlock = false, string kind = "loop")
    {
        var context = new LoopContext(new LoopLabel(label?.Text, isLoop), breakType, isLoop, isBlock, kind);
        _loops.Add(context);
        return context;
    }

    private LoopContext? FindLoop(Identifier? label, string keyword, Syntax.Text.TextSpan span)
    {
        if (label is null)
        {
            // An unlabelled break/continue targets the innermost loop; labelled blocks are skipped.
            for (var i = _loops.Count - 1; i >= 0; i--)
            {
                if (!_loops[i].IsBlock) return _loops[i];
            }
            Report(_openClosures.Count > 0 ? SemanticDiagnostics.BreakInsideClosure(span, keyword) : SemanticDiagnostics.BreakOutsideLoop(span, keyword));
            return null;
        }
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].Label.Name == label.Text) return _loops[i];
        }
        Report(SemanticDiagnostics.UndeclaredLabel(label.Span, label.Text));
        return null;
    }

    private BoundExpression CheckBreak(BreakExpressionSyntax b)
    {
        var target = FindLoop(b.Label, "break", b.Span);
        if (target is null)
        {
            if (b.Value is not null) CheckExpression(b.Value, null);
            return new BoundErrorExpression(b.Span);
        }
        target.HasBreak = true;
        BoundExpression? value = null;
        if (b.Value is not null)
        {
            if (!target.IsLoop && !target.IsBlock)
            {
                Report(SemanticDiagnostics.BreakWithValueInNonLoop(b.Span, target.Kind));
                return new BoundErrorExpression(b.Span);
            }
            value = CheckExpression(b.Value, target.BreakType);
            CoerceTo(value, target.BreakType, b.Value.Span);
        }
        else if (target.IsLoop || target.IsBlock)
        {
            CoerceTo(new BoundTuple(b.Span, TypeSymbol.Unit, []), target.BreakType, b.Span);
        }
        return new BoundBreak(b.Span, target.Label, value);
    }

    private BoundExpression CheckContinue(ContinueExpressionSyntax c)
    {
        var target = FindLoop(c.Label, "continue", c.Span);
        if (target is null) return new BoundErrorExpression(c.Span);
        target.HasContinue = true;
        return new BoundContinue(c.Span, target.Label);
    }

    private BoundExpression CheckReturn(ReturnExpressionSyntax r)
    {
        if (r.Value is null)
        {
            CoerceTo(new BoundTuple(r.Span, TypeSymbol.Unit, []), ReturnTypeInBody, r.Span);
            return new BoundReturn(r.Span, null);
        }
        var value = CoerceReturned(CheckExpression(r.Value, ReturnTypeInBody), r.Value.Span);
        return new BoundReturn(r.Span, value);
    }
}
