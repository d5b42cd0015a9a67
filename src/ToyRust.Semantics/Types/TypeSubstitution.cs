using System.Collections.Immutable;

namespace ToyRust.Semantics.Types;

/// <summary>Replaces solved inference variables inside a type.</summary>
public static class TypeSubstitution
{
    public static TypeSymbol Apply(TypeSymbol type, IReadOnlyDictionary<int, TypeSymbol> solutions) => type switch
    {
        InferenceVariable v => solutions.TryGetValue(v.Id, out var t) ? Apply(t, solutions) : v,
        TupleType t => new TupleType(new ValueArray<TypeSymbol>(t.Elements.Select(e => Apply(e, solutions)))),
        ArrayType a => a with { Element = Apply(a.Element, solutions) },
        ReferenceType r => r with { Referent = Apply(r.Referent, solutions) },
        AdtType adt => adt with { Arguments = new ValueArray<TypeSymbol>(adt.Arguments.Select(a => Apply(a, solutions))) },
        FunctionType f => new FunctionType(new ValueArray<TypeSymbol>(f.Parameters.Select(p => Apply(p, solutions))), Apply(f.Return, solutions)),
        _ => type,
    };

    public static ImmutableDictionary<int, TypeSymbol> Empty => ImmutableDictionary<int, TypeSymbol>.Empty;
}
