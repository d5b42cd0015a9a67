using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Core.h: walking a module's functions, aliases, blocks and instructions (LlvmModule.Inventory).
public static unsafe partial class LLVM
{
    [LibraryImport(Lib, EntryPoint = "LLVMGetFirstFunction")]
    public static partial LLVMValueRef GetFirstFunction(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNextFunction")]
    public static partial LLVMValueRef GetNextFunction(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMIsDeclaration")]
    public static partial int IsDeclaration(LLVMValueRef Global);

    [LibraryImport(Lib, EntryPoint = "LLVMGetFirstBasicBlock")]
    public static partial LLVMBasicBlockRef GetFirstBasicBlock(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNextBasicBlock")]
    public static partial LLVMBasicBlockRef GetNextBasicBlock(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNextInstruction")]
    public static partial LLVMValueRef GetNextInstruction(LLVMValueRef Inst);

    [LibraryImport(Lib, EntryPoint = "LLVMGetCalledValue")]
    public static partial LLVMValueRef GetCalledValue(LLVMValueRef Instr);

    [LibraryImport(Lib, EntryPoint = "LLVMIsAFunction")]
    public static partial LLVMValueRef IsAFunction(LLVMValueRef Val);

    [LibraryImport(Lib, EntryPoint = "LLVMGetFirstGlobalAlias")]
    public static partial LLVMValueRef GetFirstGlobalAlias(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNextGlobalAlias")]
    public static partial LLVMValueRef GetNextGlobalAlias(LLVMValueRef GA);

    [LibraryImport(Lib, EntryPoint = "LLVMAliasGetAliasee")]
    public static partial LLVMValueRef AliasGetAliasee(LLVMValueRef Alias);
}
