using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Error.h
public static unsafe partial class LLVM
{
    /// <remarks>Consumes <paramref name="Err"/>; free the result with <see cref="DisposeErrorMessage"/>.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMGetErrorMessage")]
    public static partial sbyte* GetErrorMessage(LLVMErrorRef Err);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeErrorMessage")]
    public static partial void DisposeErrorMessage(sbyte* ErrMsg);

    [LibraryImport(Lib, EntryPoint = "LLVMConsumeError")]
    public static partial void ConsumeError(LLVMErrorRef Err);
}
