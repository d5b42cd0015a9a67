using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>An LLVM module, created by <see cref="LlvmContext.CreateModule"/> and owned by that context.</summary>
public sealed unsafe class LlvmModule : IDisposable
{
    private LLVMModuleRef handle;

    internal LlvmModule(LlvmContext context, LLVMModuleRef handle)
    {
        Context = context;
        this.handle = handle;
    }

    public LlvmContext Context { get; }

    public LLVMModuleRef Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return handle;
        }
    }

    public string Target => LlvmStrings.Borrow(LLVM.GetTarget(Handle));

    public void SetTarget(string triple) => LLVM.SetTarget(Handle, triple);

    public string DataLayout => LlvmStrings.Borrow(LLVM.GetDataLayoutStr(Handle));

    public void SetDataLayout(string dataLayout) => LLVM.SetDataLayout(Handle, dataLayout);

    public LLVMValueRef AddFunction(string name, LLVMTypeRef functionType) => LLVM.AddFunction(Handle, name, functionType);

    /// <summary>The function called <paramref name="name"/>, or a value with <c>IsNull</c> set if there is none.</summary>
    public LLVMValueRef GetNamedFunction(string name) => LLVM.GetNamedFunction(Handle, name);

    public LLVMValueRef AddGlobal(LLVMTypeRef type, string name) => LLVM.AddGlobal(Handle, type, name);

    /// <summary>The global called <paramref name="name"/>, or a value with <c>IsNull</c> set if there is none.</summary>
    public LLVMValueRef GetNamedGlobal(string name) => LLVM.GetNamedGlobal(Handle, name);

    /// <summary>
    /// Declares an intrinsic in this module (once; later calls return the same function).
    /// Overloaded intrinsics take the types that complete their name, e.g. <c>llvm.sadd.with.overflow</c>
    /// with <c>i32</c> gives <c>llvm.sadd.with.overflow.i32</c>. The function type to pass to
    /// <see cref="LlvmBuilder.BuildCall2"/> is the result's <see cref="LLVMValueRef.GlobalValueType"/>.
    /// </summary>
    public LLVMValueRef GetIntrinsicDeclaration(string name, params ReadOnlySpan<LLVMTypeRef> overloadTypes)
    {
        var bytes = LlvmStrings.Utf8(name);
        uint id;
        fixed (byte* p = bytes)
        {
            id = LLVM.LookupIntrinsicID(p, (nuint)bytes.Length);
        }
        if (id == 0) throw new ArgumentException($"'{name}' is not an LLVM intrinsic", nameof(name));
        fixed (LLVMTypeRef* t = overloadTypes)
        {
            return LLVM.GetIntrinsicDeclaration(Handle, id, t, (nuint)overloadTypes.Length);
        }
    }

    /// <summary>Runs the IR verifier: null when the module is well formed, otherwise the verifier's report.</summary>
    public string? Verify()
    {
        sbyte* message = null;
        var broken = LLVM.VerifyModule(Handle, LLVMVerifierFailureAction.LLVMReturnStatusAction, &message) != 0;
        // LLVM allocates the message even on success, so it is always taken (and freed).
        var text = LlvmStrings.Take(message);
        return broken ? text.TrimEnd() : null;
    }

    /// <summary>The module as textual IR (what <c>.ll</c> files contain).</summary>
    public string PrintToString() => LlvmStrings.Take(LLVM.PrintModuleToString(Handle));

    public void WriteTextIr(string path) => File.WriteAllText(path, PrintToString());

    /// <summary>
    /// Runs a new-pass-manager pipeline such as <c>default&lt;O2&gt;</c> over the module in place.
    /// Returns null on success or LLVM's message (e.g. for a malformed pipeline string).
    /// </summary>
    public string? RunPasses(string pipeline, LlvmTargetMachine? targetMachine, LlvmPassBuilderOptions? options = null)
    {
        // LLVMRunPasses dereferences its options unconditionally, so a default set is made when none is given.
        using var defaults = options is null ? new LlvmPassBuilderOptions() : null;
        var effective = options ?? defaults!;
        var error = LLVM.RunPasses(Handle, pipeline, targetMachine?.Handle ?? default, effective.Handle);
        return error.IsNull ? null : LlvmStrings.TakeError(error);
    }

    /// <summary>A deep copy in the same context, owned by that context like any other module.</summary>
    public LlvmModule Clone() => Context.AdoptModule(LLVM.CloneModule(Handle));

    public void Dispose()
    {
        if (handle.IsNull) return;
        LLVM.DisposeModule(handle);
        handle = default;
        Context.Release(this);
    }
}
