namespace ToyRust.Driver.Toolchain;

/// <summary>
/// The system programs that build and run executables for one linkable target.
/// x86-64 is the host: `cc` links and the executable runs directly. AArch64 goes through Debian's
/// cross toolchain and runs under user-mode QEMU with the cross C library as its root
/// (`qemu-aarch64 -L /usr/aarch64-linux-gnu EXE`).
/// </summary>
internal sealed record TargetTools(string Target, string CCompiler, string? Emulator, string? Sysroot)
{
    public const string Aarch64Sysroot = "/usr/aarch64-linux-gnu";

    private static readonly TargetTools X86_64 = new(Targets.X86_64Linux, "cc", null, null);
    private static readonly TargetTools Aarch64 = new(Targets.Aarch64Linux, "aarch64-linux-gnu-gcc", "qemu-aarch64", Aarch64Sysroot);

    public static TargetTools For(string target) => target switch
    {
        Targets.X86_64Linux => X86_64,
        Targets.Aarch64Linux => Aarch64,
        _ => throw new ToolchainException($"ToyRust cannot link or run executables for `{target}`; use `--emit obj`, `asm` or `llvm-ir`"),
    };
}
