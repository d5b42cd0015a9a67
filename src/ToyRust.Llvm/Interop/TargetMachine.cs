using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/TargetMachine.h
public static unsafe partial class LLVM
{
    /// <remarks>Returns nonzero on failure with ErrorMessage set; free it with <see cref="DisposeMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMGetTargetFromTriple", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GetTargetFromTriple(string Triple, LLVMTargetRef* T, sbyte** ErrorMessage);

    [LibraryImport(Lib, EntryPoint = "LLVMGetTargetName")]
    public static partial sbyte* GetTargetName(LLVMTargetRef T);

    [LibraryImport(Lib, EntryPoint = "LLVMCreateTargetMachine", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMTargetMachineRef CreateTargetMachine(
        LLVMTargetRef T, string Triple, string CPU, string Features,
        LLVMCodeGenOptLevel Level, LLVMRelocMode Reloc, LLVMCodeModel CodeModel);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeTargetMachine")]
    public static partial void DisposeTargetMachine(LLVMTargetMachineRef T);

    /// <remarks>Free the result with <see cref="DisposeMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMGetTargetMachineTriple")]
    public static partial sbyte* GetTargetMachineTriple(LLVMTargetMachineRef T);

    [LibraryImport(Lib, EntryPoint = "LLVMCreateTargetDataLayout")]
    public static partial LLVMTargetDataRef CreateTargetDataLayout(LLVMTargetMachineRef T);

    [LibraryImport(Lib, EntryPoint = "LLVMTargetMachineEmitToFile", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TargetMachineEmitToFile(
        LLVMTargetMachineRef T, LLVMModuleRef M, string Filename, LLVMCodeGenFileType codegen, sbyte** ErrorMessage);

    [LibraryImport(Lib, EntryPoint = "LLVMTargetMachineEmitToMemoryBuffer")]
    public static partial int TargetMachineEmitToMemoryBuffer(
        LLVMTargetMachineRef T, LLVMModuleRef M, LLVMCodeGenFileType codegen, sbyte** ErrorMessage, LLVMMemoryBufferRef* OutMemBuf);

    /// <remarks>Free the result with <see cref="DisposeMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMGetDefaultTargetTriple")]
    public static partial sbyte* GetDefaultTargetTriple();

    /// <remarks>Free the result with <see cref="DisposeMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMNormalizeTargetTriple", StringMarshalling = StringMarshalling.Utf8)]
    public static partial sbyte* NormalizeTargetTriple(string triple);
}
