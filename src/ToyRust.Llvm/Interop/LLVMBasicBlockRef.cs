namespace ToyRust.Llvm.Interop;

/// <summary>An <c>LLVMBasicBlockRef</c>: owned by its function.</summary>
public readonly record struct LLVMBasicBlockRef(nint Handle)
{
    public bool IsNull => Handle == 0;

    public unsafe string Name => LlvmStrings.Borrow(LLVM.GetBasicBlockName(this));

    /// <summary>The function the block belongs to.</summary>
    public LLVMValueRef Parent => LLVM.GetBasicBlockParent(this);

    /// <summary>The block's terminator, or a null value while the block is still open.</summary>
    public LLVMValueRef Terminator => LLVM.GetBasicBlockTerminator(this);

    public LLVMValueRef FirstInstruction => LLVM.GetFirstInstruction(this);

    public LLVMValueRef LastInstruction => LLVM.GetLastInstruction(this);

    /// <summary>Removes the block from its function and frees it; nothing may still branch to it.</summary>
    public void Delete() => LLVM.DeleteBasicBlock(this);

    public void MoveAfter(LLVMBasicBlockRef position) => LLVM.MoveBasicBlockAfter(this, position);

    public void MoveBefore(LLVMBasicBlockRef position) => LLVM.MoveBasicBlockBefore(this, position);
}
