namespace ToyRust.Llvm.Interop;

/// <summary>An <c>LLVMTypeRef</c>: uniqued and owned by its context, valid until the context is disposed.</summary>
public readonly unsafe record struct LLVMTypeRef(nint Handle)
{
    public bool IsNull => Handle == 0;

    public LLVMTypeKind Kind => LLVM.GetTypeKind(this);

    public LLVMContextRef Context => LLVM.GetTypeContext(this);

    /// <summary>Bit width of an integer type.</summary>
    public uint IntWidth => LLVM.GetIntTypeWidth(this);

    public LLVMTypeRef ReturnType => LLVM.GetReturnType(this);

    public uint ParamTypesCount => LLVM.CountParamTypes(this);

    public bool IsFunctionVarArg => LLVM.IsFunctionVarArg(this) != 0;

    /// <summary>Name of a named struct; empty for literal structs.</summary>
    public string StructName => LlvmStrings.Borrow(LLVM.GetStructName(this));

    public uint StructElementTypesCount => LLVM.CountStructElementTypes(this);

    public bool IsOpaqueStruct => LLVM.IsOpaqueStruct(this) != 0;

    public ulong ArrayLength => LLVM.GetArrayLength2(this);

    /// <summary>Element type of an array or vector type.</summary>
    public LLVMTypeRef ElementType => LLVM.GetElementType(this);

    public LLVMTypeRef StructGetTypeAtIndex(uint index) => LLVM.StructGetTypeAtIndex(this, index);

    /// <summary>Fills in the body of a named struct made by <see cref="LlvmContext.CreateNamedStruct"/>.</summary>
    public void StructSetBody(ReadOnlySpan<LLVMTypeRef> elements, bool packed = false)
    {
        fixed (LLVMTypeRef* p = elements)
        {
            LLVM.StructSetBody(this, p, (uint)elements.Length, packed ? 1 : 0);
        }
    }

    /// <summary>The type in LLVM's textual syntax, e.g. <c>{ i32, ptr }</c>.</summary>
    public string PrintToString() => LlvmStrings.Take(LLVM.PrintTypeToString(this));
}
