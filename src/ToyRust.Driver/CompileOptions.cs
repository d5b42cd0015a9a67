namespace ToyRust.Driver;

/// <summary>rustc's `-C opt-level`: 0, 1, 2, 3, s, z.</summary>
public enum OptLevel
{
    O0,
    O1,
    O2,
    O3,
    Os,
    Oz,
}

/// <summary>What `--emit` asks for; several may be combined.</summary>
[Flags]
public enum EmitKinds
{
    None = 0,
    Exe = 1,
    Obj = 2,
    Asm = 4,
    LlvmIr = 8,

    /// <summary>Stop after the mono collector (for `--print mono-items` alone).</summary>
    Mono = 16,

    /// <summary>The MIR as text (`NAME.mir`): every body as built, then every mono item's body with its types substituted.</summary>
    Mir = 32,
}

/// <summary>
/// One compilation's settings, spelled as rustc spells them.
/// <see cref="OutputStem"/> is the output path without extension: `out/fib` gives `out/fib`
/// (executable), `out/fib.o`, `out/fib.s`, `out/fib.ll`.
/// </summary>
public sealed record CompileOptions
{
    public string Target { get; init; } = Targets.Host;

    public OptLevel OptLevel { get; init; } = OptLevel.O0;

    /// <summary>`-C overflow-checks`; null means rustc's default (on at opt-level 0 only).</summary>
    public bool? OverflowChecks { get; init; }

    public EmitKinds Emit { get; init; } = EmitKinds.Exe;

    public required string OutputStem { get; init; }

    /// <summary>`-o FILE`: the exact path of the single requested output, overriding the stem's naming.</summary>
    public string? ExplicitOutput { get; init; }

    public bool EffectiveOverflowChecks => OverflowChecks ?? OptLevel == OptLevel.O0;
}
