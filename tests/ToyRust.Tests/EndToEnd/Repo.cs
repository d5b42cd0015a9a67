namespace ToyRust.Tests.EndToEnd;

/// <summary>Paths in the repository the tests run from (found by walking up to ToyRust.sln).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>`.rs` files under a repo-relative folder, recursively, as sorted repo-relative paths with `/`.</summary>
    public static IEnumerable<string> RelativeSources(string folder)
    {
        var dir = Path.Combine(Root, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*.rs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    public static string Full(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ToyRust.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ToyRust.sln not found above " + AppContext.BaseDirectory);
    }
}
