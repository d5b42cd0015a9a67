namespace ToyRust.Driver.Toolchain;

/// <summary>The target whose executables the toolchain builds and runs, or a clear error for one it cannot.</summary>
internal static class TargetTools
{
    public static TargetSpec For(string target) =>
        Targets.Find(target) is { CanLink: true } spec
            ? spec
            : throw new ToolchainException($"ToyRust cannot link or run executables for `{target}`; use `--emit obj`, `asm` or `llvm-ir`");
}
