using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `vec!`, expanded into prelude calls before it is checked (std's macro expands into library
/// calls too). The names it writes are std paths, found in the prelude whatever the program
/// calls its own items:
/// <code>
/// vec![]            →   std::vec::Vec::new()
/// vec![x; n]        →   std::vec::from_elem(x, n)                       (n - 1 clones, then x itself)
/// vec![a, b, c]     →   { let __vec_elems = [a, b, c];
///                         let __vec = std::vec::from_elems(&amp;__vec_elems[0], 3);
///                         std::mem::forget(__vec_elems);          (its values now belong to the vector)
///                         __vec }
/// </code>
/// The elements are evaluated into an array first and only then copied into one allocation of
/// exactly their number, as rustc's `box [a, b, c]` into `Vec` does: capacity 3, and a panic in
/// `c` drops `b` and `a` as the array's parts, before anything is allocated.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>
    /// The array `let` of a `vec![a, b, c]` whose vector type is expected, with the array type it
    /// then has (`[E; 3]` for an expected `Vec&lt;E&gt;`), keyed by node. Its elements are coercion
    /// sites of type E, so `vec![Box::new(c), Box::new(s)]` where `Vec&lt;Box&lt;dyn Shape&gt;&gt;` is expected
    /// unsizes each box: rustc's expected type flows into `&lt;[_]&gt;::into_vec(box [a, b, c])` the same way.
    /// </summary>
    private readonly Dictionary<LetStatementSyntax, Types.TypeSymbol> _vecElementTypes = new(ReferenceEqualityComparer.Instance);

    private BoundExpression CheckVecMacro(MacroCallExpressionSyntax m, Types.TypeSymbol? expected)
    {
        var expansion = ExpandVec(m, out var elements);
        if (elements is not null && expected is not null && _inference.Shallow(expected) is Types.AdtType vec && ReferenceEquals(vec.Adt, VecAdt()))
            _vecElementTypes[elements] = new Types.ArrayType(vec.Arguments[0], m.Arguments.Length);
        return CheckExpression(expansion, expected);
    }

    /// <summary>The vector type the expansion makes: what `std::vec::from_elems` returns.</summary>
    private Symbols.AdtSymbol? VecAdt() =>
        _scope.LookupModule("vec")?.LookupOwnFunction("from_elems")?.ReturnType is Types.AdtType { Adt: var adt } ? adt : null;

    private static ExpressionSyntax ExpandVec(MacroCallExpressionSyntax m, out LetStatementSyntax? elementsLet)
    {
        var span = m.Span;
        elementsLet = null;
        if (m.RepeatCount is { } count) return Call(span, ["std", "vec", "from_elem"], [m.Arguments[0], count]);
        if (m.Arguments.IsEmpty) return Call(span, ["std", "vec", "Vec", "new"], []);
        var elems = new Identifier("__vec_elems", span);
        var result = new Identifier("__vec", span);
        var first = new ReferenceExpressionSyntax(span, false, new IndexExpressionSyntax(span, Path(span, elems), new IntegerLiteralSyntax(span, 0, "usize")));
        var length = new IntegerLiteralSyntax(span, m.Arguments.Length, "usize");
        elementsLet = Let(span, elems, new ArrayExpressionSyntax(span, m.Arguments));
        return new BlockExpressionSyntax(span, null,
        [
            elementsLet,
            Let(span, result, Call(span, ["std", "vec", "from_elems"], [first, length])),
            new ExpressionStatementSyntax(span, Call(span, ["std", "mem", "forget"], [Path(span, elems)]), HasSemicolon: true),
        ], Path(span, result));
    }

    private static LetStatementSyntax Let(TextSpan span, Identifier name, ExpressionSyntax value) =>
        new(span, new IdentifierPatternSyntax(span, IsRef: false, IsMutable: false, name, null), null, value, null);

    private static PathExpressionSyntax Path(TextSpan span, params Identifier[] names) =>
        new(span, new PathSyntax(span, [.. names.Select(n => new PathSegmentSyntax(span, n, [], [], null))]));

    private static CallExpressionSyntax Call(TextSpan span, string[] path, ImmutableArray<ExpressionSyntax> arguments) =>
        new(span, Path(span, [.. path.Select(p => new Identifier(p, span))]), arguments);
}
