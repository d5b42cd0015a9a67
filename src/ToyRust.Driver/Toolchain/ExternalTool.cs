using System.Diagnostics;
using System.Text;

namespace ToyRust.Driver.Toolchain;

/// <summary>The outcome of one run of a system tool (cc, aarch64-linux-gnu-gcc), output captured.</summary>
public sealed record ToolOutput(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The first line of stderr (or stdout), for a one-line error message.</summary>
    public string FirstLine()
    {
        var text = Stderr.Trim().Length > 0 ? Stderr : Stdout;
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line ?? $"exit code {ExitCode}";
    }
}

/// <summary>
/// Runs the system tools the toolchain drives. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>,
/// so paths with spaces need no quoting.
/// </summary>
public static class ExternalTool
{
    public static ToolOutput Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        // The tools' messages are parsed and shown to the user: keep them in English.
        info.Environment["LC_ALL"] = "C";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;

        using var process = Start(info, program);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ToolOutput(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Starts a process, turning "not found" into a <see cref="ToolchainException"/>.</summary>
    public static Process Start(ProcessStartInfo info, string program)
    {
        try
        {
            return Process.Start(info) ?? throw new ToolchainException($"could not start `{program}`");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolchainException($"could not run `{program}`: {e.Message}", e);
        }
    }

    /// <summary>The full path of a program found on PATH (or given with a slash), or null.</summary>
    public static string? FindOnPath(string program)
    {
        if (program.Contains('/')) return File.Exists(program) ? Path.GetFullPath(program) : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
