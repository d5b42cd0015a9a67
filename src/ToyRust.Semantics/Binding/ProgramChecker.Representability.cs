using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// A struct or enum that holds itself by value, directly or through other types, has no finite
/// size (E0072): `struct S { s: S }`, `enum List { Cons(i32, List), Nil }`, `struct O { o: Option&lt;O&gt; }`.
/// Later phases compute layouts and drop glue by walking fields, which would never end.
///
/// The containment graph has an edge A → B (labeled with the written type) when a field of A holds
/// B by value: directly, in a tuple or array, or as the argument of a generic ADT that holds its
/// parameter by value (`Option&lt;T&gt;` does; a struct with only `&amp;T` does not). References break
/// the chain. As rustc does, each strongly connected component with a cycle is one error, at the
/// first of its types, listing every one and marking the fields that close the cycle.
/// </summary>
internal sealed partial class ProgramChecker
{
    private readonly Dictionary<(AdtSymbol, int), bool> _holdsParameter = [];

    private void CheckRepresentable(IReadOnlyList<AdtSymbol> adts)
    {
        var edges = adts.ToDictionary(a => a, ContainedAdts);
        foreach (var component in StronglyConnected(adts, a => edges[a].Select(e => e.Target)))
        {
            var members = component.ToHashSet();
            var cyclic = component.Count > 1 || edges[component[0]].Any(e => e.Target == component[0]);
            if (!cyclic) continue;
            var ordered = adts.Where(members.Contains).ToList();
            var headers = ordered.Select(Header).ToList();
            var fields = ordered.SelectMany(a => edges[a]).Where(e => members.Contains(e.Target)).Select(e => e.Span);
            Report(SemanticDiagnostics.InfiniteSize(headers, fields, ordered.Select(a => a.Name).ToList()));
        }
    }

    /// <summary>`struct P` / `enum List`: from the keyword to the name, as rustc marks the type.</summary>
    private TextSpan Header(AdtSymbol adt)
    {
        var (keyword, name) = adt.Declaration switch
        {
            StructItemSyntax s => ("struct", s.Name),
            EnumItemSyntax e => ("enum", e.Name),
            _ => throw new InvalidOperationException("an ADT is declared by a struct or an enum"),
        };
        var start = Source.Text.LastIndexOf(keyword, name.Span.Start, name.Span.Start - adt.Declaration.Span.Start + 1, StringComparison.Ordinal);
        return TextSpan.FromBounds(start < 0 ? name.Span.Start : start, name.Span.End);
    }

    private List<(AdtSymbol Target, TextSpan Span)> ContainedAdts(AdtSymbol adt)
    {
        var syntaxFields = adt.Declaration switch
        {
            StructItemSyntax s => s.Fields,
            EnumItemSyntax e => [.. e.Variants.SelectMany(v => v.Fields)],
            _ => [],
        };
        var symbolFields = adt.Variants.SelectMany(v => v.Fields).ToList();
        var result = new List<(AdtSymbol, TextSpan)>();
        for (var i = 0; i < symbolFields.Count && i < syntaxFields.Length; i++)
            CollectContained(symbolFields[i].Type, syntaxFields[i].Type, result);
        return result;
    }

    /// <summary>Walks a field's type and its written form together, so that each edge carries the span rustc labels.</summary>
    private void CollectContained(TypeSymbol type, TypeSyntax? syntax, List<(AdtSymbol, TextSpan)> result)
    {
        switch (type)
        {
            case TupleType t:
                var elements = syntax is TupleTypeSyntax ts && ts.Elements.Length == t.Elements.Count ? ts.Elements : default;
                for (var i = 0; i < t.Elements.Count; i++) CollectContained(t.Elements[i], elements.IsDefault ? syntax : elements[i], result);
                break;
            case ArrayType a:
                CollectContained(a.Element, syntax is ArrayTypeSyntax sa ? sa.Element : syntax, result);
                break;
            case AdtType adt:
                var span = syntax?.Span ?? default;
                result.Add((adt.Adt, span));
                var args = syntax is PathTypeSyntax p ? p.Path.Segments[^1].GenericArgs : default;
                var written = !args.IsDefaultOrEmpty && args.Length == adt.Arguments.Count ? args : default;
                for (var i = 0; i < adt.Arguments.Count; i++)
                {
                    if (HoldsParameter(adt.Adt, i)) CollectContained(adt.Arguments[i], written.IsDefault ? syntax : written[i], result);
                }
                break;
        }
    }

    /// <summary>Whether the ADT holds its <paramref name="index"/>th type parameter by value (a cycle through the question answers no).</summary>
    private bool HoldsParameter(AdtSymbol adt, int index)
    {
        if (_holdsParameter.TryGetValue((adt, index), out var known)) return known;
        _holdsParameter[(adt, index)] = false;
        var parameter = adt.GenericParameters[index];
        var holds = adt.Variants.SelectMany(v => v.Fields).Any(f => HoldsByValue(f.Type, parameter));
        _holdsParameter[(adt, index)] = holds;
        return holds;
    }

    private bool HoldsByValue(TypeSymbol type, GenericParameterSymbol parameter) => type switch
    {
        TypeParameterType t => t.Parameter == parameter,
        TupleType t => t.Elements.Any(e => HoldsByValue(e, parameter)),
        ArrayType a => HoldsByValue(a.Element, parameter),
        AdtType a => Enumerable.Range(0, a.Arguments.Count).Any(i => HoldsByValue(a.Arguments[i], parameter) && HoldsParameter(a.Adt, i)),
        _ => false,
    };

    /// <summary>Tarjan's algorithm, iterative so that a long chain of types cannot overflow the stack; components in discovery order.</summary>
    private static List<List<AdtSymbol>> StronglyConnected(IReadOnlyList<AdtSymbol> nodes, Func<AdtSymbol, IEnumerable<AdtSymbol>> successors)
    {
        var inGraph = nodes.ToHashSet();
        var index = new Dictionary<AdtSymbol, int>();
        var low = new Dictionary<AdtSymbol, int>();
        var stack = new Stack<AdtSymbol>();
        var onStack = new HashSet<AdtSymbol>();
        var components = new List<List<AdtSymbol>>();
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root)) continue;
            var work = new Stack<(AdtSymbol Node, IEnumerator<AdtSymbol> Next)>();
            void Visit(AdtSymbol n)
            {
                index[n] = low[n] = index.Count;
                stack.Push(n);
                onStack.Add(n);
                work.Push((n, successors(n).Where(inGraph.Contains).Distinct().GetEnumerator()));
            }
            Visit(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var m = next.Current;
                    if (!index.ContainsKey(m)) Visit(m);
                    else if (onStack.Contains(m)) low[node] = Math.Min(low[node], index[m]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != index[node]) continue;
                var component = new List<AdtSymbol>();
                AdtSymbol popped;
                do
                {
                    popped = stack.Pop();
                    onStack.Remove(popped);
                    component.Add(popped);
                } while (popped != node);
                components.Add(component);
            }
        }
        return components;
    }
}
