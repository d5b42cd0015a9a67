using System.CommandLine;
using System.CommandLine.Invocation;
using ToyRust.Cli.Commands;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Cli;

/// <summary>
/// The `toyrust` command: `build`, `run`, `report`, `size`, `diff`, `compare`, `--version`, `--help`.
///
/// Arguments are parsed with System.CommandLine, which takes rustc's spellings as they are:
/// `-C opt-level=2` and `-Copt-level=2` (a short option glued to its value), `--emit=obj` and
/// `--emit obj`, repeated `-C`. What it does not do the rustc way is reporting: it prints help
/// after an error, so parse errors are printed here as one `error:` line with exit code 1, as rustc
/// does. For `run`, everything after the first `--` belongs to the program and is split off before
/// parsing, so the program's own flags never reach the parser.
///
/// Exit codes follow rustc: 0 success, 1 errors in the program or on the command line, 101 for an
/// internal compiler error (any unexpected exception; the stack trace only with TOYRUST_BACKTRACE=1).
/// `toyrust run` exits with the program's own code.
/// </summary>
public static class ToyRustCli
{
    public const int Failure = 1;
    public const int InternalError = 101;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new CliOutput(stdout, stderr);
        if (!CurrentDirectoryExists())
        {
            output.Error("Current directory is invalid: No such file or directory (os error 2)");
            return Failure;
        }
        try
        {
            return Dispatch(args, output);
        }
        catch (ToyRust.Analysis.AnalysisException e)
        {
            output.Error(e.Message);
            return Failure;
        }
        catch (ToolchainException e)
        {
            output.Error(e.Message);
            return Failure;
        }
        catch (Exception e)
        {
            output.Error("internal compiler error: " + OneLine(e.Message));
            if (Environment.GetEnvironmentVariable("TOYRUST_BACKTRACE") == "1") stderr.WriteLine(e);
            return InternalError;
        }
    }

    private static int Dispatch(string[] args, CliOutput output)
    {
        string[] programArgs = [];
        if (args.Length > 0 && args[0] == "run" && Array.IndexOf(args, "--") is var split and >= 0)
        {
            programArgs = args[(split + 1)..];
            args = args[..split];
        }

        var root = new RootCommand("ToyRust: a compiler for a subset of Rust, written in C#, with an LLVM back end.")
        {
            BuildCommand.Create(output),
            RunCommand.Create(output, programArgs),
            ReportCommand.Create(output),
            SizeCommand.Create(output),
            DiffCommand.Create(output),
            CompareCommand.Create(output),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion(output);

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // "Required command was not provided" says less than "Unrecognized command 'frob'": prefer the latter.
            var error = parse.Errors.OrderBy(e => e.Message.StartsWith("Required", StringComparison.Ordinal) ? 1 : 0).First();
            output.Error(OneLine(error.Message));
            return Failure;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output.Out, Error = output.Err });
    }

    /// <summary>False when the directory the command was started in has been deleted (as rustc, an error rather than a crash later).</summary>
    private static bool CurrentDirectoryExists()
    {
        try
        {
            return Directory.Exists(Directory.GetCurrentDirectory());
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>`toyrust --version`, in rustc's shape: `toyrust 0.1.0 (targets: ...)`.</summary>
    private sealed class PrintVersion(CliOutput output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var version = typeof(ToyRustCli).Assembly.GetName().Version!;
            output.Out.WriteLine($"toyrust {version.ToString(3)} (targets: {string.Join(", ", ToyRust.Driver.Targets.All)})");
            return 0;
        }
    }
}
