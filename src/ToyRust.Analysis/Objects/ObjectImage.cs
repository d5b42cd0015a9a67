using System.Collections.Immutable;
using ToyRust.Driver;

namespace ToyRust.Analysis.Objects;

/// <summary>
/// What a section holds, decided from its name (the object C API gives no flags):
/// machine code, read-only data, writable data, zero-filled data (no bytes in the file), unwind
/// tables, debug information, and everything else the loader never maps (symbol and string
/// tables, relocations of an object, notes of the toolchain).
/// </summary>
public enum SectionKind
{
    Code,
    ReadOnlyData,
    Data,
    ZeroFill,
    Unwind,
    Debug,
    Metadata,
}

/// <summary>
/// One section: <see cref="FileSize"/> is what it takes on disk (0 for zero-filled data),
/// <see cref="MemorySize"/> what it takes when loaded (0 for what is never mapped).
/// </summary>
public sealed record ObjectSection(string Name, ulong Address, long Size, SectionKind Kind, bool Loaded)
{
    public long FileSize => Kind == SectionKind.ZeroFill ? 0 : Size;

    public long MemorySize => Loaded ? Size : 0;
}

/// <summary>
/// One defined symbol with its size: as the symbol table says (ELF), or the gap to the next
/// symbol of its section (<see cref="SizeFromGap"/>: Mach-O and COFF record no sizes).
/// <see cref="Name"/> is as the linker sees it, less the `_` Mach-O puts before every C name.
/// </summary>
public sealed record ObjectSymbol(string Name, ulong Address, long Size, ObjectSection Section, bool SizeFromGap);

/// <summary>An object file or executable: its format, architecture, sections and defined symbols.</summary>
public sealed record ObjectImage(string Path, ObjectFormat Format, string Architecture, bool IsExecutable, long FileSize,
    ImmutableArray<ObjectSection> Sections, ImmutableArray<ObjectSymbol> Symbols)
{
    /// <summary>The symbols with bytes of machine code, one per address (aliases and folded copies share one).</summary>
    public IEnumerable<ObjectSymbol> Functions => Symbols.Where(s => s.Section.Kind == SectionKind.Code && s.Size > 0);

    public long CodeSize => Sections.Where(s => s.Kind == SectionKind.Code).Sum(s => s.Size);
}
