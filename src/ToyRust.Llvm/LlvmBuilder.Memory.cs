using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

// Memory, calls, phis and aggregates: the instructions that take spans or an explicit pointee type.
public sealed unsafe partial class LlvmBuilder
{
    public LLVMValueRef BuildAlloca(LLVMTypeRef type, string name = "") => LLVM.BuildAlloca(Handle, type, name);

    public LLVMValueRef BuildArrayAlloca(LLVMTypeRef type, LLVMValueRef count, string name = "") =>
        LLVM.BuildArrayAlloca(Handle, type, count, name);

    public LLVMValueRef BuildLoad2(LLVMTypeRef type, LLVMValueRef pointer, string name = "") =>
        LLVM.BuildLoad2(Handle, type, pointer, name);

    public LLVMValueRef BuildStore(LLVMValueRef value, LLVMValueRef pointer) => LLVM.BuildStore(Handle, value, pointer);

    /// <summary><c>getelementptr</c> over <paramref name="type"/>, the type <paramref name="pointer"/> points to.</summary>
    public LLVMValueRef BuildGEP2(LLVMTypeRef type, LLVMValueRef pointer, ReadOnlySpan<LLVMValueRef> indices, string name = "")
    {
        fixed (LLVMValueRef* p = indices)
        {
            return LLVM.BuildGEP2(Handle, type, pointer, p, (uint)indices.Length, name);
        }
    }

    public LLVMValueRef BuildInBoundsGEP2(LLVMTypeRef type, LLVMValueRef pointer, ReadOnlySpan<LLVMValueRef> indices, string name = "")
    {
        fixed (LLVMValueRef* p = indices)
        {
            return LLVM.BuildInBoundsGEP2(Handle, type, pointer, p, (uint)indices.Length, name);
        }
    }

    /// <summary>Address of field <paramref name="index"/> of the struct of type <paramref name="structType"/> at <paramref name="pointer"/>.</summary>
    public LLVMValueRef BuildStructGEP2(LLVMTypeRef structType, LLVMValueRef pointer, uint index, string name = "") =>
        LLVM.BuildStructGEP2(Handle, structType, pointer, index, name);

    /// <summary>(lhs - rhs) / sizeof(elementType) as an <c>i64</c>.</summary>
    public LLVMValueRef BuildPtrDiff2(LLVMTypeRef elementType, LLVMValueRef lhs, LLVMValueRef rhs, string name = "") =>
        LLVM.BuildPtrDiff2(Handle, elementType, lhs, rhs, name);

    /// <summary>A call to <c>llvm.memcpy</c>; alignments are in bytes (1 when unknown).</summary>
    public LLVMValueRef BuildMemCpy(LLVMValueRef destination, uint destinationAlign, LLVMValueRef source, uint sourceAlign, LLVMValueRef size) =>
        LLVM.BuildMemCpy(Handle, destination, destinationAlign, source, sourceAlign, size);

    public LLVMValueRef BuildMemMove(LLVMValueRef destination, uint destinationAlign, LLVMValueRef source, uint sourceAlign, LLVMValueRef size) =>
        LLVM.BuildMemMove(Handle, destination, destinationAlign, source, sourceAlign, size);

    /// <summary>A call to <c>llvm.memset</c>; <paramref name="value"/> is an <c>i8</c>.</summary>
    public LLVMValueRef BuildMemSet(LLVMValueRef pointer, LLVMValueRef value, LLVMValueRef length, uint align) =>
        LLVM.BuildMemSet(Handle, pointer, value, length, align);

    /// <summary>A <c>phi</c>; add the (value, block) pairs with <see cref="LLVMValueRef.AddIncoming(LLVMValueRef, LLVMBasicBlockRef)"/>.</summary>
    public LLVMValueRef BuildPhi(LLVMTypeRef type, string name = "") => LLVM.BuildPhi(Handle, type, name);

    /// <summary>
    /// A call through <paramref name="function"/> of type <paramref name="functionType"/>.
    /// The name is dropped for calls returning void: LLVM cannot name a void value, and a release
    /// build of LLVM would otherwise print IR that does not parse.
    /// </summary>
    public LLVMValueRef BuildCall2(LLVMTypeRef functionType, LLVMValueRef function, ReadOnlySpan<LLVMValueRef> arguments, string name = "")
    {
        if (name.Length > 0 && functionType.ReturnType.Kind == LLVMTypeKind.LLVMVoidTypeKind) name = "";
        fixed (LLVMValueRef* p = arguments)
        {
            return LLVM.BuildCall2(Handle, functionType, function, p, (uint)arguments.Length, name);
        }
    }

    /// <summary>A call that continues in <paramref name="then"/>, or in the landing pad <paramref name="unwind"/> when the callee unwinds.</summary>
    public LLVMValueRef BuildInvoke2(LLVMTypeRef functionType, LLVMValueRef function, ReadOnlySpan<LLVMValueRef> arguments, LLVMBasicBlockRef then, LLVMBasicBlockRef unwind)
    {
        fixed (LLVMValueRef* p = arguments)
        {
            return LLVM.BuildInvoke2(Handle, functionType, function, p, (uint)arguments.Length, then, unwind, "");
        }
    }

    /// <summary>`landingpad { ptr, i32 } cleanup`: the start of a block unwinding enters, which runs code and resumes.</summary>
    public LLVMValueRef BuildCleanupLandingPad(LLVMTypeRef type, LLVMValueRef personality)
    {
        var pad = LLVM.BuildLandingPad(Handle, type, personality, 0, "");
        LLVM.SetCleanup(pad, 1);
        return pad;
    }

    /// <summary>`resume`: unwinding goes on into the caller with the landing pad's value.</summary>
    public LLVMValueRef BuildResume(LLVMValueRef exception) => LLVM.BuildResume(Handle, exception);

    public LLVMValueRef BuildExtractValue(LLVMValueRef aggregate, uint index, string name = "") =>
        LLVM.BuildExtractValue(Handle, aggregate, index, name);

    public LLVMValueRef BuildInsertValue(LLVMValueRef aggregate, LLVMValueRef element, uint index, string name = "") =>
        LLVM.BuildInsertValue(Handle, aggregate, element, index, name);
}
