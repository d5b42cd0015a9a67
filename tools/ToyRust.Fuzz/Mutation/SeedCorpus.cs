using System.Collections.Immutable;

namespace ToyRust.Fuzz.Mutation;

/// <summary>A program the mutator starts from: a repo-relative path (or `extra-N`) and its text.</summary>
public sealed record CorpusProgram(string Name, string Text);

/// <summary>
/// The valid programs mutation starts from: every `examples/*.rs` and `tests/programs/**/*.rs` of
/// the repository, in ordinal order of their paths (so a seed means the same mutants on every
/// machine), then any extra programs, such as generated ones. The UI tests are left out on
/// purpose: they are invalid to begin with, and mutating valid code reaches deeper phases.
/// </summary>
public static class SeedCorpus
{
    public static ImmutableArray<CorpusProgram> Load(IReadOnlyList<string>? extraSources = null) =>
        Load(FindRepositoryRoot(), extraSources);

    public static ImmutableArray<CorpusProgram> Load(string repositoryRoot, IReadOnlyList<string>? extraSources)
    {
        var files = Sources(repositoryRoot, "examples", SearchOption.TopDirectoryOnly)
            .Concat(Sources(repositoryRoot, Path.Combine("tests", "programs"), SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new CorpusProgram(relative, File.ReadAllText(Path.Combine(repositoryRoot, relative))));
        var extras = (extraSources ?? []).Select((text, i) => new CorpusProgram($"extra-{i}", text));
        return [.. files, .. extras];
    }

    /// <summary>The folder holding ToyRust.sln, above the current directory or else above this assembly.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ToyRust.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("ToyRust.sln not found above the current directory or " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Sources(string root, string folder, SearchOption option)
    {
        var dir = Path.Combine(root, folder);
        return Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.rs", option) : [];
    }
}
