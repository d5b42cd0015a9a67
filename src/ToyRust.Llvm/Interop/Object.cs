using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

/// <summary>llvm-c/Object.h: what kind of file <see cref="LLVM.CreateBinary"/> recognised.</summary>
public enum LLVMBinaryType
{
    Archive,
    MachOUniversalBinary,
    COFFImportFile,
    IR,
    WinRes,
    COFF,
    ELF32L,
    ELF32B,
    ELF64L,
    ELF64B,
    MachO32L,
    MachO32B,
    MachO64L,
    MachO64B,
    Wasm,
    Offload,
}

/// <summary>An <c>LLVMBinaryRef</c>; owned by <see cref="LlvmObjectFile"/>.</summary>
public readonly record struct LLVMBinaryRef(nint Handle)
{
    public bool IsNull => Handle == 0;
}

/// <summary>An <c>LLVMSectionIteratorRef</c>; owned by <see cref="LlvmObjectFile"/> for the length of one walk.</summary>
public readonly record struct LLVMSectionIteratorRef(nint Handle);

/// <summary>An <c>LLVMSymbolIteratorRef</c>; owned by <see cref="LlvmObjectFile"/> for the length of one walk.</summary>
public readonly record struct LLVMSymbolIteratorRef(nint Handle);

// llvm-c/Object.h and llvm-c/ErrorHandling.h. The accessors of sections and symbols end the
// process through LLVM's fatal-error handler when the file is malformed in a way object::create
// did not catch; see LlvmObjectFile.
public static unsafe partial class LLVM
{
    [LibraryImport(Lib, EntryPoint = "LLVMCreateMemoryBufferWithMemoryRangeCopy")]
    public static partial LLVMMemoryBufferRef CreateMemoryBufferWithMemoryRangeCopy(byte* InputData, nuint InputDataLength, byte* BufferName);

    [LibraryImport(Lib, EntryPoint = "LLVMCreateBinary")]
    public static partial LLVMBinaryRef CreateBinary(LLVMMemoryBufferRef MemBuf, LLVMContextRef Context, sbyte** ErrorMessage);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeBinary")]
    public static partial void DisposeBinary(LLVMBinaryRef BR);

    [LibraryImport(Lib, EntryPoint = "LLVMBinaryGetType")]
    public static partial LLVMBinaryType BinaryGetType(LLVMBinaryRef BR);

    [LibraryImport(Lib, EntryPoint = "LLVMObjectFileCopySectionIterator")]
    public static partial LLVMSectionIteratorRef ObjectFileCopySectionIterator(LLVMBinaryRef BR);

    [LibraryImport(Lib, EntryPoint = "LLVMObjectFileIsSectionIteratorAtEnd")]
    public static partial int ObjectFileIsSectionIteratorAtEnd(LLVMBinaryRef BR, LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMObjectFileCopySymbolIterator")]
    public static partial LLVMSymbolIteratorRef ObjectFileCopySymbolIterator(LLVMBinaryRef BR);

    [LibraryImport(Lib, EntryPoint = "LLVMObjectFileIsSymbolIteratorAtEnd")]
    public static partial int ObjectFileIsSymbolIteratorAtEnd(LLVMBinaryRef BR, LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeSectionIterator")]
    public static partial void DisposeSectionIterator(LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMMoveToNextSection")]
    public static partial void MoveToNextSection(LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMMoveToContainingSection")]
    public static partial void MoveToContainingSection(LLVMSectionIteratorRef Sect, LLVMSymbolIteratorRef Sym);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeSymbolIterator")]
    public static partial void DisposeSymbolIterator(LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMMoveToNextSymbol")]
    public static partial void MoveToNextSymbol(LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSectionName")]
    public static partial sbyte* GetSectionName(LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSectionSize")]
    public static partial ulong GetSectionSize(LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSectionAddress")]
    public static partial ulong GetSectionAddress(LLVMSectionIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSymbolName")]
    public static partial sbyte* GetSymbolName(LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSymbolAddress")]
    public static partial ulong GetSymbolAddress(LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMGetSymbolSize")]
    public static partial ulong GetSymbolSize(LLVMSymbolIteratorRef SI);

    [LibraryImport(Lib, EntryPoint = "LLVMInstallFatalErrorHandler")]
    public static partial void InstallFatalErrorHandler(delegate* unmanaged<sbyte*, void> Handler);
}
