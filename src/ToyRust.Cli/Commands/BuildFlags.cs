using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>The flags `build` and `run` share, spelled as rustc spells them.</summary>
internal sealed class BuildFlags(string fileName = "FILE", string fileDescription = "The .rs file to compile")
{
    public Argument<string> File { get; } = new(fileName) { Description = fileDescription };

    public Option<string?> Target { get; } = new("--target")
    {
        HelpName = "TRIPLE",
        Description = $"Target triple: {string.Join(", ", Targets.All)} (default {Targets.Host}; executables for the first two)",
    };

    public Option<string[]> Codegen { get; } = new("-C", "--codegen")
    {
        HelpName = "OPT[=VALUE]",
        Description = "Codegen option: opt-level=0|1|2|3|s|z, overflow-checks=on|off, inline-threshold=N, link-dead-code, link-arg=ARG, strip=symbols",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Unstable { get; } = new("-Z")
    {
        HelpName = "OPT=VALUE",
        Description = "Unstable option (rustc's -Z): merge-functions=aliases|trampolines|disabled, function-sections=yes|no",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> Optimize { get; } = new("-O") { Description = "Equivalent to -C opt-level=3 (as in rustc 1.95)" };

    public Option<string?> ErrorFormat { get; } = new("--error-format") { HelpName = "human|json", Description = "How to print diagnostics" };

    public Option<bool> Verbose { get; } = new("-v", "--verbose") { Description = "Log each compiler pass and its time to stderr" };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Target);
        command.Add(Codegen);
        command.Add(Unstable);
        command.Add(Optimize);
        command.Add(ErrorFormat);
        command.Add(Verbose);
    }

    /// <summary>The compile options the flags ask for (with <paramref name="stem"/> and <paramref name="emit"/>), or a one-line error.</summary>
    public bool TryGetOptions(ParseResult parse, string stem, EmitKinds emit, [NotNullWhen(true)] out CompileOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = null;
        var result = new CompileOptions { OutputStem = stem, Emit = emit };
        if (parse.GetValue(Target) is { } target)
        {
            if (!Targets.IsKnown(target))
            {
                error = RustcFlags.UnknownTarget(target);
                return false;
            }
            result = result with { Target = target };
        }
        if (parse.GetValue(Optimize)) result = result with { OptLevel = OptLevel.O3 };
        foreach (var keyValue in parse.GetValue(Codegen) ?? [])
        {
            if (!RustcFlags.TryApplyCodegenOption(result, keyValue, out result, out error)) return false;
        }
        foreach (var keyValue in parse.GetValue(Unstable) ?? [])
        {
            if (!RustcFlags.TryApplyUnstableOption(result, keyValue, out result, out error)) return false;
        }
        if (!TryGetJson(parse, out _, out error)) return false;
        options = result;
        return true;
    }

    public bool TryGetJson(ParseResult parse, out bool json, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (parse.GetValue(ErrorFormat))
        {
            case null or "human":
                json = false;
                return true;
            case "json":
                json = true;
                return true;
            case var other:
                json = false;
                error = $"argument for `--error-format` must be `human` or `json` (instead was `{other}`)";
                return false;
        }
    }
}
