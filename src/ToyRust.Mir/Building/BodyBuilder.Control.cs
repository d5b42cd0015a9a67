using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Mir.Building;

/// <summary>
/// Control flow: conditions, `&amp;&amp;`/`||`, `if`, loops, `for` over a range, labelled blocks,
/// `break`, `continue`, `return`.
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>
    /// Branches on a `bool` expression. `&amp;&amp;` and `||` become branches, not values:
    /// <code>
    /// a &amp;&amp; b    →    switchInt(copy _1) -> [0: FALSE, otherwise: bb1];
    ///               bb1: switchInt(copy _2) -> [0: FALSE, otherwise: TRUE];
    /// a || b    →    switchInt(copy _1) -> [0: bb1, otherwise: TRUE];
    ///               bb1: switchInt(copy _2) -> [0: FALSE, otherwise: TRUE];
    /// </code>
    /// Ends the current block.
    /// </summary>
    private void LowerCondition(BoundExpression condition, BasicBlock ifTrue, BasicBlock ifFalse)
    {
        switch (condition)
        {
            case BoundBinary { Operator: BinaryOperator.And } and:
                var second = NewBlock();
                LowerCondition(and.Left, second, ifFalse);
                MoveTo(second);
                LowerCondition(and.Right, ifTrue, ifFalse);
                break;
            case BoundBinary { Operator: BinaryOperator.Or } or:
                var other = NewBlock();
                LowerCondition(or.Left, ifTrue, other);
                MoveTo(other);
                LowerCondition(or.Right, ifTrue, ifFalse);
                break;
            default:
                var value = LowerOperand(condition);
                Terminate(new SwitchIntTerminator(condition.Span, value, [new SwitchTarget(0, ifFalse)], ifTrue));
                break;
        }
    }

    /// <summary>
    /// A condition of `if` or `while`, or a match guard: a terminating scope of its own, so its
    /// temporaries are dropped on both ways out, before the branch taken runs.
    /// </summary>
    private void LowerScopedCondition(BoundExpression condition, BasicBlock ifTrue, BasicBlock ifFalse)
    {
        PushScope(ScopeKind.Terminating);
        var (whenTrue, whenFalse) = (NewBlock(), NewBlock());
        LowerCondition(condition, whenTrue, whenFalse);
        PopScopeOnEdges(condition.Span, (whenTrue, ifTrue), (whenFalse, ifFalse));
    }

    /// <summary>
    /// `a &amp;&amp; b` as a value: b is evaluated only when a is true.
    /// <code>
    /// x = a &amp;&amp; b    →    switchInt(copy _1) -> [0: bb2, otherwise: bb1];
    ///                   bb1: _3 = copy _2;  goto -> bb3;
    ///                   bb2: _3 = const false;  goto -> bb3;
    /// </code>
    /// </summary>
    private void LowerShortCircuit(Place? destination, BoundBinary b)
    {
        var isAnd = b.Operator == BinaryOperator.And;
        var evaluateRight = NewBlock();
        var shortCut = NewBlock();
        var join = NewForward();
        if (isAnd) LowerCondition(b.Left, evaluateRight, shortCut);
        else LowerCondition(b.Left, shortCut, evaluateRight);
        MoveTo(evaluateRight);
        LowerInto(destination, b.Right);
        Goto(join, b.Span);
        MoveTo(shortCut);
        if (destination is { } place) Push(place, new UseRvalue(new ConstantOperand(Constant.Bool(!isAnd))), b.Span);
        Goto(join, b.Span);
        Land(join, b.Span);
    }

    /// <summary>
    /// <code>
    /// if c { A } else { B }    →    switchInt(copy c) -> [0: bb2, otherwise: bb1];
    ///                               bb1: A into the destination;  goto -> bb3;
    ///                               bb2: B into the destination;  goto -> bb3;
    ///                               bb3: …
    /// </code>
    /// Without `else`, false jumps straight to bb3.
    /// </summary>
    private void LowerIf(Place? destination, BoundIf i)
    {
        var then = NewBlock();
        var join = NewForward();
        var otherwise = i.Else is null ? join : NewBlock();
        LowerScopedCondition(i.Condition, then, otherwise);
        MoveTo(then);
        InScope(ScopeKind.Terminating, i.Then.Span, () => LowerInto(destination, i.Then));
        Goto(join, i.Span);
        if (i.Else is { } @else)
        {
            MoveTo(otherwise);
            InScope(ScopeKind.Terminating, @else.Span, () => LowerInto(destination, @else));
            Goto(join, i.Span);
        }
        Land(join, i.Span);
    }

    /// <summary>
    /// <code>
    /// while c { A }    →    goto -> bb1;
    ///                       bb1: switchInt(copy c) -> [0: bb3, otherwise: bb2];     (continue → bb1)
    ///                       bb2: A;  goto -> bb1;
    ///                       bb3: …                                                   (break → bb3)
    /// </code>
    /// </summary>
    private void LowerWhile(BoundWhile w)
    {
        var head = NewBlock();
        Goto(head, w.Span);
        MoveTo(head);
        var body = NewBlock();
        var exit = NewForward();
        LowerScopedCondition(w.Condition, body, exit);
        MoveTo(body);
        _loops[w.Label] = new LoopScope(exit, head, null, _scopes.Count);
        InScope(ScopeKind.Terminating, w.Body.Span, () => LowerInto(null, w.Body));
        Goto(head, w.Span);
        Land(exit, w.Span);
    }

    /// <summary>
    /// <code>
    /// loop { A }    →    goto -> bb1;
    ///                    bb1: A;  goto -> bb1;      (continue → bb1)
    ///                    bb2: …                     (break v → destination = v; goto -> bb2)
    /// </code>
    /// Without a `break` nothing reaches bb2 and the code after the loop is dead.
    /// </summary>
    private void LowerLoop(Place? destination, BoundLoop l)
    {
        var body = NewBlock();
        Goto(body, l.Span);
        MoveTo(body);
        var exit = NewForward();
        _loops[l.Label] = new LoopScope(exit, body, destination, _scopes.Count);
        InScope(ScopeKind.Terminating, l.Body.Span, () => LowerInto(null, l.Body));
        Goto(body, l.Span);
        Land(exit, l.Span);
    }

    /// <summary>
    /// `for` over an integer range counts in a temporary. The end is read once; an inclusive range
    /// tests for the end before stepping, so that `0..=u8::MAX` ends instead of overflowing (as
    /// `RangeInclusive` does), and the step itself can never overflow:
    /// <code>
    /// for x in a..b { A }    →    _5 = a;  _6 = b;                           (a before b)
    ///                             goto -> bb1;
    ///                             bb1: _7 = Lt(copy _5, copy _6);           (Le for a..=b)
    ///                                  switchInt(move _7) -> [0: bb4, otherwise: bb2];
    ///                             bb2: x = copy _5;  A;  goto -> bb3;      (continue → bb3)
    ///                             bb3: (a..=b: _8 = Eq(copy _5, copy _6);
    ///                                          switchInt(move _8) -> [0: next, otherwise: bb4];)
    ///                                  _5 = Add(copy _5, const 1_i32);  goto -> bb1;
    ///                             bb4: …                                    (break → bb4)
    /// </code>
    /// </summary>
    private void LowerRangeFor(BoundRangeFor f)
    {
        var type = Resolve(f.Start.Type);
        var counter = new Place(NewTemp(type, f.Start.Span));
        LowerInto(counter, f.Start);
        var end = Reread(LowerOperand(f.End));
        var head = NewBlock();
        Goto(head, f.Span);
        MoveTo(head);
        var inRange = Flag(f.IsInclusive ? BinOp.Le : BinOp.Lt, new CopyOperand(counter), end, f.Span);
        var body = NewBlock();
        var exit = NewForward();
        Terminate(new SwitchIntTerminator(f.Span, inRange, [new SwitchTarget(0, exit)], body));
        MoveTo(body);
        LowerIrrefutable(f.Pattern, counter, f.Pattern.Span);
        var step = NewForward();
        _loops[f.Label] = new LoopScope(exit, step, null, _scopes.Count);
        InScope(ScopeKind.Terminating, f.Body.Span, () => LowerInto(null, f.Body));
        Goto(step, f.Span);
        Land(step, f.Span);
        if (f.IsInclusive)
        {
            var atEnd = Flag(BinOp.Eq, new CopyOperand(counter), end, f.Span);
            var next = NewBlock();
            Terminate(new SwitchIntTerminator(f.Span, atEnd, [new SwitchTarget(0, next)], exit));
            MoveTo(next);
        }
        Push(counter, new BinaryRvalue(BinOp.Add, new CopyOperand(counter), Const(1, type)), f.Span);
        Goto(head, f.Span);
        Land(exit, f.Span);
    }

    /// <summary>
    /// <code>
    /// 'a: { A }    →    A into the destination;  goto -> bb1;
    ///                   bb1: …                    (break 'a v → destination = v; goto -> bb1)
    /// </code>
    /// </summary>
    private void LowerLabeledBlock(Place? destination, BoundLabeledBlock l)
    {
        var exit = NewForward();
        _loops[l.Label] = new LoopScope(exit, null, destination, _scopes.Count);
        LowerInto(destination, l.Body);
        Goto(exit, l.Span);
        Land(exit, l.Span);
    }

    /// <summary>`break v`: v into the loop's destination, then to the loop's exit.</summary>
    private void LowerBreak(BoundBreak b)
    {
        var scope = _loops[b.Target];
        if (b.Value is not null) LowerInto(scope.Destination, b.Value);
        ExitScopesTo(scope.Depth, b.Span);
        Goto(scope.Break, b.Span);
    }

    /// <summary>`continue`: the drops of the scopes inside the loop, then to the loop's next round.</summary>
    private void LowerContinue(BoundContinue c)
    {
        var scope = _loops[c.Target];
        ExitScopesTo(scope.Depth, c.Span);
        Goto(scope.Continue ?? throw new InvalidOperationException("`continue` to a labelled block"), c.Span);
    }

    /// <summary>`return v`: v into `_0`, the drops of every open scope, then `return`.</summary>
    private void LowerReturn(BoundReturn r)
    {
        if (r.Value is not null) LowerInto(Place.ReturnPlace, r.Value);
        ExitScopesTo(0, r.Span);
        Terminate(new ReturnTerminator(r.Span));
    }
}
