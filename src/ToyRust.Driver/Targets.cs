namespace ToyRust.Driver;

/// <summary>The object file format a target's linker reads.</summary>
public enum ObjectFormat
{
    Elf,
    MachO,
    Coff,
}

/// <summary>
/// Everything ToyRust needs to know about one target, in one place: the triple as `--target`
/// spells it and as LLVM is given it, the pointer width (`usize`, references), the object format,
/// and — for the targets it links and runs here — the C compiler that links (and compiles the
/// runtime), the emulator that runs the executable, and the emulator's sysroot.
/// A new target is one more entry in <see cref="Targets.Specs"/>.
/// Limit: every target ToyRust knows is 64-bit, and the width of `usize` and of references is
/// still fixed at 64 in the type checker and in TypeLowering rather than read from
/// <see cref="PointerBits"/>; a 32-bit target would have to thread it through there.
/// </summary>
/// <param name="CCompiler">Links executables and compiles the runtime; null when ToyRust stops at objects for this target.</param>
/// <param name="Emulator">Runs the executable (user-mode QEMU); null when it runs directly on this machine.</param>
/// <param name="Sysroot">The emulator's root, with the target's C library (`qemu-aarch64 -L SYSROOT EXE`).</param>
public sealed record TargetSpec(string Triple, string LlvmTriple, int PointerBits, ObjectFormat ObjectFormat, string? CCompiler = null, string? Emulator = null, string? Sysroot = null)
{
    public bool CanLink => CCompiler is not null;

    public override string ToString() => Triple;
}

/// <summary>The targets ToyRust knows, and which of them it can link and run here.</summary>
public static class Targets
{
    public const string X86_64Linux = "x86_64-unknown-linux-gnu";
    public const string Aarch64Linux = "aarch64-unknown-linux-gnu";
    public const string X86_64Darwin = "x86_64-apple-darwin";
    public const string Aarch64Darwin = "aarch64-apple-darwin";
    public const string X86_64Windows = "x86_64-pc-windows-msvc";

    public const string Host = X86_64Linux;

    /// <summary>Where Debian's cross C library for AArch64 lives (package libc6-dev-arm64-cross).</summary>
    public const string Aarch64Sysroot = "/usr/aarch64-linux-gnu";

    /// <summary>Every target `--target` accepts, in a fixed order. x86-64 Linux is the host: `cc` links and the executable runs directly.</summary>
    public static readonly IReadOnlyList<TargetSpec> Specs =
    [
        new(X86_64Linux, X86_64Linux, 64, ObjectFormat.Elf, CCompiler: "cc"),
        new(Aarch64Linux, Aarch64Linux, 64, ObjectFormat.Elf, CCompiler: "aarch64-linux-gnu-gcc", Emulator: "qemu-aarch64", Sysroot: Aarch64Sysroot),
        new(X86_64Darwin, X86_64Darwin, 64, ObjectFormat.MachO),
        new(Aarch64Darwin, Aarch64Darwin, 64, ObjectFormat.MachO),
        new(X86_64Windows, X86_64Windows, 64, ObjectFormat.Coff),
    ];

    /// <summary>Every triple `--target` accepts, in a fixed order.</summary>
    public static readonly IReadOnlyList<string> All = [.. Specs.Select(s => s.Triple)];

    /// <summary>Triples for which ToyRust links executables (the others stop at `--emit obj`/`asm`/`llvm-ir`).</summary>
    public static readonly IReadOnlyList<string> Linkable = [.. Specs.Where(s => s.CanLink).Select(s => s.Triple)];

    public static TargetSpec? Find(string triple) => Specs.FirstOrDefault(s => s.Triple == triple);

    public static bool IsKnown(string triple) => Find(triple) is not null;

    public static bool CanLink(string triple) => Find(triple)?.CanLink == true;

    /// <summary>The LLVM triple handed to the back end.</summary>
    public static string LlvmTriple(string triple) => Find(triple)?.LlvmTriple ?? triple;
}
