using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Mir.Building;

/// <summary>The MIR of every function of a program with a body, in program order (the checker's), the prelude's included.</summary>
public sealed record MirProgram(ImmutableArray<MirBody> Bodies)
{
    /// <summary>How the bodies were built; shims made later are built the same way.</summary>
    public MirBuildOptions Options { get; init; } = new(OverflowChecks: false);

    // FunctionSymbol has reference identity, so the dictionary is keyed by reference.
    private readonly Dictionary<FunctionSymbol, MirBody> _index = Bodies.ToDictionary(b => b.Function);

    /// <summary>The body of <paramref name="function"/>; functions without a body (a trait's required methods) have none.</summary>
    public MirBody this[FunctionSymbol function] => _index[function];

    public bool TryGetBody(FunctionSymbol function, out MirBody body) => _index.TryGetValue(function, out body!);
}
