using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `vec!`, expanded into prelude calls before it is checked (std's macro expands into library
/// calls too). The names it writes are std paths, found in the prelude whatever the program
/// calls its own items:
/// <code>
/// vec![]            →   std::vec::empty()                               (Vec::new())
/// vec![x; n]        →   std::vec::from_elem(x, n)                       (n - 1 clones, then x itself)
/// vec![a, b, c]     →   { let __vec_array = [a, b, c];
///                         let __vec_elems = std::vec::hold(__vec_array);     (ManuallyDrop::new)
///                         std::vec::from_elems(&amp;(*__vec_elems)[0], 3) }   (its values now belong to the vector)
/// </code>
/// The elements are evaluated into an array first and only then copied into one allocation of
/// exactly their number, as rustc's `box [a, b, c]` into `Vec` does: capacity 3, and a panic in
/// `c` drops `b` and `a`, before anything is allocated. The array is never dropped as a whole
/// (`ManuallyDrop` has no drop glue), so, as with rustc, there is no `drop_in_place::&lt;[D; 3]&gt;`.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>
    /// The type of the array a macro expansion's `let` holds, where the expansion knows it: with
    /// `Vec&lt;Box&lt;dyn Shape&gt;&gt;` expected, `vec![Box::new(a), Box::new(b)]`'s elements are coerced to
    /// `Box&lt;dyn Shape&gt;`, as rustc's expected type reaches into the array.
    /// </summary>
    private readonly Dictionary<LetStatementSyntax, Types.TypeSymbol> _expansionLetTypes = new(ReferenceEqualityComparer.Instance);

    private BoundExpression CheckVecMacro(MacroCallExpressionSyntax m, Types.TypeSymbol? expected)
    {
        var expansion = ExpandVec(m);
        if (expected is not null && _inference.Shallow(expected) is Types.AdtType { Adt: var adt } vec && adt.LangItem == Symbols.LangItem.Vec
            && expansion is BlockExpressionSyntax { Statements: [LetStatementSyntax elements, ..] })
            _expansionLetTypes[elements] = new Types.ArrayType(vec.Arguments[0], m.Arguments.Length);
        return CheckExpression(expansion, expected);
    }

    private static ExpressionSyntax ExpandVec(MacroCallExpressionSyntax m)
    {
        var span = m.Span;
        if (m.RepeatCount is { } count) return Call(span, ["std", "vec", "from_elem"], [m.Arguments[0], count]);
        if (m.Arguments.IsEmpty) return Call(span, ["std", "vec", "empty"], []);
        var values = new Identifier("__vec_array", span);
        var elems = new Identifier("__vec_elems", span);
        var array = new UnaryExpressionSyntax(span, UnaryOperator.Deref, Path(span, elems));
        var first = new ReferenceExpressionSyntax(span, false, new IndexExpressionSyntax(span, array, new IntegerLiteralSyntax(span, 0, "usize")));
        var length = new IntegerLiteralSyntax(span, m.Arguments.Length, "usize");
        return new BlockExpressionSyntax(span, null,
        [
            Let(span, values, new ArrayExpressionSyntax(span, m.Arguments)),
            Let(span, elems, Call(span, ["std", "vec", "hold"], [Path(span, values)])),
        ], Call(span, ["std", "vec", "from_elems"], [first, length]));
    }

    private static LetStatementSyntax Let(TextSpan span, Identifier name, ExpressionSyntax value) =>
        new(span, new IdentifierPatternSyntax(span, IsRef: false, IsMutable: false, name, null), null, value, null);

    private static PathExpressionSyntax Path(TextSpan span, params Identifier[] names) =>
        new(span, new PathSyntax(span, [.. names.Select(n => new PathSegmentSyntax(span, n, [], [], null))]));

    private static CallExpressionSyntax Call(TextSpan span, string[] path, ImmutableArray<ExpressionSyntax> arguments) =>
        new(span, Path(span, [.. path.Select(p => new Identifier(p, span))]), arguments);
}
