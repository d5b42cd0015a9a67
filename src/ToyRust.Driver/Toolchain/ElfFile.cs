using System.Buffers.Binary;
using System.Text;

namespace ToyRust.Driver.Toolchain;

/// <summary>
/// Reads section sizes from a 64-bit little-endian ELF file (x86-64 and AArch64 Linux), for the
/// size table of `toyrust report`. Only the section header table is read:
/// <code>
/// ELF header:      e_shoff @0x28 (u64), e_shentsize @0x3A, e_shnum @0x3C, e_shstrndx @0x3E (u16)
/// section header:  sh_name @0x00 (u32, offset into .shstrtab), sh_offset @0x18, sh_size @0x20 (u64)
/// </code>
/// </summary>
public static class ElfFile
{
    /// <summary>The size in bytes of the named section, or null if the file is not ELF64-LE or has no such section.</summary>
    public static long? SectionSize(string path, string sectionName)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            return null;
        }
        var elf = bytes.AsSpan();
        const int HeaderSize = 0x40;
        if (elf.Length < HeaderSize || elf[0] != 0x7F || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F') return null;
        if (elf[4] != 2 || elf[5] != 1) return null; // ELFCLASS64, ELFDATA2LSB

        var shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(elf[0x28..]);
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3A..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3C..]);
        int shstrndx = BinaryPrimitives.ReadUInt16LittleEndian(elf[0x3E..]);
        if (shentsize < 0x28 || shoff <= 0 || shoff + (long)shnum * shentsize > elf.Length || shstrndx >= shnum) return null;

        var strtab = Section(elf, shoff, shentsize, shstrndx);
        for (var i = 0; i < shnum; i++)
        {
            var header = elf.Slice((int)(shoff + (long)i * shentsize), shentsize);
            var nameOffset = BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (NameAt(elf, strtab, nameOffset) == sectionName) return (long)BinaryPrimitives.ReadUInt64LittleEndian(header[0x20..]);
        }
        return null;
    }

    private static (long Offset, long Size) Section(ReadOnlySpan<byte> elf, long shoff, int shentsize, int index)
    {
        var header = elf.Slice((int)(shoff + (long)index * shentsize), shentsize);
        return ((long)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]), (long)BinaryPrimitives.ReadUInt64LittleEndian(header[0x20..]));
    }

    private static string? NameAt(ReadOnlySpan<byte> elf, (long Offset, long Size) strtab, uint nameOffset)
    {
        if (nameOffset >= strtab.Size || strtab.Offset + strtab.Size > elf.Length) return null;
        var table = elf.Slice((int)strtab.Offset, (int)strtab.Size);
        var rest = table[(int)nameOffset..];
        var end = rest.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }
}
