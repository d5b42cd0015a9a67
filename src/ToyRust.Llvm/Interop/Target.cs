using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Target.h. LLVMInitializeAllTargets and friends are static inline in the header, so
// there is no symbol to bind; the per-target initializers they call are exported instead.
public static unsafe partial class LLVM
{
    [LibraryImport(Lib, EntryPoint = "LLVMInitializeX86TargetInfo")]
    public static partial void InitializeX86TargetInfo();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeX86Target")]
    public static partial void InitializeX86Target();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeX86TargetMC")]
    public static partial void InitializeX86TargetMC();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeX86AsmPrinter")]
    public static partial void InitializeX86AsmPrinter();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeX86AsmParser")]
    public static partial void InitializeX86AsmParser();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeAArch64TargetInfo")]
    public static partial void InitializeAArch64TargetInfo();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeAArch64Target")]
    public static partial void InitializeAArch64Target();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeAArch64TargetMC")]
    public static partial void InitializeAArch64TargetMC();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeAArch64AsmPrinter")]
    public static partial void InitializeAArch64AsmPrinter();

    [LibraryImport(Lib, EntryPoint = "LLVMInitializeAArch64AsmParser")]
    public static partial void InitializeAArch64AsmParser();

    /// <remarks>Free the result with <see cref="DisposeMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMCopyStringRepOfTargetData")]
    public static partial sbyte* CopyStringRepOfTargetData(LLVMTargetDataRef TD);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeTargetData")]
    public static partial void DisposeTargetData(LLVMTargetDataRef TD);

    [LibraryImport(Lib, EntryPoint = "LLVMSizeOfTypeInBits")]
    public static partial ulong SizeOfTypeInBits(LLVMTargetDataRef TD, LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMStoreSizeOfType")]
    public static partial ulong StoreSizeOfType(LLVMTargetDataRef TD, LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMABISizeOfType")]
    public static partial ulong ABISizeOfType(LLVMTargetDataRef TD, LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMABIAlignmentOfType")]
    public static partial uint ABIAlignmentOfType(LLVMTargetDataRef TD, LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMOffsetOfElement")]
    public static partial ulong OffsetOfElement(LLVMTargetDataRef TD, LLVMTypeRef StructTy, uint Element);
}
