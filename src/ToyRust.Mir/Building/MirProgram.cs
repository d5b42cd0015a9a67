using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Mir.Building;

/// <summary>
/// The MIR of a program: <see cref="Bodies"/> holds every body built up front, in program order (the
/// checker's) — the program's own functions, and the prelude's when it was checked whole. Any other
/// body (a prelude function the program reaches) is built the first time it is asked for, by
/// <see cref="BodySource"/>, and kept: a build lowers only the prelude functions it uses.
/// </summary>
public sealed class MirProgram(ImmutableArray<MirBody> bodies)
{
    public ImmutableArray<MirBody> Bodies { get; } = bodies;

    /// <summary>How the bodies were built; shims made later are built the same way.</summary>
    public MirBuildOptions Options { get; init; } = new(OverflowChecks: false);

    /// <summary>Builds the body of a function not in <see cref="Bodies"/>, or answers null when it has none.</summary>
    public Func<FunctionSymbol, MirBody?>? BodySource { get; init; }

    // FunctionSymbol has reference identity, so the dictionary is keyed by reference.
    private readonly Dictionary<FunctionSymbol, MirBody> _index = bodies.ToDictionary(b => b.Function);

    /// <summary>The body of <paramref name="function"/>; functions without a body (a trait's required methods) have none.</summary>
    public MirBody this[FunctionSymbol function] =>
        TryGetBody(function, out var body) ? body : throw new KeyNotFoundException($"`{function.Name}` has no MIR body");

    public bool TryGetBody(FunctionSymbol function, out MirBody body)
    {
        if (_index.TryGetValue(function, out body!)) return true;
        if (BodySource?.Invoke(function) is not { } built) return false;
        _index[function] = built;
        body = built;
        return true;
    }
}
