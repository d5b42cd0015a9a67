namespace ToyRust.Driver.Toolchain;

/// <summary>
/// How to link, from rustc's flags: `--gc-sections` unless `-C link-dead-code` (rustc passes it
/// for every executable), `-C strip`, and the `-C link-arg`s for the C compiler driver.
/// </summary>
public sealed record LinkOptions(bool GcSections, StripLevel Strip, IReadOnlyList<string> Args)
{
    public static readonly LinkOptions Default = new(true, StripLevel.None, []);

    public static LinkOptions From(CompileOptions options) => new(!options.LinkDeadCode, options.Strip, options.LinkArgs);

    /// <summary>Where Debian's lld-19 keeps `ld.lld`, for `-fuse-ld=lld` (the package installs no `ld.lld` on the PATH).</summary>
    public const string LldDirectory = "/usr/lib/llvm-19/bin/";

    /// <summary>The arguments for the C compiler driver.</summary>
    public IEnumerable<string> DriverArguments()
    {
        if (GcSections) yield return "-Wl,--gc-sections";
        if (Strip == StripLevel.Symbols) yield return "-s";
        else if (Strip == StripLevel.DebugInfo) yield return "-Wl,--strip-debug";
        if (Args.Contains("-fuse-ld=lld")) yield return "-B" + LldDirectory;
        foreach (var arg in Args) yield return arg;
    }
}
