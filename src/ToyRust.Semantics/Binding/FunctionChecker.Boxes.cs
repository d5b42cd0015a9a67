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
}
