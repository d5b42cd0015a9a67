using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Analysis.h
public static unsafe partial class LLVM
{
    /// <remarks>OutMessage is set even on success; free it with <see cref="DisposeMessage"/> either way.</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMVerifyModule")]
    public static partial int VerifyModule(LLVMModuleRef M, LLVMVerifierFailureAction Action, sbyte** OutMessage);

    [LibraryImport(Lib, EntryPoint = "LLVMVerifyFunction")]
    public static partial int VerifyFunction(LLVMValueRef Fn, LLVMVerifierFailureAction Action);
}
