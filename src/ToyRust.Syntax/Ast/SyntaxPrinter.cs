using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ToyRust.Syntax.Ast;

/// <summary>
/// Writes a syntax node back as Rust, on one line: what <see cref="SyntaxNode.ToString"/> returns,
/// so that a node interpolated into a message reads as the program wrote it
/// (`Box&lt;dyn Shape&gt;`, `&amp;mut [i32; 4]`, `(a, ..)`) and never as a C# record dump.
/// Spans, comments and the original spelling of literals are not kept: `0xff` prints as `255`,
/// a raw string as an ordinary one. Blocks print their statements on the same line.
/// This file holds types, paths and patterns; expressions, statements and items are in
/// SyntaxPrinter.Expressions.cs.
/// </summary>
public static partial class SyntaxPrinter
{
    public static string Print(SyntaxNode node) => node switch
    {
        TypeSyntax t => PrintType(t),
        PatternSyntax p => PrintPattern(p),
        ExpressionSyntax e => PrintExpression(e),
        StatementSyntax s => PrintStatement(s),
        ItemSyntax i => PrintItem(i),
        PathSyntax p => PrintPath(p),
        PathSegmentSyntax s => PrintSegment(s),
        AssociatedTypeBindingSyntax b => $"{b.Name} = {Print(b.Type)}",
        FnSugarSyntax f => PrintFnSugar(f),
        TypeBoundSyntax b => (b.IsMaybe ? "?" : "") + PrintPath(b.Trait),
        GenericParamSyntax g => PrintGenericParam(g),
        WherePredicateSyntax w => $"{Print(w.Type)}: {Bounds(w.Bounds)}",
        GenericsSyntax g => Generics(g),
        FieldPatternSyntax f => f.IsShorthand ? Print(f.Pattern) : $"{f.Name}: {Print(f.Pattern)}",
        FieldInitializerSyntax f => f.IsShorthand ? f.Name.Text : $"{f.Name}: {Print(f.Value)}",
        MatchArmSyntax a => PrintMatchArm(a),
        ClosureParameterSyntax c => c.Type is null ? Print(c.Pattern) : $"{Print(c.Pattern)}: {Print(c.Type)}",
        SelfParamSyntax s => PrintSelfParam(s),
        ParameterSyntax p => $"{Print(p.Pattern)}: {Print(p.Type)}",
        FieldSyntax f => PrintField(f),
        VariantSyntax v => PrintVariant(v),
        UseEntrySyntax u => PrintUseEntry(u),
        AttributeSyntax a => PrintAttribute(a),
        CompilationUnitSyntax c => string.Join(" ", c.InnerAttributes.Select(Print).Concat(c.Items.Select(Print))),
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {node.GetType().Name}"),
    };

    private static string PrintType(TypeSyntax type) => type switch
    {
        PathTypeSyntax p => PrintPath(p.Path),
        ReferenceTypeSyntax r => (r.IsMutable ? "&mut " : "&") + Print(r.Referent),
        RawPointerTypeSyntax p => (p.IsMutable ? "*mut " : "*const ") + Print(p.Pointee),
        TupleTypeSyntax t => Tuple(t.Elements),
        ArrayTypeSyntax a => $"[{Print(a.Element)}; {Print(a.Length)}]",
        SliceTypeSyntax s => $"[{Print(s.Element)}]",
        DynTraitTypeSyntax d => "dyn " + Bounds(d.Bounds),
        ImplTraitTypeSyntax i => "impl " + Bounds(i.Bounds),
        FnPointerTypeSyntax f => $"fn({List(f.Parameters)}){Arrow(f.Return)}",
        NeverTypeSyntax => "!",
        InferTypeSyntax => "_",
        QualifiedPathTypeSyntax q => QualifiedPath(q.SelfType, q.Trait, q.Rest, turbofish: false),
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {type.GetType().Name}"),
    };

    /// <summary>
    /// A path as a type writes it (`Vec&lt;T&gt;`) or, in an expression or pattern, with the
    /// turbofish (`Vec::&lt;T&gt;::new`).
    /// </summary>
    private static string PrintPath(PathSyntax path, bool turbofish = false) =>
        string.Join("::", path.Segments.Select(s => PrintSegment(s, turbofish)));

    /// <summary>`Vec&lt;T&gt;`, `Iterator&lt;Item = u32&gt;`, `Fn(i32) -> i32`.</summary>
    private static string PrintSegment(PathSegmentSyntax segment) => PrintSegment(segment, turbofish: false);

    private static string PrintSegment(PathSegmentSyntax segment, bool turbofish)
    {
        var arguments = Items(segment.GenericArgs).Select(Print)
            .Concat(Items(segment.AssociatedTypeArgs).Select(Print))
            .ToList();
        var generics = arguments.Count == 0 ? "" : $"{(turbofish ? "::" : "")}<{string.Join(", ", arguments)}>";
        var sugar = segment.FnSugar is null ? "" : PrintFnSugar(segment.FnSugar);
        return segment.Name.Text + generics + sugar;
    }

    private static string PrintFnSugar(FnSugarSyntax sugar) => $"({List(sugar.Parameters)}){Arrow(sugar.Return)}";

    /// <summary>`&lt;T as Trait&gt;::Name` or `&lt;T&gt;::Name`.</summary>
    private static string QualifiedPath(TypeSyntax self, PathSyntax? trait, ImmutableArray<PathSegmentSyntax> rest, bool turbofish)
    {
        var qualified = $"<{Print(self)}{(trait is null ? "" : " as " + PrintPath(trait))}>";
        return qualified + "::" + string.Join("::", rest.Select(s => PrintSegment(s, turbofish)));
    }

    private static string PrintGenericParam(GenericParamSyntax g)
    {
        if (g.IsConst) return $"const {g.Name}: {(g.ConstType is null ? "_" : Print(g.ConstType))}";
        var bounds = g.Bounds.IsDefaultOrEmpty ? "" : ": " + Bounds(g.Bounds);
        var fallback = g.Default is null ? "" : " = " + Print(g.Default);
        return g.Name.Text + bounds + fallback;
    }

    private static string Generics(GenericsSyntax g) =>
        g.Parameters.IsDefaultOrEmpty ? "" : $"<{string.Join(", ", g.Parameters.Select(Print))}>";

    private static string WhereClause(GenericsSyntax g) =>
        g.WherePredicates.IsDefaultOrEmpty ? "" : " where " + string.Join(", ", g.WherePredicates.Select(Print));

    private static string PrintPattern(PatternSyntax pattern) => pattern switch
    {
        WildcardPatternSyntax => "_",
        RestPatternSyntax => "..",
        IdentifierPatternSyntax i => PrintIdentifierPattern(i),
        LiteralPatternSyntax l => (l.IsNegated ? "-" : "") + Print(l.Literal),
        RangePatternSyntax r => $"{Optional(r.Start)}{(r.IsInclusive ? "..=" : "..")}{Optional(r.End)}",
        TuplePatternSyntax t => Tuple(t.Elements),
        SlicePatternSyntax s => $"[{List(s.Elements)}]",
        TupleStructPatternSyntax t => $"{PrintPath(t.Path, turbofish: true)}({List(t.Elements)})",
        StructPatternSyntax s => PrintStructPattern(s),
        PathPatternSyntax p => PrintPath(p.Path, turbofish: true),
        OrPatternSyntax o => string.Join(" | ", o.Alternatives.Select(Print)),
        ReferencePatternSyntax r => (r.IsMutable ? "&mut " : "&") + Print(r.Inner),
        _ => throw new InvalidOperationException($"SyntaxPrinter does not know {pattern.GetType().Name}"),
    };

    private static string PrintIdentifierPattern(IdentifierPatternSyntax i)
    {
        var head = (i.IsRef ? "ref " : "") + (i.IsMutable ? "mut " : "") + i.Name.Text;
        return i.SubPattern is null ? head : $"{head} @ {Print(i.SubPattern)}";
    }

    private static string PrintStructPattern(StructPatternSyntax s)
    {
        var fields = s.Fields.Select(Print).Concat(s.HasRest ? [".."] : []).ToList();
        var path = PrintPath(s.Path, turbofish: true);
        return fields.Count == 0 ? path + " {}" : $"{path} {{ {string.Join(", ", fields)} }}";
    }

    private static string Bounds(ImmutableArray<TypeBoundSyntax> bounds) =>
        string.Join(" + ", Items(bounds).Select(Print));

    /// <summary>`()`, `(A,)`, `(A, B)`.</summary>
    private static string Tuple<T>(ImmutableArray<T> elements) where T : SyntaxNode =>
        Items(elements).Length == 1 ? $"({Print(elements[0])},)" : $"({List(elements)})";

    private static string List<T>(ImmutableArray<T> nodes) where T : SyntaxNode =>
        string.Join(", ", Items(nodes).Select(n => Print(n)));

    private static string Arrow(TypeSyntax? type) => type is null ? "" : " -> " + Print(type);

    private static string Optional(SyntaxNode? node) => node is null ? "" : Print(node);

    private static ImmutableArray<T> Items<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a string or char literal with Rust's escapes.</summary>
    private static string Escape(string text, char quote)
    {
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            sb.Append(rune.Value switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\\' => "\\\\",
                0 => "\\0",
                _ when rune.Value == quote => "\\" + quote,
                < 0x20 or 0x7F => Invariant($"\\u{{{rune.Value:x}}}"),
                _ => rune.ToString(),
            });
        }
        return sb.ToString();
    }
}
