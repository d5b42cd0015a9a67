using System.Collections.Immutable;

namespace ToyRust.Semantics.Types;

/// <summary>Replaces solved inference variables inside a type.</summary>
public static class TypeSubstitution
{
    /// <param name="memo">One memo for all calls with the same <paramref name="solutions"/>, when resolving many types that share parts.</param>
    public static TypeSymbol Apply(TypeSymbol type, IReadOnlyDictionary<int, TypeSymbol> solutions, TypeMemo? memo = null)
    {
        return TypeFold.Map(type, Replace, memo);

        TypeSymbol? Replace(TypeSymbol part) =>
            part is InferenceVariable v && solutions.TryGetValue(v.Id, out var solution) ? Apply(solution, solutions, memo) : null;
    }

    public static ImmutableDictionary<int, TypeSymbol> Empty => ImmutableDictionary<int, TypeSymbol>.Empty;
}
