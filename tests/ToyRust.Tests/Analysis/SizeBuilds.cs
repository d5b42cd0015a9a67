using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Sizes;
using ToyRust.Driver;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Analysis;

/// <summary>Builds for the size tests: a ToyRust build measured with its records, or a rustc build measured as a foreign binary.</summary>
internal static class SizeBuilds
{
    public static SizeReport ToyRust(string relativeSource, string flags = "", string target = Targets.X86_64Linux)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-size-test-");
        try
        {
            var stem = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(relativeSource));
            return BuildMeasurer.BuildAndMeasure(Repo.Full(relativeSource), ["--target", target, .. flags.Split(' ', StringSplitOptions.RemoveEmptyEntries)], stem);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>rustc's build of <paramref name="relativeSource"/> at <paramref name="optLevel"/>, with v0 or legacy names.</summary>
    public static SizeReport Rustc(string relativeSource, string optLevel, bool v0 = true)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-size-rustc-");
        try
        {
            var exe = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(relativeSource));
            // rustc 1.95 names the user crate's symbols the legacy way unless told otherwise.
            string[] mangling = v0 ? ["-C", "symbol-mangling-version=v0"] : [];
            var run = EndToEnd.Rustc.Run([relativeSource, "-o", exe, "-C", "opt-level=" + optLevel, .. mangling]);
            if (run.ExitCode != 0) throw new InvalidOperationException("rustc failed: " + run.Stderr);
            return SizeAnalyzer.Analyze(ObjectReader.Read(exe));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
