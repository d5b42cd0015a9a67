using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Fuzz.Differential;

/// <summary>
/// One way of building a program with ToyRust: a target, an opt-level and, where it differs from
/// rustc's default for that opt-level, the overflow checks. rustc's x86-64 build with the same
/// opt-level and overflow checks is its oracle: the program's behaviour may not depend on the target.
/// </summary>
public sealed record Configuration(string Target, OptLevel OptLevel, bool? OverflowChecks = null)
{
    /// <summary>The four configurations of the campaign: x86-64 and AArch64 at opt-levels 0 and 3.</summary>
    public static readonly IReadOnlyList<Configuration> Standard =
    [
        new(Targets.X86_64Linux, OptLevel.O0),
        new(Targets.X86_64Linux, OptLevel.O3),
        new(Targets.Aarch64Linux, OptLevel.O0),
        new(Targets.Aarch64Linux, OptLevel.O3),
    ];

    /// <summary>The overflow checks flipped against the opt-level's default (on at 3, off at 0), on x86-64.</summary>
    public static readonly IReadOnlyList<Configuration> FlippedOverflowChecks =
    [
        new(Targets.X86_64Linux, OptLevel.O0, OverflowChecks: false),
        new(Targets.X86_64Linux, OptLevel.O3, OverflowChecks: true),
    ];

    /// <summary>The rustc flags that give the same semantics (the oracle is always built for the host).</summary>
    public IReadOnlyList<string> RustcFlags =>
        OverflowChecks is { } on
            ? ["-C", "opt-level=" + Driver.Toolchain.RustcFlags.Spell(OptLevel), "-C", "overflow-checks=" + (on ? "on" : "off")]
            : ["-C", "opt-level=" + Driver.Toolchain.RustcFlags.Spell(OptLevel)];

    /// <summary>What identifies the oracle: every configuration with the same semantics shares one rustc build.</summary>
    public string OracleKey => string.Join(" ", RustcFlags);

    public string Name => $"{Target.Split('-')[0]} opt-level={Driver.Toolchain.RustcFlags.Spell(OptLevel)}"
        + (OverflowChecks is { } on ? $" overflow-checks={(on ? "on" : "off")}" : "");

    public CompileOptions ToCompileOptions(string outputStem) =>
        new() { Target = Target, OptLevel = OptLevel, OverflowChecks = OverflowChecks, OutputStem = outputStem };

    public override string ToString() => Name;
}
