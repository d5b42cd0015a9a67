using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Types;

/// <summary>Replaces generic parameters by type arguments: `Option&lt;T&gt;` with T = i32 is `Option&lt;i32&gt;`.</summary>
public static class GenericSubstitution
{
    public static TypeSymbol Apply(TypeSymbol type, ImmutableArray<GenericParameterSymbol> parameters, ValueArray<TypeSymbol> arguments)
    {
        if (parameters.IsDefaultOrEmpty) return type;
        return type switch
        {
            TypeParameterType p => p.Parameter.Index < arguments.Count && parameters.Contains(p.Parameter) ? arguments[p.Parameter.Index] : p,
            TupleType t => new TupleType(new ValueArray<TypeSymbol>(t.Elements.Select(e => Apply(e, parameters, arguments)))),
            ArrayType a => a with { Element = Apply(a.Element, parameters, arguments) },
            ReferenceType r => r with { Referent = Apply(r.Referent, parameters, arguments) },
            AdtType adt => adt with { Arguments = new ValueArray<TypeSymbol>(adt.Arguments.Select(a => Apply(a, parameters, arguments))) },
            FunctionType f => new FunctionType(new ValueArray<TypeSymbol>(f.Parameters.Select(p => Apply(p, parameters, arguments))), Apply(f.Return, parameters, arguments)),
            _ => type,
        };
    }
}
