namespace ToyRust.Driver.Toolchain;

/// <summary>
/// Finds the system pieces a target needs before anything is started, so that a missing
/// package is reported as one line naming the Debian package, not as a failed process.
/// `scripts/setup.sh` installs all of them.
/// </summary>
public static class SystemCheck
{
    private const string X86_64Libdir = "/usr/lib/x86_64-linux-gnu";

    /// <summary>A file or program that must exist, and the Debian package that provides it.</summary>
    private sealed record Requirement(string What, string Package, bool IsProgram, string Purpose);

    private static readonly Requirement Llvm = new(X86_64Libdir + "/libLLVM.so.19.1", "libllvm19", false, "the LLVM back end");

    private static readonly Requirement[] X86_64Link =
    [
        new("cc", "gcc", true, "to link x86-64 executables"),
        new(X86_64Libdir + "/crt1.o", "libc6-dev", false, "to link x86-64 executables"),
    ];

    private static readonly Requirement[] Aarch64Link =
    [
        new("aarch64-linux-gnu-gcc", "gcc-aarch64-linux-gnu", true, "to link AArch64 executables"),
        new(Targets.Aarch64Sysroot + "/lib/libc.so.6", "libc6-dev-arm64-cross", false, "to link AArch64 executables"),
        new(Targets.Aarch64Sysroot + "/lib/crt1.o", "libc6-dev-arm64-cross", false, "to link AArch64 executables"),
    ];

    private static readonly Requirement[] Aarch64Run =
    [
        new("qemu-aarch64", "qemu-user", true, "to run AArch64 executables"),
    ];

    /// <summary>
    /// Null when everything needed to compile, link and run for <paramref name="target"/> is present;
    /// otherwise one line naming the first missing piece and its Debian package.
    /// </summary>
    public static string? For(string target) =>
        ForCompiling() ?? ForLinking(target) ?? ForRunning(target);

    /// <summary>Like <see cref="For"/>, for compiling to objects, assembly or IR only (LLVM), for any target.</summary>
    public static string? ForCompiling() => Missing([Llvm]);

    /// <summary>Like <see cref="For"/>, for linking only (the C compiler driver and C library).</summary>
    public static string? ForLinking(string target) => target switch
    {
        Targets.X86_64Linux => Missing(X86_64Link),
        Targets.Aarch64Linux => Missing(Aarch64Link),
        _ => null,
    };

    /// <summary>Like <see cref="For"/>, for running only (QEMU for AArch64).</summary>
    public static string? ForRunning(string target) => target switch
    {
        Targets.Aarch64Linux => Missing(Aarch64Run),
        _ => null,
    };

    private static string? Missing(IEnumerable<Requirement> requirements)
    {
        foreach (var r in requirements)
        {
            var present = r.IsProgram ? ExternalTool.FindOnPath(r.What) is not null : File.Exists(r.What);
            if (present) continue;
            var kind = r.IsProgram ? "program" : "file";
            return $"{kind} `{r.What}` not found ({r.Purpose}); install the Debian package `{r.Package}` (`apt-get install {r.Package}`, or run scripts/setup.sh)";
        }
        return null;
    }
}
