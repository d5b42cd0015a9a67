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

    /// <summary>`&amp;place`: its address; for an unsized place (a trait object, a slice, a str) behind a pointer (`&amp;(*r)`, `&amp;(*b)`), the fat pointer it came from.</summary>
    private LLVMValueRef EmitReference(RefRvalue r) => AddressOf(r.Place, Resolve(PlaceType(r.Place)));

    /// <summary>The address of a place: for an unsized one, the fat pointer (data and metadata) it is reached through.</summary>
    private LLVMValueRef AddressOf(Place place, TypeSymbol type) => TypeFacts.IsUnsized(type) ? FatPointerOf(place) : EmitMirPlace(place).Pointer;

    /// <summary>
    /// The fat pointer an unsized place was reached through: an unsized value is only ever the
    /// target of a deref, so `(*_1)` is read as `_1` (rustc's place's `llextra`), a box's as its pointer.
    /// </summary>
    private LLVMValueRef FatPointerOf(Place place)
    {
        if (place.Projections.Count == 0 || place.Projections[^1] is not DerefProjection)
            throw new InvalidOperationException($"the unsized place {place} is not behind a pointer");
        var pointer = place with { Projections = new ValueArray<Projection>(place.Projections.Take(place.Projections.Count - 1)) };
        var (value, type) = LoadPlace(pointer);
        return UnboxPointer(value, type);
    }

    /// <summary>The drop glue of a trait object: slot 0 of its vtable, called on the data pointer unless it is null (nothing to drop).</summary>
    private void EmitVirtualDrop(LLVMValueRef fat)
    {
        var glue = LoadSlot(_builder.BuildExtractValue(fat, 1, ""), 0);
        var call = AppendBlock("virtual_drop");
        var done = AppendBlock("dropped");
        _builder.BuildCondBr(_builder.BuildIsNotNull(glue, ""), call, done);
        _builder.PositionAtEnd(call);
        CallOrInvoke(_context.Function(_context.Void, [_context.Pointer]), glue, [_builder.BuildExtractValue(fat, 0, "")]);
        _builder.BuildBr(done);
        _builder.PositionAtEnd(done);
    }

    /// <summary>A `Box` (or an `Rc`) is a struct around its pointer: the pointer itself; any other pointer as it is.</summary>
    private LLVMValueRef UnboxPointer(LLVMValueRef value, TypeSymbol type) =>
        type is AdtType { Adt.CoercesUnsized: true } ? _builder.BuildExtractValue(value, 0, "") : value;

    /// <summary>`&amp;T` to `&amp;dyn Trait`, `Box&lt;T&gt;` to `Box&lt;dyn Trait&gt;`: the data pointer paired with the vtable (or an upcast one).</summary>
    private LLVMValueRef EmitUnsize(UnsizeRvalue u)
    {
        var (value, type) = EmitOperand(u.Operand);
        var targetType = Resolve(u.Target);
        var data = UnboxPointer(value, type);
        if (targetType.UnsizePointee() is SliceType) return EmitArrayToSlice(data, (ArrayType)type.UnsizePointee()!);
        var target = (DynType)targetType.UnsizePointee()!;
        LLVMValueRef fat;
        if (type.UnsizePointee() is DynType source) fat = EmitUpcast(data, source, target);
        else
        {
            var vtable = _module.VtableFor(_generics.Vtable(_statementAt));
            fat = _builder.BuildInsertValue(_context.Poison(_module.Types.DynRef), data, 0, "");
            fat = _builder.BuildInsertValue(fat, vtable, 1, "");
        }
        return targetType is AdtType ? _builder.BuildInsertValue(_context.Poison(Lower(targetType)), fat, 0, "") : fat;
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

    /// <summary>
    /// A call through a vtable slot. The method there is the concrete type's, declared with its own
    /// <see cref="FunctionAbi"/>; the same ABI follows from the call's types, with the data pointer for `&amp;self`.
    /// It is an `invoke` like any call: a panic in the method runs this frame's cleanups.
    /// </summary>
    private CallResult EmitVirtualCall(VirtualCallee callee, CallTerminator call)
    {
        // A by-value receiver (`FnOnce::call_once(move (*_1), …)` of a `Box<dyn FnOnce()>`) is the box's
        // fat pointer: the slot's `- shim(vtable)` takes the object pointer and moves the closure out.
        var receiver = call.Arguments[0] is MoveOperand { Place: var moved } && Resolve(PlaceType(moved)) is DynType
            ? FatPointerOf(moved)
            : EmitOperand(call.Arguments[0]).Value;
        var function = LoadSlot(_builder.BuildExtractValue(receiver, 1, ""), callee.Slot);
        var rest = call.Arguments.Skip(1).ToArray();
        var parameters = rest.Select(a => Lower(OperandType(a))).Prepend(_context.Pointer).ToArray();
        var abi = FunctionAbi.For(_context, _module.Options.Machine, _module.Types.LowerReturn(PlaceType(call.Destination)), parameters, []);
        var values = PassArguments(abi, rest, first: 1).Prepend(_builder.BuildExtractValue(receiver, 0, ""));
        return CallWithAbi(abi, function, values);
    }

    /// <summary>
    /// A call through a function pointer: the pointee was declared with the <see cref="FunctionAbi"/>
    /// of its parameter and result types, which the pointer's signature repeats (a `#[track_caller]`
    /// function, with hidden parameters, is never made a pointer).
    /// </summary>
    private CallResult EmitPointerCall(PointerCallee callee, CallTerminator call)
    {
        var signature = (FunctionType)Resolve(callee.Signature);
        var (function, _) = EmitOperand(call.Arguments[0]);
        var rest = call.Arguments.Skip(1).ToArray();
        var abi = FunctionAbi.For(_context, _module.Options.Machine, _module.Types.LowerReturn(signature.Return), [.. signature.Parameters.Select(Lower)], []);
        return CallWithAbi(abi, function, PassArguments(abi, rest));
    }

    /// <summary>The `usize` in a vtable's slot (the size in slot 1, the alignment in slot 2).</summary>
    private LLVMValueRef LoadSlotValue(LLVMValueRef vtable, int slot)
    {
        var address = _builder.BuildInBoundsGEP2(_context.Int8, vtable, [ConstI64(slot * SlotBytes)], "");
        return _builder.BuildLoad2(_context.Int64, address, "");
    }

    /// <summary>The pointer in a vtable's slot.</summary>
    private LLVMValueRef LoadSlot(LLVMValueRef vtable, int slot)
    {
        var address = _builder.BuildInBoundsGEP2(_context.Int8, vtable, [ConstI64(slot * SlotBytes)], "");
        return _builder.BuildLoad2(_context.Pointer, address, "");
    }
}
