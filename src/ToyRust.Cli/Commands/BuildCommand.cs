using System.CommandLine;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust build FILE.rs [-o OUT] [--emit exe,obj,asm,llvm-ir] [flags]`. Outputs are named as rustc
/// names them: `fib.rs` gives `./fib`, `./fib.o`, `./fib.s`, `./fib.ll` in the current directory;
/// `-o OUT` names the single output, or gives the stem when several are asked for.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliOutput output)
    {
        var flags = new BuildFlags();
        var outputOption = new Option<string?>("-o") { HelpName = "FILENAME", Description = "Write output to FILENAME" };
        var emit = new Option<string[]>("--emit")
        {
            HelpName = "exe,obj,asm,llvm-ir",
            Description = "What to write (comma-separated; `link` is rustc's name for exe)",
            AllowMultipleArgumentsPerToken = false,
        };
        var print = new Option<string?>("--print") { HelpName = "mono-items[=why]", Description = "Print the monomorphized items (rustc's -Zprint-mono-items); `=why` adds the chain back to main" };
        var format = new Option<string?>("--format") { HelpName = "text|json", Description = "Format of --print output" };
        var command = new Command("build", "Compile a .rs file to an executable (or object, assembly, LLVM IR)");
        flags.AddTo(command);
        command.Add(outputOption);
        command.Add(emit);
        command.Add(print);
        command.Add(format);
        command.SetAction(parse => Execute(output, parse, flags, parse.GetValue(outputOption), parse.GetValue(emit), parse.GetValue(print), parse.GetValue(format)));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, BuildFlags flags, string? explicitOutput, string[]? emitValues, string? print, string? format)
    {
        var file = parse.GetValue(flags.File)!;
        if (!MonoItemsPrinter.TryParse(print, out var why, out var printError) || format is not (null or "text" or "json"))
        {
            output.Error(printError ?? $"argument for `--format` must be `text` or `json` (instead was `{format}`)");
            return ToyRustCli.Failure;
        }
        var kinds = print is not null && emitValues is not { Length: > 0 } ? EmitKinds.Mono : EmitKinds.Exe;
        if (emitValues is { Length: > 0 } && !RustcFlags.TryParseEmit(emitValues, out kinds, out var emitError))
        {
            output.Error(emitError);
            return ToyRustCli.Failure;
        }
        var stem = explicitOutput is null ? Path.GetFileNameWithoutExtension(file) : StemOf(explicitOutput);
        if (!flags.TryGetOptions(parse, stem, kinds, out var options, out var error) || !flags.TryGetJson(parse, out var json, out error))
        {
            output.Error(error);
            return ToyRustCli.Failure;
        }
        WarnOfOneUnit(output, options, explicitOutput);
        if (explicitOutput is not null && kinds != EmitKinds.Mono)
        {
            if (IsSingle(kinds)) options = options with { ExplicitOutput = explicitOutput };
            else output.Warning("due to multiple output types requested, the explicitly specified output file name will be adapted for each output type");
        }

        var result = Compilation.Compile(output, file, options, json, parse.GetValue(flags.Verbose));
        if (print is not null && result is not null) MonoItemsPrinter.Print(output.Out, result, why, format == "json");
        return result is { Succeeded: true } ? 0 : ToyRustCli.Failure;
    }

    /// <summary>
    /// rustc's words when `-o` names an object, assembly or IR file and `-C codegen-units=N` asks for
    /// more than one unit: one file cannot hold several units, so the build uses one. (Without `-o`,
    /// rustc writes a file per unit; ToyRust writes one, from one unit.)
    /// </summary>
    private static void WarnOfOneUnit(CliOutput output, CompileOptions options, string? explicitOutput)
    {
        if (explicitOutput is null || options.CodegenUnits is not > 1) return;
        var kinds = new[] { (EmitKinds.Asm, "asm"), (EmitKinds.LlvmIr, "llvm-ir"), (EmitKinds.Obj, "obj") }.Where(k => options.Emit.HasFlag(k.Item1)).ToList();
        foreach (var (_, kind) in kinds) output.Warning($"`--emit={kind}` with `-o` incompatible with `-C codegen-units=N` for N > 1");
        if (kinds.Count > 0) output.Warning("resetting to default -C codegen-units=1");
    }

    /// <summary>`out/fib.exe` → `out/fib`; `out/fib` stays.</summary>
    private static string StemOf(string path) =>
        Path.HasExtension(path) ? Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path)) : path;

    private static bool IsSingle(EmitKinds kinds) => kinds is not (EmitKinds.None or EmitKinds.Mono) && (kinds & (kinds - 1)) == 0;
}
