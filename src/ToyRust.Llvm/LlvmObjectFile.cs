using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>One section as LLVM's object reader sees it; <see cref="Index"/> is its position in the walk.</summary>
public sealed record LlvmSection(int Index, string Name, ulong Address, ulong Size);

/// <summary>One symbol: <see cref="SectionIndex"/> is the containing section's index, or -1 when undefined or absolute.</summary>
public sealed record LlvmSymbol(string Name, ulong Address, ulong Size, int SectionIndex);

/// <summary>
/// An object file or executable read through LLVM's object C API (ELF, Mach-O and COFF alike):
/// its kind, its sections and its symbol table, copied out in one pass so no LLVM handle outlives
/// <see cref="Read"/>.
///
/// LLVM checks headers when it opens a file and reports what it finds as an error; but the
/// section and symbol accessors of the C API end the process through LLVM's fatal-error handler
/// on damage found later (a symbol name outside the string table). <see cref="Read"/> installs a
/// handler that prints one `error:` line naming the file and exits with code 1, so even then the user
/// sees a one-line message and exit code 1, never a crash dump. Callers that must survive any input
/// (the fuzz tests) read damaged files in a child process.
/// </summary>
public sealed partial class LlvmObjectFile
{
    private LlvmObjectFile(LLVMBinaryType type, ImmutableArray<LlvmSection> sections, ImmutableArray<LlvmSymbol> symbols)
    {
        Type = type;
        Sections = sections;
        Symbols = symbols;
    }

    public LLVMBinaryType Type { get; }

    public ImmutableArray<LlvmSection> Sections { get; }

    public ImmutableArray<LlvmSymbol> Symbols { get; }

    [ThreadStatic]
    private static string? currentFile;

    private static int handlerInstalled;

    /// <summary>Reads <paramref name="bytes"/>; throws <see cref="LlvmException"/> with LLVM's reason when it is not an object LLVM can read.</summary>
    public static unsafe LlvmObjectFile Read(byte[] bytes, string displayName)
    {
        InstallFatalErrorHandler();
        currentFile = displayName;
        var buffer = CopyToBuffer(bytes, displayName);
        try
        {
            sbyte* error = null;
            var binary = LLVM.CreateBinary(buffer, default, &error);
            if (binary.IsNull) throw new LlvmException(LlvmStrings.Take(error));
            try
            {
                return ReadBinary(binary);
            }
            finally
            {
                LLVM.DisposeBinary(binary);
            }
        }
        finally
        {
            LLVM.DisposeMemoryBuffer(buffer);
            currentFile = null;
        }
    }

    private static LlvmObjectFile ReadBinary(LLVMBinaryRef binary)
    {
        var type = LLVM.BinaryGetType(binary);
        if (!IsObjectFile(type)) return new LlvmObjectFile(type, [], []);
        var sections = ReadSections(binary);
        return new LlvmObjectFile(type, sections, ReadSymbols(binary, sections));
    }

    /// <summary>The kinds whose sections and symbols the C API can walk (not archives, IR or universal binaries).</summary>
    public static bool IsObjectFile(LLVMBinaryType type) =>
        type is LLVMBinaryType.COFF or >= LLVMBinaryType.ELF32L and <= LLVMBinaryType.Wasm;

    private static unsafe ImmutableArray<LlvmSection> ReadSections(LLVMBinaryRef binary)
    {
        var result = ImmutableArray.CreateBuilder<LlvmSection>();
        var it = LLVM.ObjectFileCopySectionIterator(binary);
        if (it.Handle == 0) return []; // no sections: the C API gives no iterator, not an empty one
        try
        {
            for (; LLVM.ObjectFileIsSectionIteratorAtEnd(binary, it) == 0; LLVM.MoveToNextSection(it))
                result.Add(new LlvmSection(result.Count, SectionName(binary, it), LLVM.GetSectionAddress(it), LLVM.GetSectionSize(it)));
        }
        finally
        {
            LLVM.DisposeSectionIterator(it);
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The C API hands out the name's first byte only, and a Mach-O section name of the full 16
    /// bytes has no terminating NUL (`__compact_unwind` runs on into its segment's name): cut there.
    /// </summary>
    private static unsafe string SectionName(LLVMBinaryRef binary, LLVMSectionIteratorRef it)
    {
        var name = LlvmStrings.Borrow(LLVM.GetSectionName(it));
        const int MachONameLength = 16;
        var machO = LLVM.BinaryGetType(binary) is >= LLVMBinaryType.MachO32L and <= LLVMBinaryType.MachO64B;
        return machO && name.Length > MachONameLength ? name[..MachONameLength] : name;
    }

    private static unsafe ImmutableArray<LlvmSymbol> ReadSymbols(LLVMBinaryRef binary, ImmutableArray<LlvmSection> sections)
    {
        var byIdentity = new Dictionary<(string, ulong, ulong), int>();
        foreach (var s in sections) byIdentity.TryAdd((s.Name, s.Address, s.Size), s.Index);
        // With no symbols (a stripped executable) or no sections the C API returns a null iterator,
        // which its `IsAtEnd` dereferences; a symbol without sections to be in is of no use anyway.
        if (sections.IsEmpty) return [];
        var it = LLVM.ObjectFileCopySymbolIterator(binary);
        if (it.Handle == 0) return [];
        var result = ImmutableArray.CreateBuilder<LlvmSymbol>();
        var section = LLVM.ObjectFileCopySectionIterator(binary);
        try
        {
            for (; LLVM.ObjectFileIsSymbolIteratorAtEnd(binary, it) == 0; LLVM.MoveToNextSymbol(it))
            {
                var name = LlvmStrings.Borrow(LLVM.GetSymbolName(it));
                LLVM.MoveToContainingSection(section, it);
                var index = LLVM.ObjectFileIsSectionIteratorAtEnd(binary, section) != 0 ? -1
                    : byIdentity.GetValueOrDefault((SectionName(binary, section), LLVM.GetSectionAddress(section), LLVM.GetSectionSize(section)), -1);
                result.Add(new LlvmSymbol(name, LLVM.GetSymbolAddress(it), LLVM.GetSymbolSize(it), index));
            }
        }
        finally
        {
            LLVM.DisposeSectionIterator(section);
            LLVM.DisposeSymbolIterator(it);
        }
        return result.ToImmutable();
    }

    private static unsafe LLVMMemoryBufferRef CopyToBuffer(byte[] bytes, string displayName)
    {
        var name = LlvmStrings.Utf8(displayName + "\0");
        fixed (byte* data = bytes)
        fixed (byte* namePtr = name)
        {
            return LLVM.CreateMemoryBufferWithMemoryRangeCopy(data, (nuint)bytes.Length, namePtr);
        }
    }

    private static unsafe void InstallFatalErrorHandler()
    {
        if (Interlocked.Exchange(ref handlerInstalled, 1) == 1) return;
        LLVM.InstallFatalErrorHandler(&OnFatalError);
    }

    /// <summary>
    /// LLVM calls this before it ends the process: say which file was bad, in one line, and exit
    /// with code 1 here, because after the handler LLVM calls abort() (exit code 134) for the errors
    /// it would have made a crash report of, which the object reader's `cantFail`s are.
    /// </summary>
    [UnmanagedCallersOnly]
    private static unsafe void OnFatalError(sbyte* reason)
    {
        var what = LlvmStrings.Borrow(reason).ReplaceLineEndings(" ").Trim();
        var file = currentFile;
        Console.Error.WriteLine(file is null ? $"error: internal compiler error: LLVM: {what}" : $"error: {file}: malformed object file: {what}");
        Console.Error.Flush();
        Console.Out.Flush();
        // Not the runtime's orderly shutdown: this runs inside LLVM with its locks held.
        ExitNow(file is null ? 101 : 1);
    }

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void ExitNow(int status);
}
