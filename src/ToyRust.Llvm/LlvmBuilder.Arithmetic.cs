using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

// Arithmetic, comparisons and casts: one-to-one with LLVMBuild*, names default to "" (LLVM numbers them).
public sealed partial class LlvmBuilder
{
    public LLVMValueRef BuildAdd(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildAdd(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNSWAdd(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNSWAdd(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNUWAdd(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNUWAdd(Handle, lhs, rhs, name);

    public LLVMValueRef BuildSub(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildSub(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNSWSub(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNSWSub(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNUWSub(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNUWSub(Handle, lhs, rhs, name);

    public LLVMValueRef BuildMul(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildMul(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNSWMul(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNSWMul(Handle, lhs, rhs, name);

    public LLVMValueRef BuildNUWMul(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildNUWMul(Handle, lhs, rhs, name);

    public LLVMValueRef BuildSDiv(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildSDiv(Handle, lhs, rhs, name);

    public LLVMValueRef BuildExactSDiv(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildExactSDiv(Handle, lhs, rhs, name);

    public LLVMValueRef BuildUDiv(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildUDiv(Handle, lhs, rhs, name);

    public LLVMValueRef BuildSRem(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildSRem(Handle, lhs, rhs, name);

    public LLVMValueRef BuildURem(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildURem(Handle, lhs, rhs, name);

    public LLVMValueRef BuildAnd(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildAnd(Handle, lhs, rhs, name);

    public LLVMValueRef BuildOr(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildOr(Handle, lhs, rhs, name);

    public LLVMValueRef BuildXor(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildXor(Handle, lhs, rhs, name);

    public LLVMValueRef BuildShl(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildShl(Handle, lhs, rhs, name);

    public LLVMValueRef BuildLShr(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildLShr(Handle, lhs, rhs, name);

    public LLVMValueRef BuildAShr(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildAShr(Handle, lhs, rhs, name);

    public LLVMValueRef BuildFAdd(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildFAdd(Handle, lhs, rhs, name);

    public LLVMValueRef BuildFSub(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildFSub(Handle, lhs, rhs, name);

    public LLVMValueRef BuildFMul(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildFMul(Handle, lhs, rhs, name);

    public LLVMValueRef BuildFDiv(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildFDiv(Handle, lhs, rhs, name);

    public LLVMValueRef BuildFRem(LLVMValueRef lhs, LLVMValueRef rhs, string name = "") => LLVM.BuildFRem(Handle, lhs, rhs, name);

    // ---- unary ----

    public LLVMValueRef BuildNeg(LLVMValueRef value, string name = "") => LLVM.BuildNeg(Handle, value, name);

    public LLVMValueRef BuildNSWNeg(LLVMValueRef value, string name = "") => LLVM.BuildNSWNeg(Handle, value, name);

    public LLVMValueRef BuildNot(LLVMValueRef value, string name = "") => LLVM.BuildNot(Handle, value, name);

    public LLVMValueRef BuildFNeg(LLVMValueRef value, string name = "") => LLVM.BuildFNeg(Handle, value, name);

    public LLVMValueRef BuildFreeze(LLVMValueRef value, string name = "") => LLVM.BuildFreeze(Handle, value, name);

    // ---- comparisons ----

    public LLVMValueRef BuildICmp(LLVMIntPredicate predicate, LLVMValueRef lhs, LLVMValueRef rhs, string name = "") =>
        LLVM.BuildICmp(Handle, predicate, lhs, rhs, name);

    public LLVMValueRef BuildFCmp(LLVMRealPredicate predicate, LLVMValueRef lhs, LLVMValueRef rhs, string name = "") =>
        LLVM.BuildFCmp(Handle, predicate, lhs, rhs, name);

    public LLVMValueRef BuildSelect(LLVMValueRef condition, LLVMValueRef then, LLVMValueRef @else, string name = "") =>
        LLVM.BuildSelect(Handle, condition, then, @else, name);

    public LLVMValueRef BuildIsNull(LLVMValueRef value, string name = "") => LLVM.BuildIsNull(Handle, value, name);

    public LLVMValueRef BuildIsNotNull(LLVMValueRef value, string name = "") => LLVM.BuildIsNotNull(Handle, value, name);

    // ---- casts ----

    public LLVMValueRef BuildTrunc(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildTrunc(Handle, value, destinationType, name);

    public LLVMValueRef BuildZExt(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildZExt(Handle, value, destinationType, name);

    public LLVMValueRef BuildSExt(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildSExt(Handle, value, destinationType, name);

    public LLVMValueRef BuildSIToFP(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildSIToFP(Handle, value, destinationType, name);

    public LLVMValueRef BuildUIToFP(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildUIToFP(Handle, value, destinationType, name);

    public LLVMValueRef BuildFPToSI(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildFPToSI(Handle, value, destinationType, name);

    public LLVMValueRef BuildFPToUI(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildFPToUI(Handle, value, destinationType, name);

    public LLVMValueRef BuildFPExt(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildFPExt(Handle, value, destinationType, name);

    public LLVMValueRef BuildFPTrunc(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildFPTrunc(Handle, value, destinationType, name);

    public LLVMValueRef BuildBitCast(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildBitCast(Handle, value, destinationType, name);

    public LLVMValueRef BuildPtrToInt(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildPtrToInt(Handle, value, destinationType, name);

    public LLVMValueRef BuildIntToPtr(LLVMValueRef value, LLVMTypeRef destinationType, string name = "") =>
        LLVM.BuildIntToPtr(Handle, value, destinationType, name);

    /// <summary>Truncates or extends to <paramref name="destinationType"/>, sign-extending when <paramref name="isSigned"/>.</summary>
    public LLVMValueRef BuildIntCast2(LLVMValueRef value, LLVMTypeRef destinationType, bool isSigned, string name = "") =>
        LLVM.BuildIntCast2(Handle, value, destinationType, isSigned ? 1 : 0, name);
}
