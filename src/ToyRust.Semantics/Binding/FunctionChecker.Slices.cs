using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Slices `[T]` in expressions. Most of what slices do is elsewhere: `s[i]` is <see cref="CheckIndex"/>
/// (a slice indexes as an array does, with its length read from the fat pointer), `&amp;[T; N]` →
/// `&amp;[T]` is an unsizing coercion (FunctionChecker.Unsizing.cs), and the methods are the
/// prelude's `impl&lt;T&gt; [T]`. Here:
/// <list type="bullet">
/// <item>range indexing, `&amp;s[1..3]`, on slices and arrays: a place of type `[T]`
///   (<see cref="BoundRangeIndex"/>) that MIR finds by a call of the prelude's `slice_range`;</item>
/// <item>a method of `[T]` called on an array (`a.first()`): as rustc's method probe does after
///   the last autoderef step, the array behind the receiver is unsized to a slice.</item>
/// </list>
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>`s[a..b]`, `s[a..]`, `s[..b]`, `s[..]`, `s[a..=b]`, `s[..=b]` on a slice or an array (auto-dereferenced).</summary>
    private BoundExpression CheckRangeIndex(IndexExpressionSyntax i, RangeExpressionSyntax range)
    {
        var target = AutoDeref(CheckExpression(i.Target, null));
        // Through `Deref` to a slice or an array: `&v[1..3]` of a `Vec` slices `*v`.
        for (var step = 0; step < MaxDerefSteps && StructurallyResolve(target.Type) is not (ArrayType or SliceType) && OverloadedDeref(target, i.Target.Span) is { } next; step++)
            target = AutoDeref(next);
        var start = range.Start is null ? null : CheckUsize(range.Start);
        var end = range.End is null ? null : CheckUsize(range.End);
        var type = StructurallyResolve(target.Type);
        if (type is not (ArrayType or SliceType))
        {
            if (type is not ErrorType) Report(SemanticDiagnostics.CannotIndex(Brackets(i), Resolve(type)));
            return new BoundErrorExpression(i.Span);
        }
        if (range.IsInclusive && end is null) return Unsupported(range, "`..=` without an end");
        var slice = new SliceType(TypeFacts.ElementOf(type));
        // rustc's panic points at the brackets, `[1..e]` of `v[1..e]`.
        return new BoundRangeIndex(i.Span, slice, target, start, end, LangItems.SliceRangeFn(range.IsInclusive)) { Location = Brackets(i) };
    }

    private BoundExpression CheckUsize(ExpressionSyntax syntax)
    {
        var bound = CheckExpression(syntax, TypeSymbol.Usize);
        CoerceTo(bound, TypeSymbol.Usize, syntax.Span);
        return bound;
    }

    /// <summary>
    /// `a.first()` with `a: [T; N]` (after autoderef): a `&amp;self` or `&amp;mut self` method of `[T]`,
    /// called with `&amp;a` unsized to `&amp;[T]`. `a.len()` stays the array's own constant length.
    /// </summary>
    private BoundExpression? CheckArrayAsSliceMethod(BoundExpression place, TypeSymbol type, MethodCallExpressionSyntax m)
    {
        if (type is not ArrayType array || m.Name.Text == LangItems.ArrayLengthMethod) return null;
        var slice = new SliceType(array.Element);
        if (LookupMethod(slice, m.Name.Text) is not { Method.SelfKind: SelfParamKind.Ref or SelfParamKind.RefMut } found) return null;
        var borrowed = AdjustReceiver(place, found.Method, m);
        var receiver = new BoundUnsize(place.Span, new ReferenceType(slice, found.Method.SelfKind == SelfParamKind.RefMut), borrowed);
        return CheckMethodCallOf(m, found.Method, found.Leading, receiver);
    }
}
