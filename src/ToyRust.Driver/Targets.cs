namespace ToyRust.Driver;

/// <summary>Target triples ToyRust knows, and which of them it can link and run here.</summary>
public static class Targets
{
    public const string X86_64Linux = "x86_64-unknown-linux-gnu";
    public const string Aarch64Linux = "aarch64-unknown-linux-gnu";
    public const string X86_64Darwin = "x86_64-apple-darwin";
    public const string Aarch64Darwin = "aarch64-apple-darwin";
    public const string X86_64Windows = "x86_64-pc-windows-msvc";

    public const string Host = X86_64Linux;

    /// <summary>Every triple `--target` accepts, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> All = [X86_64Linux, Aarch64Linux, X86_64Darwin, Aarch64Darwin, X86_64Windows];

    /// <summary>Triples for which ToyRust links executables (the others stop at `--emit obj`/`asm`/`llvm-ir`).</summary>
    public static readonly IReadOnlyList<string> Linkable = [X86_64Linux, Aarch64Linux];

    public static bool IsKnown(string triple) => All.Contains(triple);

    public static bool CanLink(string triple) => Linkable.Contains(triple);

    /// <summary>The LLVM triple handed to the back end (Windows MSVC objects need the full environment name).</summary>
    public static string LlvmTriple(string triple) => triple;
}
