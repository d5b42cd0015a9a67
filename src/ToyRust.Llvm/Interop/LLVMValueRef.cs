namespace ToyRust.Llvm.Interop;

/// <summary>
/// An <c>LLVMValueRef</c>: a constant, global, function, argument or instruction, owned by its
/// context or module. The members group by what kind of value they make sense for; LLVM asserts
/// (or misbehaves) when one is used on the wrong kind, exactly as in the C API.
/// </summary>
public readonly unsafe record struct LLVMValueRef(nint Handle)
{
    public bool IsNull => Handle == 0;

    public LLVMTypeRef TypeOf => LLVM.TypeOf(this);

    public string Name
    {
        get
        {
            nuint length;
            var text = LLVM.GetValueName2(this, &length);
            return LlvmStrings.Borrow(text, length);
        }
    }

    public void SetName(string name)
    {
        var bytes = LlvmStrings.Utf8(name);
        fixed (byte* p = bytes)
        {
            LLVM.SetValueName2(this, p, (nuint)bytes.Length);
        }
    }

    /// <summary>The value in LLVM's textual syntax (a whole function prints its body).</summary>
    public string PrintToString() => LlvmStrings.Take(LLVM.PrintValueToString(this));

    public bool IsConstant => LLVM.IsConstant(this) != 0;

    /// <summary>Whether the value is the null constant of its type (all zero bits); not whether the handle is empty (<see cref="IsNull"/>).</summary>
    public bool IsNullConstant => IsConstant && LLVM.IsNull(this) != 0;

    public ulong ConstIntZExtValue => LLVM.ConstIntGetZExtValue(this);

    // ---- globals and functions ----

    public LLVMLinkage Linkage => LLVM.GetLinkage(this);

    public void SetLinkage(LLVMLinkage linkage) => LLVM.SetLinkage(this, linkage);

    /// <summary>The function that decides, while a panic unwinds, which landing pads of this function run.</summary>
    public void SetPersonalityFn(LLVMValueRef personality) => LLVM.SetPersonalityFn(this, personality);

    public LLVMVisibility Visibility => LLVM.GetVisibility(this);

    public void SetVisibility(LLVMVisibility visibility) => LLVM.SetVisibility(this, visibility);

    public LLVMUnnamedAddr UnnamedAddress => LLVM.GetUnnamedAddress(this);

    public void SetUnnamedAddress(LLVMUnnamedAddr unnamedAddress) => LLVM.SetUnnamedAddress(this, unnamedAddress);

    public void SetSection(string section) => LLVM.SetSection(this, section);

    /// <summary>The type of the object a global or function defines (its <see cref="TypeOf"/> is just <c>ptr</c>).</summary>
    public LLVMTypeRef GlobalValueType => LLVM.GlobalGetValueType(this);

    /// <summary>Alignment in bytes of a global, alloca, load or store.</summary>
    public uint Alignment => LLVM.GetAlignment(this);

    public void SetAlignment(uint bytes) => LLVM.SetAlignment(this, bytes);

    public LLVMValueRef Initializer => LLVM.GetInitializer(this);

    public void SetInitializer(LLVMValueRef constant) => LLVM.SetInitializer(this, constant);

    public bool IsGlobalConstant => LLVM.IsGlobalConstant(this) != 0;

    public void SetGlobalConstant(bool isConstant) => LLVM.SetGlobalConstant(this, isConstant ? 1 : 0);

    // ---- functions ----

    public uint ParamsCount => LLVM.CountParams(this);

    public LLVMValueRef GetParam(uint index) => LLVM.GetParam(this, index);

    public uint BasicBlocksCount => LLVM.CountBasicBlocks(this);

    public LLVMBasicBlockRef EntryBasicBlock => LLVM.GetEntryBasicBlock(this);

    public LLVMCallConv FunctionCallConv => (LLVMCallConv)LLVM.GetFunctionCallConv(this);

    public void SetFunctionCallConv(LLVMCallConv callConv) => LLVM.SetFunctionCallConv(this, (uint)callConv);

    /// <summary>Adds an enum attribute such as <c>noinline</c>, <c>nounwind</c>, <c>noreturn</c> or <c>cold</c> to the function.</summary>
    public void AddFunctionAttribute(string kindName, ulong value = 0) =>
        AddAttributeAtIndex(LLVM.AttributeFunctionIndex, kindName, value);

    /// <summary>Adds a string attribute such as <c>"frame-pointer"="all"</c> to the function.</summary>
    public void AddFunctionStringAttribute(string key, string value) =>
        LLVM.AddAttributeAtIndex(this, LLVM.AttributeFunctionIndex, Attributes.String(TypeOf.Context, key, value));

    /// <summary>Index 0 is the return value, 1..n the parameters, <see cref="LLVM.AttributeFunctionIndex"/> the function.</summary>
    public void AddAttributeAtIndex(uint index, string kindName, ulong value = 0) =>
        LLVM.AddAttributeAtIndex(this, index, Attributes.Enum(TypeOf.Context, kindName, value));

    /// <summary>Deletes a function from its module; nothing may still refer to it.</summary>
    public void DeleteFunction() => LLVM.DeleteFunction(this);

    /// <summary>Runs the verifier on one function; false means broken (use <see cref="LlvmModule.Verify"/> for the message).</summary>
    public bool VerifyFunction() => LLVM.VerifyFunction(this, LLVMVerifierFailureAction.LLVMReturnStatusAction) == 0;

    // ---- instructions ----

    public LLVMOpcode InstructionOpcode => LLVM.GetInstructionOpcode(this);

    public LLVMBasicBlockRef InstructionParent => LLVM.GetInstructionParent(this);

    public void InstructionEraseFromParent() => LLVM.InstructionEraseFromParent(this);

    public void SetInstructionCallConv(LLVMCallConv callConv) => LLVM.SetInstructionCallConv(this, (uint)callConv);

    /// <summary>Adds an enum attribute to a call instruction (same indices as <see cref="AddAttributeAtIndex"/>).</summary>
    public void AddCallSiteAttribute(uint index, string kindName, ulong value = 0) =>
        LLVM.AddCallSiteAttribute(this, index, Attributes.Enum(TypeOf.Context, kindName, value));

    /// <summary>Adds a case to a <c>switch</c> made by <see cref="LlvmBuilder.BuildSwitch"/>.</summary>
    public void AddCase(LLVMValueRef onValue, LLVMBasicBlockRef destination) => LLVM.AddCase(this, onValue, destination);

    /// <summary>Adds incoming (value, predecessor) pairs to a <c>phi</c>.</summary>
    public void AddIncoming(ReadOnlySpan<LLVMValueRef> values, ReadOnlySpan<LLVMBasicBlockRef> blocks)
    {
        if (values.Length != blocks.Length)
            throw new ArgumentException("a phi needs exactly one predecessor block per incoming value", nameof(blocks));
        fixed (LLVMValueRef* v = values)
        fixed (LLVMBasicBlockRef* b = blocks)
        {
            LLVM.AddIncoming(this, v, b, (uint)values.Length);
        }
    }

    public void AddIncoming(LLVMValueRef value, LLVMBasicBlockRef block) => AddIncoming([value], [block]);
}
