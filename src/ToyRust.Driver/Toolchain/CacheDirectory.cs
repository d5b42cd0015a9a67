namespace ToyRust.Driver.Toolchain;

/// <summary>
/// Where ToyRust keeps files it can rebuild at any time (the compiled runtime):
/// `$TOYRUST_CACHE`, else `$XDG_CACHE_HOME/toyrust`, else `~/.cache/toyrust`.
/// </summary>
public static class CacheDirectory
{
    public static string Path
    {
        get
        {
            var explicitDir = Environment.GetEnvironmentVariable("TOYRUST_CACHE");
            if (!string.IsNullOrEmpty(explicitDir)) return explicitDir;
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (!string.IsNullOrEmpty(xdg)) return System.IO.Path.Combine(xdg, "toyrust");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return string.IsNullOrEmpty(home)
                ? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "toyrust-cache")
                : System.IO.Path.Combine(home, ".cache", "toyrust");
        }
    }

    /// <summary>The cache directory, created if needed.</summary>
    public static string Ensure()
    {
        var dir = Path;
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolchainException($"cannot create the cache directory `{dir}`: {e.Message} (set TOYRUST_CACHE to a writable folder)", e);
        }
        return dir;
    }
}
