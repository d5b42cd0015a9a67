using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ToyRust.Driver.Toolchain;

/// <summary>
/// The values of rustc's flags that ToyRust understands, parsed with rustc's error messages.
/// Shared by the CLI (which splits the command line) and the test harness (which reads
/// `//@ compile-flags: -C overflow-checks=off` directives), so both accept exactly the same spelling.
/// </summary>
public static class RustcFlags
{
    /// <summary>
    /// `-C KEY=VALUE` (the part after `-C`): `opt-level=0..3|s|z`, `overflow-checks[=on|off|yes|no|...]`,
    /// `inline-threshold=N` (also as `llvm-args=-inline-threshold=N`), `codegen-units=N`, `link-dead-code`, `link-arg=A`, `link-args=A B`, `strip=...`.
    /// </summary>
    public static bool TryApplyCodegenOption(CompileOptions options, string keyValue, out CompileOptions result, [NotNullWhen(false)] out string? error)
    {
        result = options;
        error = null;
        var (key, value) = Split(keyValue);
        switch (key)
        {
            case "opt-level":
                if (value is null)
                {
                    error = "codegen option `opt-level` requires a string (`-C opt-level=<value>`)";
                    return false;
                }
                if (!TryParseOptLevel(value, out var level))
                {
                    error = $"optimization level needs to be between 0-3, s or z (instead was `{value}`)";
                    return false;
                }
                result = options with { OptLevel = level };
                return true;
            case "overflow-checks":
                if (!TryParseBoolOption(key, value, out var on, out error)) return false;
                result = options with { OverflowChecks = on };
                return true;
            case "inline-threshold":
                return TryApplyInlineThreshold(options, value, out result, out error);
            case "llvm-args" when value is not null && value.TrimStart('-').StartsWith("inline-threshold=", StringComparison.Ordinal):
                return TryApplyInlineThreshold(options, value[(value.IndexOf('=', StringComparison.Ordinal) + 1)..], out result, out error);
            case "codegen-units":
                if (value is null)
                {
                    error = "codegen option `codegen-units` requires a number (`-C codegen-units=<value>`)";
                    return false;
                }
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var units))
                {
                    error = $"incorrect value `{value}` for codegen option `codegen-units` - a number was expected";
                    return false;
                }
                if (units == 0)
                {
                    error = "value for codegen units must be a positive non-zero integer";
                    return false;
                }
                result = options with { CodegenUnits = units };
                return true;
            case "link-dead-code":
                if (!TryParseBoolOption(key, value, out var keep, out error)) return false;
                result = options with { LinkDeadCode = keep };
                return true;
            case "link-arg" when value is not null:
                result = options with { LinkArgs = [.. options.LinkArgs, value] };
                return true;
            case "link-args" when value is not null:
                result = options with { LinkArgs = [.. options.LinkArgs, .. value.Split(' ', StringSplitOptions.RemoveEmptyEntries)] };
                return true;
            case "strip":
                if (value is not ("none" or "debuginfo" or "symbols"))
                {
                    error = $"incorrect value `{value}` for codegen option `strip` - either `none`, `debuginfo`, or `symbols` was expected";
                    return false;
                }
                result = options with { Strip = value switch { "symbols" => StripLevel.Symbols, "debuginfo" => StripLevel.DebugInfo, _ => StripLevel.None } };
                return true;
            default:
                error = $"unknown codegen option: `{key}`";
                return false;
        }
    }

    /// <summary>`-Z KEY=VALUE` (the part after `-Z`): `merge-functions=aliases|trampolines|disabled`, `function-sections=yes|no`.</summary>
    public static bool TryApplyUnstableOption(CompileOptions options, string keyValue, out CompileOptions result, [NotNullWhen(false)] out string? error)
    {
        result = options;
        error = null;
        var (key, value) = Split(keyValue);
        switch (key)
        {
            case "merge-functions":
                if (value is not ("aliases" or "trampolines" or "disabled"))
                {
                    error = $"incorrect value `{value}` for unstable option `merge-functions` - one of: `disabled`, `trampolines`, or `aliases` was expected";
                    return false;
                }
                result = options with { MergeFunctions = value != "disabled" };
                return true;
            case "function-sections":
                if (!TryParseBoolOption(key, value, out var on, out error, "unstable")) return false;
                result = options with { FunctionSections = on };
                return true;
            default:
                error = $"unknown unstable option: `{key}`";
                return false;
        }
    }

    /// <summary>`key=value` → (key, value); a bare `key` has no value.</summary>
    private static (string Key, string? Value) Split(string keyValue)
    {
        var eq = keyValue.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (keyValue, null) : (keyValue[..eq], keyValue[(eq + 1)..]);
    }

    private static bool TryApplyInlineThreshold(CompileOptions options, string? value, out CompileOptions result, [NotNullWhen(false)] out string? error)
    {
        result = options;
        error = null;
        if (!int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var threshold))
        {
            error = $"incorrect value `{value}` for codegen option `inline-threshold` - a number was expected";
            return false;
        }
        result = options with { InlineThreshold = threshold };
        return true;
    }

    private static bool TryParseBoolOption(string key, string? value, out bool on, [NotNullWhen(false)] out string? error, string kind = "codegen")
    {
        error = null;
        if (TryParseBool(value, out on)) return true;
        error = $"incorrect value `{value}` for {kind} option `{key}` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected";
        return false;
    }

    public static bool TryParseOptLevel(string value, out OptLevel level)
    {
        level = value switch
        {
            "0" => OptLevel.O0,
            "1" => OptLevel.O1,
            "2" => OptLevel.O2,
            "3" => OptLevel.O3,
            "s" => OptLevel.Os,
            "z" => OptLevel.Oz,
            _ => (OptLevel)(-1),
        };
        return Enum.IsDefined(level);
    }

    /// <summary>The spelling rustc uses for an opt-level: `0`..`3`, `s`, `z`.</summary>
    public static string Spell(OptLevel level) => level switch
    {
        OptLevel.Os => "s",
        OptLevel.Oz => "z",
        _ => ((int)level).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// `--emit` values, comma-separated: `link` (rustc's name) or `exe`, `obj`, `asm`, `llvm-ir`, `mir`;
    /// `metadata` means check only (no output), as `cargo check` uses it.
    /// </summary>
    public static bool TryParseEmit(IEnumerable<string> values, out EmitKinds kinds, [NotNullWhen(false)] out string? error)
    {
        kinds = EmitKinds.None;
        error = null;
        foreach (var part in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            switch (part)
            {
                case "link" or "exe": kinds |= EmitKinds.Exe; break;
                case "obj": kinds |= EmitKinds.Obj; break;
                case "asm": kinds |= EmitKinds.Asm; break;
                case "llvm-ir": kinds |= EmitKinds.LlvmIr; break;
                case "mir": kinds |= EmitKinds.Mir; break;
                case "metadata": break;
                default:
                    error = $"unknown emission type: `{part}` - expected one of: `link` (or `exe`), `obj`, `asm`, `llvm-ir`, `mir`, `metadata`";
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A whole flag list as written in a `//@ compile-flags:` directive: `-C k=v`, `-Ck=v`, `-O` (opt-level 3, as in rustc 1.95),
    /// `--target T`, `--edition 2021`.
    /// </summary>
    public static bool TryApply(CompileOptions options, IReadOnlyList<string> flags, out CompileOptions result, [NotNullWhen(false)] out string? error)
    {
        result = options;
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            string? Next() => i + 1 < flags.Count ? flags[++i] : null;
            switch (flag)
            {
                case "-O":
                    result = result with { OptLevel = OptLevel.O3 };
                    continue;
                case "-C":
                    if (!TryApplyCodegenOption(result, Next() ?? "", out result, out error)) return false;
                    continue;
                case "-Z":
                    if (!TryApplyUnstableOption(result, Next() ?? "", out result, out error)) return false;
                    continue;
                case "--target":
                    var target = Next() ?? "";
                    if (!Targets.IsKnown(target))
                    {
                        error = UnknownTarget(target);
                        return false;
                    }
                    result = result with { Target = target };
                    continue;
                case "--edition":
                    if (Next() != "2021")
                    {
                        error = "ToyRust accepts only `--edition 2021`";
                        return false;
                    }
                    continue;
            }
            if (flag.StartsWith("-C", StringComparison.Ordinal))
            {
                if (!TryApplyCodegenOption(result, flag[2..], out result, out error)) return false;
                continue;
            }
            if (flag.StartsWith("-Z", StringComparison.Ordinal))
            {
                if (!TryApplyUnstableOption(result, flag[2..], out result, out error)) return false;
                continue;
            }
            error = $"Unrecognized option: '{flag.TrimStart('-')}'";
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>rustc's message for an unknown `--target`, with the list ToyRust knows.</summary>
    public static string UnknownTarget(string target) =>
        $"could not find specification for target \"{target}\" (ToyRust knows {string.Join(", ", Targets.All)})";

    private static bool TryParseBool(string? value, out bool on)
    {
        switch (value)
        {
            case null or "y" or "yes" or "on" or "true":
                on = true;
                return true;
            case "n" or "no" or "off" or "false":
                on = false;
                return true;
            default:
                on = false;
                return false;
        }
    }
}
