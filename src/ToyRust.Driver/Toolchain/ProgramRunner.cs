using System.Diagnostics;
using System.Text;

namespace ToyRust.Driver.Toolchain;

/// <summary>How to run a compiled program.</summary>
public sealed record RunOptions
{
    /// <summary>Command-line arguments passed to the program.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Kill the program (and anything it started) after this long; null waits forever.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// True: the program shares this process's stdin, stdout and stderr (`toyrust run`), and
    /// <see cref="RunResult.Stdout"/>/<see cref="RunResult.Stderr"/> are empty. False: output is captured
    /// and stdin is empty.
    /// </summary>
    public bool InheritStdio { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Environment changes for the program: a null value removes the variable (e.g. RUST_BACKTRACE for exact panic output).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}

/// <summary>
/// How a program ended. <see cref="ExitCode"/> is what a shell's `$?` shows: 101 after a Rust panic,
/// 128 + N after signal N. Output is decoded as UTF-8 from the exact bytes written.
/// </summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

/// <summary>
/// Runs executables ToyRust built: x86-64 ones directly, AArch64 ones under
/// `qemu-aarch64 -L /usr/aarch64-linux-gnu` (user-mode emulation with the cross C library as root).
/// </summary>
public static class ProgramRunner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <exception cref="ToolchainException">The target cannot run here (not linkable, or QEMU missing).</exception>
    public static RunResult Run(string exe, string target, RunOptions options)
    {
        var info = StartInfo(exe, target, options);
        return options.InheritStdio ? RunInherited(info, options) : RunCaptured(info, options);
    }

    private static ProcessStartInfo StartInfo(string exe, string target, RunOptions options)
    {
        var tools = TargetTools.For(target);
        var missing = SystemCheck.ForRunning(target);
        if (missing is not null) throw new ToolchainException(missing);

        // A relative path without a slash would be looked up on PATH; make it explicit.
        var program = Path.GetFullPath(exe);
        ProcessStartInfo info;
        if (tools.Emulator is null)
        {
            info = new ProcessStartInfo(program);
        }
        else
        {
            info = new ProcessStartInfo(tools.Emulator);
            info.ArgumentList.Add("-L");
            info.ArgumentList.Add(tools.Sysroot!);
            info.ArgumentList.Add(program);
        }
        foreach (var a in options.Arguments) info.ArgumentList.Add(a);
        info.UseShellExecute = false;
        if (options.WorkingDirectory is not null) info.WorkingDirectory = options.WorkingDirectory;
        foreach (var (name, value) in options.Environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        return info;
    }

    private static RunResult RunInherited(ProcessStartInfo info, RunOptions options)
    {
        using var process = ExternalTool.Start(info, info.FileName);
        var timedOut = !WaitOrKill(process, options.Timeout);
        return new RunResult(process.ExitCode, "", "", timedOut);
    }

    private static RunResult RunCaptured(ProcessStartInfo info, RunOptions options)
    {
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = ExternalTool.Start(info, info.FileName);
        process.StandardInput.Close();
        var stdout = ReadAllBytesAsync(process.StandardOutput.BaseStream);
        var stderr = ReadAllBytesAsync(process.StandardError.BaseStream);
        var timedOut = !WaitOrKill(process, options.Timeout);
        // After a kill the pipes close with the process tree; the reads then finish.
        return new RunResult(process.ExitCode, Utf8.GetString(stdout.Result), Utf8.GetString(stderr.Result), timedOut);
    }

    /// <summary>Waits for the exit; on timeout kills the whole process tree and returns false.</summary>
    private static bool WaitOrKill(Process process, TimeSpan? timeout)
    {
        if (timeout is null)
        {
            process.WaitForExit();
            return true;
        }
        if (process.WaitForExit(timeout.Value)) return true;
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill.
        }
        process.WaitForExit();
        return false;
    }

    private static async Task<byte[]> ReadAllBytesAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
