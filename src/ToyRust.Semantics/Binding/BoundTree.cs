namespace ToyRust.Semantics.Binding;

/// <summary>Generic traversal of the bound tree, for passes that look for one kind of node (the mono collector's calls).</summary>
public static class BoundTree
{
    /// <summary>The node and every node below it, parents before children, in source order.</summary>
    public static IEnumerable<BoundNode> DescendantsAndSelf(BoundNode root)
    {
        var stack = new Stack<BoundNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = Children(node).ToList();
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    public static IEnumerable<BoundNode> Children(BoundNode node) => node switch
    {
        BoundBinary b => [b.Left, b.Right],
        BoundUnary u => [u.Operand],
        BoundAssignment a => [a.Target, a.Value],
        BoundCall c => c.Arguments,
        BoundBlock b => [.. b.Statements, .. Optional(b.Tail)],
        BoundIf i => [i.Condition, i.Then, .. Optional(i.Else)],
        BoundWhile w => [w.Condition, w.Body],
        BoundLoop l => [l.Body],
        BoundRangeFor f => [f.Pattern, f.Start, f.End, f.Body],
        BoundLabeledBlock l => [l.Body],
        BoundBreak b => Optional(b.Value),
        BoundReturn r => Optional(r.Value),
        BoundTuple t => t.Elements,
        BoundTupleField f => [f.Target],
        BoundArray a => a.Elements,
        BoundArrayRepeat a => [a.Value],
        BoundIndex i => [i.Target, i.Index],
        BoundRangeIndex r => [r.Target, .. Optional(r.Start), .. Optional(r.End)],
        BoundArrayLength l => [l.Target],
        BoundCast c => [c.Operand],
        BoundUnsize u => [u.Operand],
        BoundReify r => [r.Operand],
        BoundAddressOf a => [a.Operand],
        BoundDereference d => [d.Operand],
        BoundPrint p => p.Format.Arguments,
        BoundPanic p => p.Message.Arguments,
        BoundExit e => [e.Code],
        BoundLet l => [l.Pattern, .. Optional(l.Initializer)],
        BoundExpressionStatement s => [s.Expression],
        BoundTuplePattern t => t.Elements,
        BoundArrayPattern a => a.Elements,
        BoundBindingPattern b => Optional(b.SubPattern),
        BoundVariantPattern v => v.Fields,
        BoundOrPattern o => o.Alternatives,
        BoundDerefPattern d => [d.Inner],
        BoundAdtLiteral a => [.. a.EvaluationOrder.Select(i => a.Fields[i]!), .. Optional(a.Base)],
        BoundFieldAccess f => [f.Target],
        BoundMatch m => [m.Scrutinee, .. m.Arms],
        BoundMatchArm a => [a.Pattern, .. Optional(a.Guard), a.Body],
        BoundClosure c => [c.Body],
        _ => [],
    };

    private static IEnumerable<BoundNode> Optional(BoundNode? node) => node is null ? [] : [node];
}
