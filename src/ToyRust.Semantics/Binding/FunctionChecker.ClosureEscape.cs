using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// A closure that outlives its function (rustc's borrow checker, E0373). A closure returned as
/// `impl Fn` lives on in the caller, so it must own what it captures; one that borrows a local
/// of the function (a parameter, a `let`) would point into a dead frame:
/// <code>
/// fn make_adder(k: i32) -> impl Fn(i32) -> i32 { |x| x + k }       E0373: borrows `k`; `move |x| x + k` is right
/// </code>
/// ToyRust has no borrow checker, so it looks where rustc's region error comes from: the values
/// a function returns (its tail, through blocks, `if` and `match`, and each `return`). A closure
/// expression there is E0373 with rustc's labels. A value that holds a borrowing closure of this
/// function some other way (`let c = |x| x + k; c`, rustc's E0597) is reported as not supported.
/// </summary>
internal sealed partial class FunctionChecker
{
    private void CheckReturnedClosures(BoundBlock body)
    {
        foreach (var value in ReturnedValues(body))
        {
            if (value is BoundClosure closure && BorrowedCapture(closure.Closure) is { } capture)
                Report(SemanticDiagnostics.ClosureMayOutliveFunction(closure, capture.Local, FirstUse(closure, capture.Local)));
            else if (value is not BoundClosure && BorrowingClosureIn(value.Type) is { } held)
                Report(SemanticDiagnostics.UnsupportedFeature(value.Span, $"returning `{held}`, which borrows a local of the function, other than as the closure expression itself (rustc: E0597)"));
        }
    }

    /// <summary>
    /// The values a body returns, in source order: the leaves of its tail and of each `return`'s
    /// value (a block's tail, the branches of an `if` or a `match`). Iterative: a 20,000-arm
    /// `else if` chain is one deep tree.
    /// </summary>
    private static List<BoundExpression> ReturnedValues(BoundBlock body)
    {
        var found = new List<BoundExpression>();
        var work = new Stack<BoundExpression>([body, .. ReturnsOutsideClosures(body)]);
        while (work.Count > 0)
        {
            switch (work.Pop())
            {
                case BoundBlock { Tail: { } tail }:
                    work.Push(tail);
                    break;
                case BoundIf { Else: { } otherwise } i:
                    work.Push(i.Then);
                    work.Push(otherwise);
                    break;
                case BoundMatch m:
                    foreach (var arm in m.Arms) work.Push(arm.Body);
                    break;
                case var value:
                    found.Add(value);
                    break;
            }
        }
        return [.. found.OrderBy(v => v.Span.Start)];
    }

    /// <summary>The values of the body's `return`s; one inside a closure returns from the closure, not from the function.</summary>
    private static IEnumerable<BoundExpression> ReturnsOutsideClosures(BoundBlock body)
    {
        var work = new Stack<BoundNode>([body]);
        while (work.Count > 0)
        {
            var node = work.Pop();
            if (node is BoundClosure) continue;
            if (node is BoundReturn { Value: { } value }) yield return value;
            foreach (var child in BoundTree.Children(node)) work.Push(child);
        }
    }

    private static Capture? BorrowedCapture(ClosureSymbol closure) =>
        closure.Enclosing is null ? closure.Captures.FirstOrDefault(c => c.Mode != CaptureMode.ByValue) : null;

    /// <summary>A closure of this function that borrows a capture, anywhere in a returned type.</summary>
    private ClosureType? BorrowingClosureIn(TypeSymbol type)
    {
        ClosureType? found = null;
        TypeFold.Map(Resolve(type), part =>
        {
            if (part is ClosureType c && ReferenceEquals(c.Closure.Parent, _function) && BorrowedCapture(c.Closure) is not null) found ??= c;
            return null;
        });
        return found;
    }

    /// <summary>Where the closure's body first names the local: rustc's "`k` is borrowed here".</summary>
    private static TextSpan FirstUse(BoundClosure closure, LocalSymbol local) =>
        BoundTree.DescendantsAndSelf(closure.Body).OfType<BoundLocal>().Where(l => ReferenceEquals(l.Local, local)).Select(l => l.Span)
            .DefaultIfEmpty(closure.Closure.Span).MinBy(s => s.Start);
}
