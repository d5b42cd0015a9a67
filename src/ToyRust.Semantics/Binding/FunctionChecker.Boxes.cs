using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Built-in dereferencing: `*r` of a reference and `*b` of a `Box` are places, without a call
/// (rustc's `builtin_deref`; a raw pointer's needs `unsafe` and is checked apart). Field access,
/// indexing and method receivers follow both automatically:
/// <code>
/// let b: Box&lt;Point&gt; = …;   b.x   →   (*b).x        b.norm()   →   Point::norm(&amp;(*b))
/// </code>
/// A `Box` place is as mutable as the box itself: `*b = 3` needs `let mut b`.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>`*e` when <paramref name="e"/> is a reference or a box; null for any other type.</summary>
    private BoundDereference? BuiltinDeref(BoundExpression e, TextSpan span) => StructurallyResolve(e.Type) switch
    {
        ReferenceType r => new BoundDereference(span, r.Referent, e),
        AdtType { Adt.IsBox: true } box => new BoundDereference(span, box.Arguments[0], e),
        _ => null,
    };

    /// <summary>
    /// Deref coercion through boxes at a coercion site: `&amp;Box&lt;List&gt;` where `&amp;List` is expected
    /// becomes `&amp;**e` (rustc reaches it through `Box`'s `Deref` impl; for a box the deref is built in).
    /// Null when the expected referent is itself a box or not known yet, or no box is in the way.
    /// </summary>
    private BoundExpression? TryBoxDerefCoercion(BoundExpression expression, TypeSymbol expected)
    {
        if (_inference.Shallow(expected) is not ReferenceType target) return null;
        if (_inference.Shallow(target.Referent) is AdtType { Adt.IsBox: true } or InferenceVariable or DynType) return null;
        if (StructurallyResolve(expression.Type) is not ReferenceType { Referent: var referent } source || (target.IsMutable && !source.IsMutable)) return null;
        if (StructurallyResolve(referent) is not AdtType { Adt.IsBox: true }) return null;
        BoundExpression place = new BoundDereference(expression.Span, referent, expression);
        while (StructurallyResolve(place.Type) is AdtType { Adt.IsBox: true } && BuiltinDeref(place, expression.Span) is { } deref) place = deref;
        return new BoundAddressOf(expression.Span, new ReferenceType(place.Type, target.IsMutable), target.IsMutable, place);
    }
}
