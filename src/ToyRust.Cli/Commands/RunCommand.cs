using System.CommandLine;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `toyrust run FILE.rs [flags] [-- ARGS]`: compiles into a temporary folder, runs the program with
/// this terminal's stdin/stdout/stderr (AArch64 through qemu-aarch64), deletes the folder and exits
/// with the program's exit code (101 after a panic).
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliOutput output, IReadOnlyList<string> programArgs)
    {
        var flags = new BuildFlags();
        var command = new Command("run", "Compile a .rs file and run it (arguments after `--` go to the program)");
        flags.AddTo(command);
        command.SetAction(parse => Execute(output, parse, flags, programArgs));
        return command;
    }

    private static int Execute(CliOutput output, ParseResult parse, BuildFlags flags, IReadOnlyList<string> programArgs)
    {
        var file = parse.GetValue(flags.File)!;
        var folder = Directory.CreateTempSubdirectory("toyrust-run-");
        try
        {
            var stem = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(file));
            if (!flags.TryGetOptions(parse, stem, EmitKinds.Exe, out var options, out var error) || !flags.TryGetJson(parse, out var json, out error))
            {
                output.Error(error);
                return ToyRustCli.Failure;
            }
            var missing = SystemCheck.ForRunning(options.Target);
            if (missing is not null)
            {
                output.Error(missing);
                return ToyRustCli.Failure;
            }
            var result = Compilation.Compile(output, file, options, json, parse.GetValue(flags.Verbose));
            if (result is not { Succeeded: true }) return ToyRustCli.Failure;
            if (result.Executable is not { } exe)
            {
                output.Error("the compiler produced no executable");
                return ToyRustCli.Failure;
            }
            output.Out.Flush();
            output.Err.Flush();
            return RunProgram(exe, options.Target, programArgs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Ctrl-C reaches the program and this process alike (one process group); this process ignores it
    /// while the program runs, so the program decides how to end and the temporary folder is still deleted.
    /// </summary>
    private static int RunProgram(string exe, string target, IReadOnlyList<string> programArgs)
    {
        static void Ignore(object? sender, ConsoleCancelEventArgs e) => e.Cancel = true;
        Console.CancelKeyPress += Ignore;
        try
        {
            return ProgramRunner.Run(exe, target, new RunOptions { Arguments = programArgs, InheritStdio = true }).ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= Ignore;
        }
    }
}
