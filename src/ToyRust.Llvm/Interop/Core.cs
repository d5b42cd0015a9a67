using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Core.h. Out-strings are sbyte* on purpose: the caller decides whether LLVM still owns
// the text (borrowed) or handed it over (freed with DisposeMessage), see LlvmStrings.
public static unsafe partial class LLVM
{
    private const string Lib = LlvmLibrary.Name;

    /// <summary>The attribute index that names the function itself (<c>LLVMAttributeFunctionIndex</c>).</summary>
    public const uint AttributeFunctionIndex = uint.MaxValue;

    /// <summary>The attribute index that names the return value (<c>LLVMAttributeReturnIndex</c>).</summary>
    public const uint AttributeReturnIndex = 0;

    // ---- messages and memory buffers ----

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeMessage")]
    public static partial void DisposeMessage(sbyte* Message);

    [LibraryImport(Lib, EntryPoint = "LLVMGetBufferStart")]
    public static partial sbyte* GetBufferStart(LLVMMemoryBufferRef MemBuf);

    [LibraryImport(Lib, EntryPoint = "LLVMGetBufferSize")]
    public static partial nuint GetBufferSize(LLVMMemoryBufferRef MemBuf);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeMemoryBuffer")]
    public static partial void DisposeMemoryBuffer(LLVMMemoryBufferRef MemBuf);

    // ---- contexts ----

    [LibraryImport(Lib, EntryPoint = "LLVMContextCreate")]
    public static partial LLVMContextRef ContextCreate();

    [LibraryImport(Lib, EntryPoint = "LLVMContextDispose")]
    public static partial void ContextDispose(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMGetEnumAttributeKindForName")]
    public static partial uint GetEnumAttributeKindForName(byte* Name, nuint SLen);

    [LibraryImport(Lib, EntryPoint = "LLVMCreateEnumAttribute")]
    public static partial LLVMAttributeRef CreateEnumAttribute(LLVMContextRef C, uint KindID, ulong Val);

    [LibraryImport(Lib, EntryPoint = "LLVMCreateStringAttribute")]
    public static partial LLVMAttributeRef CreateStringAttribute(LLVMContextRef C, byte* K, uint KLength, byte* V, uint VLength);

    // ---- modules ----

    [LibraryImport(Lib, EntryPoint = "LLVMModuleCreateWithNameInContext", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMModuleRef ModuleCreateWithNameInContext(string ModuleID, LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMCloneModule")]
    public static partial LLVMModuleRef CloneModule(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeModule")]
    public static partial void DisposeModule(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMGetDataLayoutStr")]
    public static partial sbyte* GetDataLayoutStr(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMSetDataLayout", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetDataLayout(LLVMModuleRef M, string DataLayoutStr);

    [LibraryImport(Lib, EntryPoint = "LLVMGetTarget")]
    public static partial sbyte* GetTarget(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMSetTarget", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetTarget(LLVMModuleRef M, string Triple);

    [LibraryImport(Lib, EntryPoint = "LLVMPrintModuleToString")]
    public static partial sbyte* PrintModuleToString(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMGetModuleContext")]
    public static partial LLVMContextRef GetModuleContext(LLVMModuleRef M);

    [LibraryImport(Lib, EntryPoint = "LLVMAddFunction", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef AddFunction(LLVMModuleRef M, string Name, LLVMTypeRef FunctionTy);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNamedFunction", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef GetNamedFunction(LLVMModuleRef M, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMAddGlobal", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef AddGlobal(LLVMModuleRef M, LLVMTypeRef Ty, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMGetNamedGlobal", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef GetNamedGlobal(LLVMModuleRef M, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMLookupIntrinsicID")]
    public static partial uint LookupIntrinsicID(byte* Name, nuint NameLen);

    [LibraryImport(Lib, EntryPoint = "LLVMGetIntrinsicDeclaration")]
    public static partial LLVMValueRef GetIntrinsicDeclaration(LLVMModuleRef Mod, uint ID, LLVMTypeRef* ParamTypes, nuint ParamCount);

    // ---- types ----

    [LibraryImport(Lib, EntryPoint = "LLVMGetTypeKind")]
    public static partial LLVMTypeKind GetTypeKind(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMGetTypeContext")]
    public static partial LLVMContextRef GetTypeContext(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMPrintTypeToString")]
    public static partial sbyte* PrintTypeToString(LLVMTypeRef Val);

    [LibraryImport(Lib, EntryPoint = "LLVMInt1TypeInContext")]
    public static partial LLVMTypeRef Int1TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMInt8TypeInContext")]
    public static partial LLVMTypeRef Int8TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMInt16TypeInContext")]
    public static partial LLVMTypeRef Int16TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMInt32TypeInContext")]
    public static partial LLVMTypeRef Int32TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMInt64TypeInContext")]
    public static partial LLVMTypeRef Int64TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMInt128TypeInContext")]
    public static partial LLVMTypeRef Int128TypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMIntTypeInContext")]
    public static partial LLVMTypeRef IntTypeInContext(LLVMContextRef C, uint NumBits);

    [LibraryImport(Lib, EntryPoint = "LLVMGetIntTypeWidth")]
    public static partial uint GetIntTypeWidth(LLVMTypeRef IntegerTy);

    [LibraryImport(Lib, EntryPoint = "LLVMFloatTypeInContext")]
    public static partial LLVMTypeRef FloatTypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMDoubleTypeInContext")]
    public static partial LLVMTypeRef DoubleTypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMVoidTypeInContext")]
    public static partial LLVMTypeRef VoidTypeInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMPointerTypeInContext")]
    public static partial LLVMTypeRef PointerTypeInContext(LLVMContextRef C, uint AddressSpace);

    [LibraryImport(Lib, EntryPoint = "LLVMFunctionType")]
    public static partial LLVMTypeRef FunctionType(LLVMTypeRef ReturnType, LLVMTypeRef* ParamTypes, uint ParamCount, int IsVarArg);

    [LibraryImport(Lib, EntryPoint = "LLVMGetReturnType")]
    public static partial LLVMTypeRef GetReturnType(LLVMTypeRef FunctionTy);

    [LibraryImport(Lib, EntryPoint = "LLVMCountParamTypes")]
    public static partial uint CountParamTypes(LLVMTypeRef FunctionTy);

    [LibraryImport(Lib, EntryPoint = "LLVMIsFunctionVarArg")]
    public static partial int IsFunctionVarArg(LLVMTypeRef FunctionTy);

    [LibraryImport(Lib, EntryPoint = "LLVMStructTypeInContext")]
    public static partial LLVMTypeRef StructTypeInContext(LLVMContextRef C, LLVMTypeRef* ElementTypes, uint ElementCount, int Packed);

    [LibraryImport(Lib, EntryPoint = "LLVMStructCreateNamed", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMTypeRef StructCreateNamed(LLVMContextRef C, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMStructSetBody")]
    public static partial void StructSetBody(LLVMTypeRef StructTy, LLVMTypeRef* ElementTypes, uint ElementCount, int Packed);

    [LibraryImport(Lib, EntryPoint = "LLVMGetStructName")]
    public static partial sbyte* GetStructName(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMCountStructElementTypes")]
    public static partial uint CountStructElementTypes(LLVMTypeRef StructTy);

    [LibraryImport(Lib, EntryPoint = "LLVMStructGetTypeAtIndex")]
    public static partial LLVMTypeRef StructGetTypeAtIndex(LLVMTypeRef StructTy, uint i);

    [LibraryImport(Lib, EntryPoint = "LLVMIsOpaqueStruct")]
    public static partial int IsOpaqueStruct(LLVMTypeRef StructTy);

    [LibraryImport(Lib, EntryPoint = "LLVMArrayType2")]
    public static partial LLVMTypeRef ArrayType2(LLVMTypeRef ElementType, ulong ElementCount);

    [LibraryImport(Lib, EntryPoint = "LLVMGetArrayLength2")]
    public static partial ulong GetArrayLength2(LLVMTypeRef ArrayTy);

    [LibraryImport(Lib, EntryPoint = "LLVMGetElementType")]
    public static partial LLVMTypeRef GetElementType(LLVMTypeRef Ty);

    // ---- values ----

    [LibraryImport(Lib, EntryPoint = "LLVMTypeOf")]
    public static partial LLVMTypeRef TypeOf(LLVMValueRef Val);

    [LibraryImport(Lib, EntryPoint = "LLVMGetValueName2")]
    public static partial sbyte* GetValueName2(LLVMValueRef Val, nuint* Length);

    [LibraryImport(Lib, EntryPoint = "LLVMSetValueName2")]
    public static partial void SetValueName2(LLVMValueRef Val, byte* Name, nuint NameLen);

    [LibraryImport(Lib, EntryPoint = "LLVMPrintValueToString")]
    public static partial sbyte* PrintValueToString(LLVMValueRef Val);

    [LibraryImport(Lib, EntryPoint = "LLVMIsConstant")]
    public static partial int IsConstant(LLVMValueRef Val);

    /// <summary>Whether the value is the null constant of its type (zero, `false`, `zeroinitializer`).</summary>
    [LibraryImport(Lib, EntryPoint = "LLVMIsNull")]
    public static partial int IsNull(LLVMValueRef Val);

    // ---- constants ----

    [LibraryImport(Lib, EntryPoint = "LLVMConstNull")]
    public static partial LLVMValueRef ConstNull(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMConstAllOnes")]
    public static partial LLVMValueRef ConstAllOnes(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMGetUndef")]
    public static partial LLVMValueRef GetUndef(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMGetPoison")]
    public static partial LLVMValueRef GetPoison(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMConstPointerNull")]
    public static partial LLVMValueRef ConstPointerNull(LLVMTypeRef Ty);

    [LibraryImport(Lib, EntryPoint = "LLVMConstInt")]
    public static partial LLVMValueRef ConstInt(LLVMTypeRef IntTy, ulong N, int SignExtend);

    [LibraryImport(Lib, EntryPoint = "LLVMConstIntOfArbitraryPrecision")]
    public static partial LLVMValueRef ConstIntOfArbitraryPrecision(LLVMTypeRef IntTy, uint NumWords, ulong* Words);

    [LibraryImport(Lib, EntryPoint = "LLVMConstIntGetZExtValue")]
    public static partial ulong ConstIntGetZExtValue(LLVMValueRef ConstantVal);

    [LibraryImport(Lib, EntryPoint = "LLVMConstReal")]
    public static partial LLVMValueRef ConstReal(LLVMTypeRef RealTy, double N);

    [LibraryImport(Lib, EntryPoint = "LLVMConstStringInContext2")]
    public static partial LLVMValueRef ConstStringInContext2(LLVMContextRef C, byte* Str, nuint Length, int DontNullTerminate);

    [LibraryImport(Lib, EntryPoint = "LLVMConstStructInContext")]
    public static partial LLVMValueRef ConstStructInContext(LLVMContextRef C, LLVMValueRef* ConstantVals, uint Count, int Packed);

    [LibraryImport(Lib, EntryPoint = "LLVMConstNamedStruct")]
    public static partial LLVMValueRef ConstNamedStruct(LLVMTypeRef StructTy, LLVMValueRef* ConstantVals, uint Count);

    [LibraryImport(Lib, EntryPoint = "LLVMConstArray2")]
    public static partial LLVMValueRef ConstArray2(LLVMTypeRef ElementTy, LLVMValueRef* ConstantVals, ulong Length);

    // ---- global values ----

    [LibraryImport(Lib, EntryPoint = "LLVMGetLinkage")]
    public static partial LLVMLinkage GetLinkage(LLVMValueRef Global);

    [LibraryImport(Lib, EntryPoint = "LLVMSetLinkage")]
    public static partial void SetLinkage(LLVMValueRef Global, LLVMLinkage Linkage);

    [LibraryImport(Lib, EntryPoint = "LLVMSetSection", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetSection(LLVMValueRef Global, string Section);

    [LibraryImport(Lib, EntryPoint = "LLVMGetVisibility")]
    public static partial LLVMVisibility GetVisibility(LLVMValueRef Global);

    [LibraryImport(Lib, EntryPoint = "LLVMSetVisibility")]
    public static partial void SetVisibility(LLVMValueRef Global, LLVMVisibility Viz);

    [LibraryImport(Lib, EntryPoint = "LLVMGetUnnamedAddress")]
    public static partial LLVMUnnamedAddr GetUnnamedAddress(LLVMValueRef Global);

    [LibraryImport(Lib, EntryPoint = "LLVMSetUnnamedAddress")]
    public static partial void SetUnnamedAddress(LLVMValueRef Global, LLVMUnnamedAddr UnnamedAddr);

    [LibraryImport(Lib, EntryPoint = "LLVMGlobalGetValueType")]
    public static partial LLVMTypeRef GlobalGetValueType(LLVMValueRef Global);

    [LibraryImport(Lib, EntryPoint = "LLVMGetAlignment")]
    public static partial uint GetAlignment(LLVMValueRef V);

    [LibraryImport(Lib, EntryPoint = "LLVMSetAlignment")]
    public static partial void SetAlignment(LLVMValueRef V, uint Bytes);

    [LibraryImport(Lib, EntryPoint = "LLVMGetInitializer")]
    public static partial LLVMValueRef GetInitializer(LLVMValueRef GlobalVar);

    [LibraryImport(Lib, EntryPoint = "LLVMSetInitializer")]
    public static partial void SetInitializer(LLVMValueRef GlobalVar, LLVMValueRef ConstantVal);

    [LibraryImport(Lib, EntryPoint = "LLVMIsGlobalConstant")]
    public static partial int IsGlobalConstant(LLVMValueRef GlobalVar);

    [LibraryImport(Lib, EntryPoint = "LLVMSetGlobalConstant")]
    public static partial void SetGlobalConstant(LLVMValueRef GlobalVar, int IsConstant);

    // ---- functions ----

    [LibraryImport(Lib, EntryPoint = "LLVMDeleteFunction")]
    public static partial void DeleteFunction(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMGetFunctionCallConv")]
    public static partial uint GetFunctionCallConv(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMSetFunctionCallConv")]
    public static partial void SetFunctionCallConv(LLVMValueRef Fn, uint CC);

    [LibraryImport(Lib, EntryPoint = "LLVMAddAttributeAtIndex")]
    public static partial void AddAttributeAtIndex(LLVMValueRef F, uint Idx, LLVMAttributeRef A);

    [LibraryImport(Lib, EntryPoint = "LLVMCountParams")]
    public static partial uint CountParams(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMGetParam")]
    public static partial LLVMValueRef GetParam(LLVMValueRef Fn, uint Index);

    [LibraryImport(Lib, EntryPoint = "LLVMCountBasicBlocks")]
    public static partial uint CountBasicBlocks(LLVMValueRef Fn);

    [LibraryImport(Lib, EntryPoint = "LLVMGetEntryBasicBlock")]
    public static partial LLVMBasicBlockRef GetEntryBasicBlock(LLVMValueRef Fn);

    // ---- basic blocks ----

    [LibraryImport(Lib, EntryPoint = "LLVMAppendBasicBlockInContext", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMBasicBlockRef AppendBasicBlockInContext(LLVMContextRef C, LLVMValueRef Fn, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMGetBasicBlockName")]
    public static partial sbyte* GetBasicBlockName(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMGetBasicBlockParent")]
    public static partial LLVMValueRef GetBasicBlockParent(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMGetBasicBlockTerminator")]
    public static partial LLVMValueRef GetBasicBlockTerminator(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMDeleteBasicBlock")]
    public static partial void DeleteBasicBlock(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMMoveBasicBlockAfter")]
    public static partial void MoveBasicBlockAfter(LLVMBasicBlockRef BB, LLVMBasicBlockRef MovePos);

    [LibraryImport(Lib, EntryPoint = "LLVMMoveBasicBlockBefore")]
    public static partial void MoveBasicBlockBefore(LLVMBasicBlockRef BB, LLVMBasicBlockRef MovePos);

    [LibraryImport(Lib, EntryPoint = "LLVMGetFirstInstruction")]
    public static partial LLVMValueRef GetFirstInstruction(LLVMBasicBlockRef BB);

    [LibraryImport(Lib, EntryPoint = "LLVMGetLastInstruction")]
    public static partial LLVMValueRef GetLastInstruction(LLVMBasicBlockRef BB);

    // ---- instructions ----

    [LibraryImport(Lib, EntryPoint = "LLVMGetInstructionOpcode")]
    public static partial LLVMOpcode GetInstructionOpcode(LLVMValueRef Inst);

    [LibraryImport(Lib, EntryPoint = "LLVMGetInstructionParent")]
    public static partial LLVMBasicBlockRef GetInstructionParent(LLVMValueRef Inst);

    [LibraryImport(Lib, EntryPoint = "LLVMInstructionEraseFromParent")]
    public static partial void InstructionEraseFromParent(LLVMValueRef Inst);

    [LibraryImport(Lib, EntryPoint = "LLVMSetInstructionCallConv")]
    public static partial void SetInstructionCallConv(LLVMValueRef Instr, uint CC);

    [LibraryImport(Lib, EntryPoint = "LLVMAddCallSiteAttribute")]
    public static partial void AddCallSiteAttribute(LLVMValueRef C, uint Idx, LLVMAttributeRef A);

    [LibraryImport(Lib, EntryPoint = "LLVMAddCase")]
    public static partial void AddCase(LLVMValueRef Switch, LLVMValueRef OnVal, LLVMBasicBlockRef Dest);

    [LibraryImport(Lib, EntryPoint = "LLVMAddIncoming")]
    public static partial void AddIncoming(LLVMValueRef PhiNode, LLVMValueRef* IncomingValues, LLVMBasicBlockRef* IncomingBlocks, uint Count);
}
