using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Transforms/PassBuilder.h
public static unsafe partial class LLVM
{
    /// <remarks>TM may be null; a non-null result must be consumed (see <see cref="GetErrorMessage"/>).</remarks>
    [LibraryImport(Lib, EntryPoint = "LLVMRunPasses", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMErrorRef RunPasses(LLVMModuleRef M, string Passes, LLVMTargetMachineRef TM, LLVMPassBuilderOptionsRef Options);

    [LibraryImport(Lib, EntryPoint = "LLVMCreatePassBuilderOptions")]
    public static partial LLVMPassBuilderOptionsRef CreatePassBuilderOptions();

    [LibraryImport(Lib, EntryPoint = "LLVMDisposePassBuilderOptions")]
    public static partial void DisposePassBuilderOptions(LLVMPassBuilderOptionsRef Options);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetVerifyEach")]
    public static partial void PassBuilderOptionsSetVerifyEach(LLVMPassBuilderOptionsRef Options, int VerifyEach);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetDebugLogging")]
    public static partial void PassBuilderOptionsSetDebugLogging(LLVMPassBuilderOptionsRef Options, int DebugLogging);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetLoopInterleaving")]
    public static partial void PassBuilderOptionsSetLoopInterleaving(LLVMPassBuilderOptionsRef Options, int LoopInterleaving);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetLoopVectorization")]
    public static partial void PassBuilderOptionsSetLoopVectorization(LLVMPassBuilderOptionsRef Options, int LoopVectorization);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetSLPVectorization")]
    public static partial void PassBuilderOptionsSetSLPVectorization(LLVMPassBuilderOptionsRef Options, int SLPVectorization);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetLoopUnrolling")]
    public static partial void PassBuilderOptionsSetLoopUnrolling(LLVMPassBuilderOptionsRef Options, int LoopUnrolling);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetMergeFunctions")]
    public static partial void PassBuilderOptionsSetMergeFunctions(LLVMPassBuilderOptionsRef Options, int MergeFunctions);

    [LibraryImport(Lib, EntryPoint = "LLVMPassBuilderOptionsSetInlinerThreshold")]
    public static partial void PassBuilderOptionsSetInlinerThreshold(LLVMPassBuilderOptionsRef Options, int Threshold);
}
