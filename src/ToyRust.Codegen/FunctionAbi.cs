using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Codegen;

/// <summary>How one value crosses a call: as an LLVM value, or as a pointer to a copy of it in memory.</summary>
internal enum PassMode
{
    Direct,
    Indirect,
}

/// <summary>
/// The calling convention of a mono item, a simplified form of rustc's `FnAbi` for the Rust ABI:
/// <code>
/// fn f(a: [i128; 5], n: usize) -> [u64; 4]
///   →  define void @f(ptr noalias sret-like %ret, ptr noalias %a, i64 %n)   ; a: the caller's copy
/// </code>
/// - A value that fits in two registers goes directly, as its LLVM value (an LLVM struct argument is
///   split into its fields by instruction selection, as rustc's scalar pairs).
/// - An array larger than one register and any other aggregate larger than two go *indirectly*: the
///   caller copies the value into a stack slot of its own and passes its address, and the callee
///   uses that memory as the argument's local (no second copy). A result that large is written by
///   the callee through a pointer the caller passes first (rustc's return area, LLVM's `sret`).
/// Why not every value directly: LLVM's aggregates are first-class, but instruction selection
/// expands one of 100,000 elements into as many operations (bug 25, a SIGSEGV), and on AArch64 at
/// opt-level 0 GlobalISel and its SelectionDAG fallback disagree on where an argument after an
/// `i128` array lives (bug 35). rustc never passes such values as LLVM aggregates; neither do we.
/// Hidden parameters (a `#[track_caller]` function's location) come after the declared ones.
/// </summary>
internal sealed class FunctionAbi
{
    private FunctionAbi(LLVMTypeRef type, LLVMTypeRef returnType, PassMode returnMode, LLVMTypeRef[] parameterTypes, PassMode[] parameterModes)
    {
        Type = type;
        ReturnType = returnType;
        ReturnMode = returnMode;
        ParameterTypes = parameterTypes;
        ParameterModes = parameterModes;
    }

    /// <summary>The LLVM function type, with pointers where values go indirectly.</summary>
    public LLVMTypeRef Type { get; }

    /// <summary>The result's own LLVM type (`void` for `()` and `!`), whichever way it is returned.</summary>
    public LLVMTypeRef ReturnType { get; }

    public PassMode ReturnMode { get; }

    /// <summary>The declared parameters' own LLVM types.</summary>
    public IReadOnlyList<LLVMTypeRef> ParameterTypes { get; }

    public IReadOnlyList<PassMode> ParameterModes { get; }

    /// <summary>The LLVM parameter that carries declared parameter <paramref name="index"/> (after the return pointer, if any).</summary>
    public uint LlvmParameter(int index) => (uint)index + (ReturnMode == PassMode.Indirect ? 1u : 0u);

    /// <summary>The first hidden parameter, after the declared ones.</summary>
    public uint FirstHidden => LlvmParameter(ParameterTypes.Count);

    /// <summary>The ABI of a function with these parameter and result types, and these hidden parameters after them.</summary>
    public static FunctionAbi For(LlvmContext context, LlvmTargetMachine machine, LLVMTypeRef returnType, IReadOnlyList<LLVMTypeRef> parameters, IReadOnlyList<LLVMTypeRef> hidden)
    {
        var returnMode = ModeOf(machine, returnType);
        var modes = parameters.Select(p => ModeOf(machine, p)).ToArray();
        var llvmParameters = new List<LLVMTypeRef>();
        if (returnMode == PassMode.Indirect) llvmParameters.Add(context.Pointer);
        llvmParameters.AddRange(parameters.Select((p, i) => modes[i] == PassMode.Indirect ? context.Pointer : p));
        llvmParameters.AddRange(hidden);
        var llvmReturn = returnMode == PassMode.Indirect ? context.Void : returnType;
        return new FunctionAbi(context.Function(llvmReturn, [.. llvmParameters]), returnType, returnMode, [.. parameters], modes);
    }

    /// <summary>Arrays over 8 bytes and other aggregates over 16 go by pointer.</summary>
    public static PassMode ModeOf(LlvmTargetMachine machine, LLVMTypeRef type) => type.Kind switch
    {
        LLVMTypeKind.LLVMArrayTypeKind when machine.AbiSizeOfType(type) > 8 => PassMode.Indirect,
        LLVMTypeKind.LLVMStructTypeKind when machine.AbiSizeOfType(type) > 16 => PassMode.Indirect,
        _ => PassMode.Direct,
    };

    /// <summary>
    /// What the callee may assume of its pointers, as rustc tells LLVM: the return area and each
    /// indirect argument are the caller's private copies, never kept after the call.
    /// </summary>
    public void AddAttributes(LLVMValueRef function, LlvmTargetMachine machine)
    {
        if (ReturnMode == PassMode.Indirect) AddPointerAttributes(function, machine, 0, ReturnType);
        for (var i = 0; i < ParameterTypes.Count; i++)
        {
            if (ParameterModes[i] == PassMode.Indirect) AddPointerAttributes(function, machine, LlvmParameter(i), ParameterTypes[i]);
        }
    }

    private static void AddPointerAttributes(LLVMValueRef function, LlvmTargetMachine machine, uint parameter, LLVMTypeRef pointee)
    {
        // Attribute index 0 is the return value; parameter i is index i + 1.
        var index = parameter + 1;
        function.AddAttributeAtIndex(index, "noalias");
        function.AddAttributeAtIndex(index, "nocapture");
        function.AddAttributeAtIndex(index, "dereferenceable", machine.AbiSizeOfType(pointee));
        function.AddAttributeAtIndex(index, "align", (ulong)machine.AbiAlignmentOfType(pointee));
    }
}
