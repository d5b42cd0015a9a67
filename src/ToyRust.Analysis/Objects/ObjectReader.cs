using System.Buffers.Binary;
using System.Collections.Immutable;
using ToyRust.Driver;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Analysis.Objects;

/// <summary>
/// Reads an object file or executable into an <see cref="ObjectImage"/> through LLVM's object C API
/// (<see cref="LlvmObjectFile"/>), so ELF, Mach-O and COFF are read by one reader.
///
/// The C API gives names, addresses and sizes but no flags, so three things are decided here:
/// a section's kind comes from its name (<see cref="SectionNames"/>); a symbol's size comes from
/// the symbol table where the format records one (ELF) and otherwise from the gap to the next
/// symbol of its section or the section's end (Mach-O, COFF), as bloaty does; and the architecture
/// and whether the file is linked come from the format's header (one field each).
/// Anything that is not a readable object ends in an <see cref="AnalysisException"/>.
/// </summary>
public static class ObjectReader
{
    public static ObjectImage Read(string path)
    {
        var bytes = ReadBytes(path);
        if (bytes.Length == 0) throw new AnalysisException($"{path}: the file is empty");
        LlvmObjectFile file;
        try
        {
            file = LlvmObjectFile.Read(bytes, path);
        }
        catch (LlvmException e)
        {
            throw new AnalysisException($"{path}: not an object file or executable ({OneLine(e.Message)})");
        }
        var format = FormatOf(file.Type, path);
        var executable = Headers.IsLinked(format, bytes);
        var sections = file.Sections.Where(s => s.Name.Length > 0 || s.Size > 0)
            .ToDictionary(s => s.Index, s => Section(s, format, executable));
        var symbols = Symbols(file, sections, format);
        return new ObjectImage(path, format, Headers.Architecture(format, bytes), executable, bytes.Length,
            [.. file.Sections.Where(s => sections.ContainsKey(s.Index)).Select(s => sections[s.Index])], symbols);
    }

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AnalysisException($"{path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : OneLine(e.Message))}");
        }
    }

    private static ObjectFormat FormatOf(LLVMBinaryType type, string path) => type switch
    {
        LLVMBinaryType.ELF32L or LLVMBinaryType.ELF32B or LLVMBinaryType.ELF64L or LLVMBinaryType.ELF64B => ObjectFormat.Elf,
        LLVMBinaryType.MachO32L or LLVMBinaryType.MachO32B or LLVMBinaryType.MachO64L or LLVMBinaryType.MachO64B => ObjectFormat.MachO,
        LLVMBinaryType.COFF => ObjectFormat.Coff,
        LLVMBinaryType.Archive => throw new AnalysisException($"{path}: is an archive; measure its members one at a time (`ar x`)"),
        LLVMBinaryType.MachOUniversalBinary => throw new AnalysisException($"{path}: is a universal binary; measure one architecture (`lipo -thin`)"),
        LLVMBinaryType.IR => throw new AnalysisException($"{path}: is LLVM bitcode, not machine code"),
        _ => throw new AnalysisException($"{path}: is a {type} file, not an object file or executable"),
    };

    private static ObjectSection Section(LlvmSection s, ObjectFormat format, bool executable)
    {
        var kind = SectionNames.KindOf(s.Name);
        // A linked ELF file maps exactly its sections with an address; an object maps nothing yet,
        // so there a section counts as loaded when its kind will be.
        var loaded = executable && format == ObjectFormat.Elf ? s.Address != 0 : SectionNames.IsLoaded(kind);
        return new ObjectSection(s.Name, s.Address, (long)s.Size, kind, loaded);
    }

    private static ImmutableArray<ObjectSymbol> Symbols(LlvmObjectFile file, Dictionary<int, ObjectSection> sections, ObjectFormat format)
    {
        var defined = file.Symbols
            .Where(s => s.Name.Length > 0 && sections.ContainsKey(s.SectionIndex) && !IsAssemblerLabel(s.Name, format))
            .Select(s => (Symbol: s, Section: sections[s.SectionIndex]))
            .ToList();
        if (format == ObjectFormat.Elf)
            return [.. defined.Select(d => new ObjectSymbol(d.Symbol.Name, d.Symbol.Address, (long)d.Symbol.Size, d.Section, false))];
        return [.. defined.GroupBy(d => d.Section).SelectMany(g => SizesFromGaps(g.Key, g.Select(d => d.Symbol), format))];
    }

    /// <summary>Each symbol's size is the distance to the next higher address in its section, or to the section's end.</summary>
    private static IEnumerable<ObjectSymbol> SizesFromGaps(ObjectSection section, IEnumerable<LlvmSymbol> symbols, ObjectFormat format)
    {
        var sorted = symbols.Where(s => s.Name != section.Name).OrderBy(s => s.Address).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var addresses = sorted.Select(s => s.Address).Distinct().ToList();
        var end = section.Address + (ulong)section.Size;
        foreach (var s in sorted)
        {
            var next = addresses.BinarySearch(s.Address) + 1;
            var until = next < addresses.Count ? addresses[next] : end;
            var name = format == ObjectFormat.MachO && s.Name.StartsWith('_') ? s.Name[1..] : s.Name;
            yield return new ObjectSymbol(name, s.Address, (long)(until - Math.Min(until, s.Address)), section, true);
        }
    }

    /// <summary>Mach-O's temporary labels (`ltmp0`, `l_...`, `L...`) mark places, not functions.</summary>
    private static bool IsAssemblerLabel(string name, ObjectFormat format) =>
        format == ObjectFormat.MachO && (name.StartsWith("ltmp", StringComparison.Ordinal) || name.StartsWith('l') || name.StartsWith('L'));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');

    /// <summary>The one or two header fields the object C API does not expose.</summary>
    private static class Headers
    {
        public static bool IsLinked(ObjectFormat format, byte[] b) => format switch
        {
            ObjectFormat.Elf => b.Length > 0x12 && ElfHalf(b, 0x10) is 2 or 3, // ET_EXEC, ET_DYN
            ObjectFormat.MachO => b.Length > 16 && BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(12)) is 2 or 6 or 8, // EXECUTE, DYLIB, BUNDLE
            ObjectFormat.Coff => b.Length > 2 && b[0] == 'M' && b[1] == 'Z',
            _ => false,
        };

        public static string Architecture(ObjectFormat format, byte[] b) => format switch
        {
            ObjectFormat.Elf when b.Length > 0x14 => ElfHalf(b, 0x12) switch { 62 => "x86_64", 183 => "aarch64", 3 => "x86", 40 => "arm", var m => $"machine {m}" },
            ObjectFormat.MachO when b.Length > 8 => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4)) switch { 0x01000007 => "x86_64", 0x0100000C => "aarch64", var c => $"cpu {c:x}" },
            ObjectFormat.Coff when b.Length > 2 => CoffMachine(b) switch { 0x8664 => "x86_64", 0xAA64 => "aarch64", 0x14C => "x86", var m => $"machine {m:x}" },
            _ => "unknown",
        };

        private static int ElfHalf(byte[] b, int offset) =>
            b[5] == 2 ? BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(offset)) : BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(offset));

        /// <summary>An object starts with its machine; an image has it after the `PE\0\0` its DOS header points to.</summary>
        private static int CoffMachine(byte[] b)
        {
            if (b[0] != 'M' || b[1] != 'Z' || b.Length < 0x40) return BinaryPrimitives.ReadUInt16LittleEndian(b);
            var pe = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(0x3C));
            return pe > 0 && pe + 6 <= b.Length ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(pe + 4)) : 0;
        }
    }
}
