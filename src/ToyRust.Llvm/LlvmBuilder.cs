using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>
/// An instruction builder, created by <see cref="LlvmContext.CreateBuilder"/> and owned by that context.
/// Method names are LLVM-C's without the prefix (LLVMBuildAdd → BuildAdd), as in LLVMSharp.
/// Only the opaque-pointer API exists here: loads, GEPs and calls take the type explicitly.
/// This file: lifetime, positioning, terminators. Arithmetic and memory live in the partial files.
/// </summary>
public sealed unsafe partial class LlvmBuilder : IDisposable
{
    private readonly LlvmContext context;
    private LLVMBuilderRef handle;

    internal LlvmBuilder(LlvmContext context, LLVMBuilderRef handle)
    {
        this.context = context;
        this.handle = handle;
    }

    public LLVMBuilderRef Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return handle;
        }
    }

    /// <summary>The block new instructions go into, or a null block when the builder is not positioned.</summary>
    public LLVMBasicBlockRef InsertBlock => LLVM.GetInsertBlock(Handle);

    public void PositionAtEnd(LLVMBasicBlockRef block) => LLVM.PositionBuilderAtEnd(Handle, block);

    public void PositionBefore(LLVMValueRef instruction) => LLVM.PositionBuilderBefore(Handle, instruction);

    public void ClearInsertionPosition() => LLVM.ClearInsertionPosition(Handle);

    // ---- terminators ----

    public LLVMValueRef BuildRet(LLVMValueRef value) => LLVM.BuildRet(Handle, value);

    public LLVMValueRef BuildRetVoid() => LLVM.BuildRetVoid(Handle);

    public LLVMValueRef BuildBr(LLVMBasicBlockRef destination) => LLVM.BuildBr(Handle, destination);

    public LLVMValueRef BuildCondBr(LLVMValueRef condition, LLVMBasicBlockRef then, LLVMBasicBlockRef @else) =>
        LLVM.BuildCondBr(Handle, condition, then, @else);

    /// <summary>A <c>switch</c>; add the cases with <see cref="LLVMValueRef.AddCase"/>. <paramref name="caseCountHint"/> only reserves space.</summary>
    public LLVMValueRef BuildSwitch(LLVMValueRef value, LLVMBasicBlockRef @else, uint caseCountHint = 0) =>
        LLVM.BuildSwitch(Handle, value, @else, caseCountHint);

    public LLVMValueRef BuildUnreachable() => LLVM.BuildUnreachable(Handle);

    public void Dispose()
    {
        if (handle.IsNull) return;
        LLVM.DisposeBuilder(handle);
        handle = default;
        context.Release(this);
    }
}
