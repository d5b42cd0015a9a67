using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Analysis.Compare;

/// <summary>Which compiler builds a configuration.</summary>
public enum CompilerKind
{
    ToyRust,
    Rustc,
}

/// <summary>
/// One combination of the matrix's axes. Null means the axis was not given, so each compiler's
/// default applies (rustc's defaults in both cases: merging on when optimising, `--gc-sections`,
/// symbols kept, overflow checks at opt-level 0 only, LLVM's inline threshold).
/// </summary>
/// <param name="Lld">Link with lld (`-C link-arg=-fuse-ld=lld`) rather than the C compiler's default linker (GNU ld for ToyRust; rustc 1.95 uses its own lld on x86-64 Linux already).</param>
/// <param name="Icf">lld's identical code folding (`-Wl,--icf=all`); on implies lld.</param>
public sealed record Configuration(CompilerKind Compiler, string Target, OptLevel OptLevel, bool? Merge = null, bool? Lld = null, bool? Icf = null,
    bool? GcSections = null, bool? Strip = null, bool? OverflowChecks = null, int? InlineThreshold = null, int? CodegenUnits = null)
{
    /// <summary>A short label: `toyrust x86_64 opt=2 icf=on`, the axes given and nothing else (a target that is not linked here by its whole triple).</summary>
    public string Label => string.Join(' ', Parts());

    private IEnumerable<string> Parts()
    {
        yield return Compiler == CompilerKind.ToyRust ? "toyrust" : "rustc";
        yield return Targets.CanLink(Target) ? Target.Split('-')[0] : Target;
        yield return "opt=" + Driver.Toolchain.RustcFlags.Spell(OptLevel);
        if (Merge is { } m) yield return "merge=" + OnOff(m);
        if (Lld is { } l) yield return "lld=" + OnOff(l);
        if (Icf is { } i) yield return "icf=" + OnOff(i);
        if (GcSections is { } g) yield return "gc=" + OnOff(g);
        if (Strip is { } s) yield return "strip=" + OnOff(s);
        if (OverflowChecks is { } o) yield return "overflow=" + OnOff(o);
        if (InlineThreshold is { } t) yield return "inline=" + t.ToString(CultureInfo.InvariantCulture);
        if (CodegenUnits is { } u) yield return "cgu=" + u.ToString(CultureInfo.InvariantCulture);
    }

    private static string OnOff(bool on) => on ? "on" : "off";

    /// <summary>The flags, as rustc spells them, that select this configuration (both compilers take the same).</summary>
    public ImmutableArray<string> Flags()
    {
        var flags = ImmutableArray.CreateBuilder<string>();
        flags.AddRange("--target", Target, "-C", "opt-level=" + Driver.Toolchain.RustcFlags.Spell(OptLevel));
        if (Merge is { } m) flags.AddRange("-Z", "merge-functions=" + (m ? "aliases" : "disabled"));
        if (Lld == true || Icf == true) flags.AddRange("-C", "link-arg=-fuse-ld=lld");
        if (Icf == true) flags.AddRange("-C", "link-arg=-Wl,--icf=all");
        if (GcSections == false) flags.AddRange("-C", "link-dead-code");
        if (Strip == true) flags.AddRange("-C", "strip=symbols");
        if (OverflowChecks is { } o) flags.AddRange("-C", "overflow-checks=" + (o ? "on" : "off"));
        if (InlineThreshold is { } t) flags.AddRange("-C", "llvm-args=-inline-threshold=" + t.ToString(CultureInfo.InvariantCulture));
        if (CodegenUnits is { } u) flags.AddRange("-C", "codegen-units=" + u.ToString(CultureInfo.InvariantCulture));
        return flags.ToImmutable();
    }
}

/// <summary>
/// `--matrix "opt=0,2,s,z target=x86_64,aarch64 compiler=toyrust,rustc merge=on,off lld=on,off icf=on,off gc=on,off strip=on,off overflow=on,off inline=25,225 cgu=1,16"`:
/// axes separated by spaces, values by commas; every combination is one <see cref="Configuration"/>.
/// A target may be named by its architecture (`x86_64`, `aarch64`) or its full triple.
/// </summary>
public static class Matrix
{
    private static readonly string[] Axes = ["opt", "target", "compiler", "merge", "lld", "icf", "gc", "strip", "overflow", "inline", "cgu"];

    public static bool TryParse(string text, [NotNullWhen(true)] out ImmutableArray<Configuration>? configurations, [NotNullWhen(false)] out string? error)
    {
        configurations = null;
        error = null;
        var axes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            if (eq < 0 || !Axes.Contains(key) || axes.ContainsKey(key))
            {
                error = eq < 0 || !Axes.Contains(key)
                    ? $"unknown matrix axis `{key}` (axes: {string.Join(", ", Axes)}; write `axis=value,value`)"
                    : $"matrix axis `{key}` is given twice";
                return false;
            }
            axes[key] = part[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries);
        }
        var list = new List<Configuration> { new(CompilerKind.ToyRust, Targets.Host, OptLevel.O0) };
        foreach (var axis in Axes)
        {
            if (!axes.TryGetValue(axis, out var values)) continue;
            var next = new List<Configuration>();
            foreach (var c in list)
            {
                foreach (var v in values)
                {
                    if (!TryApply(c, axis, v, out var applied, out error)) return false;
                    next.Add(applied);
                }
            }
            list = next;
        }
        configurations = [.. list];
        return true;
    }

    /// <summary>The on/off axes, each setting one field of the configuration.</summary>
    private static readonly Dictionary<string, Func<Configuration, bool, Configuration>> Switches = new(StringComparer.Ordinal)
    {
        ["merge"] = (c, on) => c with { Merge = on },
        ["lld"] = (c, on) => c with { Lld = on },
        ["icf"] = (c, on) => c with { Icf = on },
        ["gc"] = (c, on) => c with { GcSections = on },
        ["strip"] = (c, on) => c with { Strip = on },
        ["overflow"] = (c, on) => c with { OverflowChecks = on },
    };

    private static bool TryApply(Configuration c, string axis, string value, out Configuration result, [NotNullWhen(false)] out string? error)
    {
        error = null;
        bool? on = value switch { "on" or "yes" or "true" => true, "off" or "no" or "false" => false, _ => null };
        Configuration? applied = axis switch
        {
            "opt" when Driver.Toolchain.RustcFlags.TryParseOptLevel(value, out var level) => c with { OptLevel = level },
            "target" when TargetNamed(value) is { } triple => c with { Target = triple },
            "compiler" when value is "toyrust" or "rustc" => c with { Compiler = value == "rustc" ? CompilerKind.Rustc : CompilerKind.ToyRust },
            "inline" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var threshold) => c with { InlineThreshold = threshold },
            "cgu" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var units) && units > 0 => c with { CodegenUnits = units },
            _ when on is { } flag && Switches.TryGetValue(axis, out var set) => set(c, flag),
            _ => null,
        };
        result = applied ?? c;
        if (applied is null) error = $"invalid value `{value}` for matrix axis `{axis}`";
        return applied is not null;
    }

    /// <summary>
    /// Any target by its triple (macOS and Windows give objects, which are measured as they are), or a
    /// linkable one by its architecture (`x86_64`, `aarch64`).
    /// </summary>
    private static string? TargetNamed(string value) =>
        Targets.All.FirstOrDefault(t => t == value) ?? Targets.Linkable.FirstOrDefault(t => t.Split('-')[0] == value);
}
