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

    /// <summary>`-Z merge-functions=aliases|trampolines|disabled`: LLVM's `mergefunc`; null means rustc's default, on; as in rustc it runs only when optimising.</summary>
    public bool? MergeFunctions { get; init; }

    public bool EffectiveMergeFunctions => (MergeFunctions ?? true) && OptLevel != OptLevel.O0;

    /// <summary>`-C llvm-args=-inline-threshold=N` (or rustc's deprecated `-C inline-threshold=N`, which ToyRust honours); null: LLVM's default for the opt-level.</summary>
    public int? InlineThreshold { get; init; }

    /// <summary>
    /// `-C codegen-units=N`: how many LLVM modules the mono items are split into, optimised and
    /// emitted in parallel (<see cref="Mono.Partitioning"/>); null is rustc's default for a
    /// non-incremental build, 16. Emitting LLVM IR, assembly or an object uses one unit.
    /// </summary>
    public int? CodegenUnits { get; init; }

    /// <summary>The units this build uses: one unless it links an executable and nothing else.</summary>
    public int EffectiveCodegenUnits => Emit == EmitKinds.Exe || Emit == (EmitKinds.Exe | EmitKinds.Mir) ? CodegenUnits ?? Mono.Partitioning.DefaultUnits : 1;

    /// <summary>`-Z function-sections`: each function in its own section (ELF only), so the linker can drop or fold it alone. On by default, as in rustc.</summary>
    public bool FunctionSections { get; init; } = true;

    /// <summary>`-C link-dead-code`: keep unreferenced sections; by default the linker gets `--gc-sections`, as rustc passes it.</summary>
    public bool LinkDeadCode { get; init; }

    /// <summary>`-C strip=none|debuginfo|symbols`.</summary>
    public StripLevel Strip { get; init; } = StripLevel.None;

    /// <summary>`-C link-arg=A` and `-C link-args="A B"`, passed to the C compiler driver that links (e.g. `-fuse-ld=lld`, `-Wl,--icf=all`).</summary>
    public IReadOnlyList<string> LinkArgs { get; init; } = [];

    /// <summary>Keep the records of what became of each instance (<see cref="CompileResult.Records"/>), for `toyrust size`.</summary>
    public bool RecordInstances { get; init; }

    /// <summary>
    /// Check and lower every prelude function, not only those the program reaches (the default,
    /// docs/architecture.md "The prelude, paid for once"); for the tests that show the output is the same.
    /// </summary>
    public bool WholePrelude { get; init; }
}

/// <summary>rustc's `-C strip`.</summary>
public enum StripLevel
{
    None,
    DebugInfo,
    Symbols,
}
