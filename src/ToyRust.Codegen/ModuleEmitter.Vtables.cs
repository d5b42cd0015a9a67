using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Traits;

namespace ToyRust.Codegen;

/// <summary>
/// Vtables as constants, laid out as rustc lays them out (<see cref="VtableLayout"/>): one
/// pointer-sized slot each, `{ drop_in_place, size, align, method…, vtable pointer… }`:
/// <code>
/// @vtable.0 = internal unnamed_addr constant { ptr, i64, i64, ptr, ptr } { ptr null, i64 4, i64 4, ptr @&lt;Circle as Shape&gt;::area, … }
/// </code>
/// rustc makes them private (no symbol); ToyRust gives them internal linkage, so that each keeps
/// its `vtable.N` symbol in the object file and the size tools can charge its bytes to it. The
/// drop slot is a null pointer when the type has no drop glue (<see cref="MonoVtable.DropGlue"/>).
/// A unit makes a vtable when it first uses one (a cast to `dyn`, a slot of another vtable): the
/// global is added before its slots are filled in, because a vtable may point to a supertrait's.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private readonly Dictionary<MonoVtable, LLVMValueRef> _vtables = new(ReferenceEqualityComparer.Instance);

    public LLVMValueRef VtableFor(MonoVtable vtable)
    {
        if (_vtables.TryGetValue(vtable, out var known)) return known;
        var global = Module.AddGlobal(VtableType(vtable), vtable.Symbol);
        global.SetGlobalConstant(true);
        global.SetLinkage(LLVMLinkage.LLVMInternalLinkage);
        global.SetUnnamedAddress(LLVMUnnamedAddr.LLVMGlobalUnnamedAddr);
        _vtables[vtable] = global;
        global.SetInitializer(Context.ConstStruct([.. Slots(vtable)]));
        return global;
    }

    private LLVMTypeRef VtableType(MonoVtable vtable) =>
        Context.Struct([.. vtable.Layout.Select(e => e is SizeEntry or AlignEntry ? Context.Int64 : Context.Pointer)]);

    private IEnumerable<LLVMValueRef> Slots(MonoVtable vtable)
    {
        var concrete = Types.Lower(vtable.ConcreteType);
        for (var slot = 0; slot < vtable.Layout.Length; slot++)
        {
            yield return vtable.Layout[slot] switch
            {
                DropInPlaceEntry => vtable.DropGlue is { } glue ? FunctionFor(glue).Function : Context.ConstNull(Context.Pointer),
                SizeEntry => Context.ConstInt(Context.Int64, Options.Machine.AbiSizeOfType(concrete)),
                AlignEntry => Context.ConstInt(Context.Int64, Options.Machine.AbiAlignmentOfType(concrete)),
                MethodEntry => FunctionFor(vtable.Method(slot)).Function,
                TraitVPtrEntry => VtableFor(vtable.Supertable(slot)),
                _ => throw new InvalidOperationException($"unknown vtable entry {vtable.Layout[slot]}"),
            };
        }
    }
}
