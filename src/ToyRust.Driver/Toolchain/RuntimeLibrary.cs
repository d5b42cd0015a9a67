using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ToyRust.Driver.Toolchain;

/// <summary>
/// The ToyRust runtime (`Runtime/toyrust_rt.c`, embedded in this assembly) compiled for a target.
///
/// The object is built once per (source, target, C compiler) and kept in <see cref="CacheDirectory"/>
/// as `toyrust_rt-TARGET-HASH.o`, where HASH covers the runtime's text, the target, the compiler's
/// path and version and the flags: editing the runtime or upgrading gcc yields a new file name, so a
/// stale object is never used. Tests compile many programs at once in several threads and processes,
/// so the object is written under a unique temporary name in the cache directory and renamed into
/// place (rename is atomic within a directory): a reader sees either no file or a complete one.
/// </summary>
public static class RuntimeLibrary
{
    private const string ResourceName = "toyrust_rt.c";
    // One section per function and datum, so `--gc-sections` keeps only the helpers a program calls.
    private static readonly string[] Flags = ["-O2", "-fPIC", "-ffunction-sections", "-fdata-sections", "-fasynchronous-unwind-tables"];

    private static readonly ConcurrentDictionary<string, Lazy<string>> Objects = new(StringComparer.Ordinal);

    /// <summary>The C source of the runtime.</summary>
    public static string Source { get; } = ReadSource();

    /// <summary>The path of the runtime object for <paramref name="target"/>, compiling it on first use.</summary>
    /// <exception cref="ToolchainException">The target is not linkable or the C compiler failed.</exception>
    public static string ObjectFor(string target) =>
        Objects.GetOrAdd(target, t => new Lazy<string>(() => Build(t))).Value;

    private static string Build(string target)
    {
        var tools = TargetTools.For(target);
        var missing = SystemCheck.ForLinking(target);
        if (missing is not null) throw new ToolchainException(missing);

        var compilerId = CompilerIdentity(tools.CCompiler!);
        var key = string.Join('\0', Source, target, compilerId, string.Join(' ', Flags));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var cache = CacheDirectory.Ensure();
        var path = Path.Combine(cache, $"toyrust_rt-{target}-{hash}.o");
        if (File.Exists(path)) return path;

        // The source file keeps its real name in a private folder: gcc records the name in the object's
        // symbol table, and a random name there would make executables differ between cache rebuilds.
        var work = Directory.CreateTempSubdirectory("toyrust-rt-");
        var temporary = Path.Combine(cache, $".toyrust_rt-{target}-{hash}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(Path.Combine(work.FullName, ResourceName), Source);
            var output = ExternalTool.Run(tools.CCompiler!, [.. Flags, "-c", ResourceName, "-o", temporary], work.FullName);
            if (output.ExitCode != 0)
                throw new ToolchainException($"compiling the runtime with `{tools.CCompiler!}` failed: {output.FirstLine()}");
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            File.Delete(temporary);
            work.Delete(recursive: true);
        }
    }

    /// <summary>The compiler's resolved path and version line, so that upgrading it invalidates the cache.</summary>
    private static string CompilerIdentity(string compiler)
    {
        var resolved = ExternalTool.FindOnPath(compiler) ?? compiler;
        var version = ExternalTool.Run(compiler, ["--version"]);
        return resolved + "\n" + version.Stdout.Split('\n')[0];
    }

    private static string ReadSource()
    {
        using var stream = typeof(RuntimeLibrary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource `{ResourceName}` missing from {typeof(RuntimeLibrary).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
