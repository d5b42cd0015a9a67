using System.Runtime.InteropServices;

namespace ToyRust.Llvm.Interop;

// llvm-c/Core.h, the IRBuilder part (split from Core.cs only for length).
// Only the opaque-pointer entry points are bound: Load2, GEP2, Call2 take the pointee or function type.
public static unsafe partial class LLVM
{
    // ---- builders ----

    [LibraryImport(Lib, EntryPoint = "LLVMCreateBuilderInContext")]
    public static partial LLVMBuilderRef CreateBuilderInContext(LLVMContextRef C);

    [LibraryImport(Lib, EntryPoint = "LLVMDisposeBuilder")]
    public static partial void DisposeBuilder(LLVMBuilderRef Builder);

    [LibraryImport(Lib, EntryPoint = "LLVMPositionBuilderAtEnd")]
    public static partial void PositionBuilderAtEnd(LLVMBuilderRef Builder, LLVMBasicBlockRef Block);

    [LibraryImport(Lib, EntryPoint = "LLVMPositionBuilderBefore")]
    public static partial void PositionBuilderBefore(LLVMBuilderRef Builder, LLVMValueRef Instr);

    [LibraryImport(Lib, EntryPoint = "LLVMGetInsertBlock")]
    public static partial LLVMBasicBlockRef GetInsertBlock(LLVMBuilderRef Builder);

    [LibraryImport(Lib, EntryPoint = "LLVMClearInsertionPosition")]
    public static partial void ClearInsertionPosition(LLVMBuilderRef Builder);

    // ---- terminators ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildRetVoid")]
    public static partial LLVMValueRef BuildRetVoid(LLVMBuilderRef B);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildRet")]
    public static partial LLVMValueRef BuildRet(LLVMBuilderRef B, LLVMValueRef V);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildBr")]
    public static partial LLVMValueRef BuildBr(LLVMBuilderRef B, LLVMBasicBlockRef Dest);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildCondBr")]
    public static partial LLVMValueRef BuildCondBr(LLVMBuilderRef B, LLVMValueRef If, LLVMBasicBlockRef Then, LLVMBasicBlockRef Else);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSwitch")]
    public static partial LLVMValueRef BuildSwitch(LLVMBuilderRef B, LLVMValueRef V, LLVMBasicBlockRef Else, uint NumCases);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildUnreachable")]
    public static partial LLVMValueRef BuildUnreachable(LLVMBuilderRef B);

    // ---- arithmetic ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildAdd", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildAdd(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNSWAdd", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNSWAdd(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNUWAdd", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNUWAdd(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSub", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSub(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNSWSub", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNSWSub(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNUWSub", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNUWSub(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildMul", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildMul(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNSWMul", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNSWMul(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNUWMul", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNUWMul(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSDiv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSDiv(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildExactSDiv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildExactSDiv(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildUDiv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildUDiv(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSRem", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSRem(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildURem", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildURem(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildAnd", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildAnd(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildOr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildOr(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildXor", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildXor(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildShl", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildShl(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildLShr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildLShr(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildAShr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildAShr(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFAdd", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFAdd(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFSub", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFSub(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFMul", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFMul(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFDiv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFDiv(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFRem", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFRem(LLVMBuilderRef B, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNeg", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNeg(LLVMBuilderRef B, LLVMValueRef V, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNSWNeg", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNSWNeg(LLVMBuilderRef B, LLVMValueRef V, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildNot", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildNot(LLVMBuilderRef B, LLVMValueRef V, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFNeg", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFNeg(LLVMBuilderRef B, LLVMValueRef V, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFreeze", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFreeze(LLVMBuilderRef B, LLVMValueRef V, string Name);

    // ---- memory ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildAlloca", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildAlloca(LLVMBuilderRef B, LLVMTypeRef Ty, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildArrayAlloca", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildArrayAlloca(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Val, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildLoad2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildLoad2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef PointerVal, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildStore")]
    public static partial LLVMValueRef BuildStore(LLVMBuilderRef B, LLVMValueRef Val, LLVMValueRef Ptr);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildGEP2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildGEP2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Pointer, LLVMValueRef* Indices, uint NumIndices, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildInBoundsGEP2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildInBoundsGEP2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Pointer, LLVMValueRef* Indices, uint NumIndices, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildStructGEP2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildStructGEP2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Pointer, uint Idx, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildMemCpy")]
    public static partial LLVMValueRef BuildMemCpy(LLVMBuilderRef B, LLVMValueRef Dst, uint DstAlign, LLVMValueRef Src, uint SrcAlign, LLVMValueRef Size);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildMemMove")]
    public static partial LLVMValueRef BuildMemMove(LLVMBuilderRef B, LLVMValueRef Dst, uint DstAlign, LLVMValueRef Src, uint SrcAlign, LLVMValueRef Size);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildMemSet")]
    public static partial LLVMValueRef BuildMemSet(LLVMBuilderRef B, LLVMValueRef Ptr, LLVMValueRef Val, LLVMValueRef Len, uint Align);

    // ---- casts ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildTrunc", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildTrunc(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildZExt", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildZExt(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSExt", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSExt(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSIToFP", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSIToFP(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildUIToFP", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildUIToFP(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFPToSI", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFPToSI(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFPToUI", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFPToUI(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFPExt", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFPExt(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFPTrunc", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFPTrunc(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildBitCast", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildBitCast(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildPtrToInt", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildPtrToInt(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildIntToPtr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildIntToPtr(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildIntCast2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildIntCast2(LLVMBuilderRef B, LLVMValueRef Val, LLVMTypeRef DestTy, int IsSigned, string Name);

    // ---- comparisons and the rest ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildICmp", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildICmp(LLVMBuilderRef B, LLVMIntPredicate Op, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildFCmp", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildFCmp(LLVMBuilderRef B, LLVMRealPredicate Op, LLVMValueRef LHS, LLVMValueRef RHS, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildPhi", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildPhi(LLVMBuilderRef B, LLVMTypeRef Ty, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildCall2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildCall2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Fn, LLVMValueRef* Args, uint NumArgs, string Name);

    // ---- exception handling (unwinding through cleanups) ----

    [LibraryImport(Lib, EntryPoint = "LLVMBuildInvoke2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildInvoke2(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef Fn, LLVMValueRef* Args, uint NumArgs, LLVMBasicBlockRef Then, LLVMBasicBlockRef Catch, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildLandingPad", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildLandingPad(LLVMBuilderRef B, LLVMTypeRef Ty, LLVMValueRef PersFn, uint NumClauses, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMSetCleanup")]
    public static partial void SetCleanup(LLVMValueRef LandingPad, int Val);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildResume")]
    public static partial LLVMValueRef BuildResume(LLVMBuilderRef B, LLVMValueRef Exn);

    [LibraryImport(Lib, EntryPoint = "LLVMSetPersonalityFn")]
    public static partial void SetPersonalityFn(LLVMValueRef Fn, LLVMValueRef PersonalityFn);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildSelect", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildSelect(LLVMBuilderRef B, LLVMValueRef If, LLVMValueRef Then, LLVMValueRef Else, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildExtractValue", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildExtractValue(LLVMBuilderRef B, LLVMValueRef AggVal, uint Index, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildInsertValue", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildInsertValue(LLVMBuilderRef B, LLVMValueRef AggVal, LLVMValueRef EltVal, uint Index, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildIsNull", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildIsNull(LLVMBuilderRef B, LLVMValueRef Val, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildIsNotNull", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildIsNotNull(LLVMBuilderRef B, LLVMValueRef Val, string Name);

    [LibraryImport(Lib, EntryPoint = "LLVMBuildPtrDiff2", StringMarshalling = StringMarshalling.Utf8)]
    public static partial LLVMValueRef BuildPtrDiff2(LLVMBuilderRef B, LLVMTypeRef ElemTy, LLVMValueRef LHS, LLVMValueRef RHS, string Name);
}
