using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Trait objects. A `&amp;dyn Trait` is the pair `{ data, vtable }` (<see cref="TypeLowering.DynRef"/>):
/// <code>
/// _3 = move _2 as &amp;dyn Shape (PointerCoercion(Unsize, …))   →   { %_2, @vtable.0 }
/// _4 = move _3 as &amp;dyn Named (…)  (an upcast)                →   { data, load(vtable + 8·slot) }, or _3 itself
/// _5 = &amp;(*_3)                    (a reborrow of a trait object) →   _3 itself
/// _0 = &lt;dyn Shape as Shape&gt;::area(copy _3)   (slot 3)        →   %f = load(vtable + 24); call %f(data)
/// </code>
/// The method in the slot is the concrete type's, which takes `&amp;Circle`: the data pointer alone.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private const int SlotBytes = 8;

    /// <summary>
    /// `&amp;place`: its address; for an unsized place (a trait object, a slice) behind a pointer
    /// (`&amp;(*r)`), the fat pointer it came from.
    /// </summary>
    private LLVMValueRef EmitReference(RefRvalue r) =>
        TypeFacts.IsUnsized(PlaceType(r.Place)) ? FatPointerOf(r.Place) : EmitMirPlace(r.Place).Pointer;

    /// <summary>
    /// The fat pointer an unsized place was reached through: an unsized value is only ever the
    /// target of a deref, so `(*_1)` is read as `_1` (rustc's place's `llextra`).
    /// </summary>
    private LLVMValueRef FatPointerOf(Place place)
    {
        if (place.Projections.Count == 0 || place.Projections[^1] is not DerefProjection)
            throw new InvalidOperationException($"the unsized place {place} is not behind a pointer");
        var pointer = place with { Projections = new ValueArray<Projection>(place.Projections.Take(place.Projections.Count - 1)) };
        return LoadPlace(pointer).Value;
    }

    private LLVMValueRef EmitUnsize(UnsizeRvalue u)
    {
        var (value, type) = EmitOperand(u.Operand);
        if (((ReferenceType)Resolve(u.Target)).Referent is SliceType) return EmitArrayToSlice(value, (ArrayType)type.DerefTarget());
        var target = (DynType)((ReferenceType)Resolve(u.Target)).Referent;
        if (type is ReferenceType { Referent: DynType source }) return EmitUpcast(value, source, target);
        var vtable = _module.VtableFor(_generics.Vtable(_statementAt));
        var fat = _builder.BuildInsertValue(_context.Poison(_module.Types.DynRef), value, 0, "");
        return _builder.BuildInsertValue(fat, vtable, 1, "");
    }

    /// <summary>`&amp;[T; N]` → `&amp;[T]`: `{ ptr, N }`.</summary>
    private LLVMValueRef EmitArrayToSlice(LLVMValueRef pointer, ArrayType array)
    {
        var fat = _builder.BuildInsertValue(_context.Poison(_module.Types.StrRef), pointer, 0, "");
        return _builder.BuildInsertValue(fat, ConstI64(array.Length), 1, "");
    }

    /// <summary>The supertrait's vtable is a prefix of the subtrait's (the pointer stays), or a slot of it points there.</summary>
    private LLVMValueRef EmitUpcast(LLVMValueRef fat, DynType source, DynType target)
    {
        if (VtableLayout.SupertraitSlot(source.Principal, target.Principal) is not { } slot) return fat;
        var vtable = LoadSlot(_builder.BuildExtractValue(fat, 1, ""), slot);
        return _builder.BuildInsertValue(fat, vtable, 1, "");
    }

    private LLVMValueRef EmitVirtualCall(VirtualCallee callee, CallTerminator call, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var receiver = args[0].Value;
        var function = LoadSlot(_builder.BuildExtractValue(receiver, 1, ""), callee.Slot);
        var parameters = args.Skip(1).Select(a => Lower(a.Type)).Prepend(_context.Pointer).ToArray();
        var type = _context.Function(_module.Types.LowerReturn(PlaceType(call.Destination)), parameters);
        var values = args.Skip(1).Select(a => a.Value).Prepend(_builder.BuildExtractValue(receiver, 0, "")).ToArray();
        return _builder.BuildCall2(type, function, values, "");
    }

    /// <summary>The pointer in a vtable's slot.</summary>
    private LLVMValueRef LoadSlot(LLVMValueRef vtable, int slot)
    {
        var address = _builder.BuildInBoundsGEP2(_context.Int8, vtable, [ConstI64(slot * SlotBytes)], "");
        return _builder.BuildLoad2(_context.Pointer, address, "");
    }
}
