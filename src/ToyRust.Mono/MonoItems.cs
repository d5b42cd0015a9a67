using System.Collections.Immutable;
using ToyRust.Semantics.Binding;

namespace ToyRust.Mono;

/// <summary>
/// One function to generate: a checked body plus the name its symbol gets. For a generic
/// function there will be one item per set of type arguments; <see cref="CausedBy"/> records
/// the item whose body first used this one (the path back to `main`).
/// </summary>
public sealed record MonoFunction(BoundFunction Function, string Symbol, string DisplayName, MonoFunction? CausedBy);

/// <summary>What the code generator generates, in a deterministic order; the entry point first.</summary>
public sealed record MonoProgram(ImmutableArray<MonoFunction> Functions, MonoFunction Entry)
{
    public MonoFunction Lookup(Semantics.Symbols.FunctionSymbol symbol) => Functions.First(f => f.Function.Symbol == symbol);
}
