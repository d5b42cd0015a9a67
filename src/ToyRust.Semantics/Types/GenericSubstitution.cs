using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Types;

/// <summary>Replaces generic parameters by type arguments: `Option&lt;T&gt;` with T = i32 is `Option&lt;i32&gt;`.</summary>
public static class GenericSubstitution
{
    /// <param name="memo">One memo for all calls with the same parameters and arguments, when substituting many types that share parts.</param>
    public static TypeSymbol Apply(
        TypeSymbol type, ImmutableArray<GenericParameterSymbol> parameters, ValueArray<TypeSymbol> arguments, TypeMemo? memo = null)
    {
        if (parameters.IsDefaultOrEmpty) return type;
        return TypeFold.Map(type, Replace, memo);

        TypeSymbol? Replace(TypeSymbol part) =>
            part is TypeParameterType p && p.Parameter.Index < arguments.Count && parameters.Contains(p.Parameter) ? arguments[p.Parameter.Index] : null;
    }
}
