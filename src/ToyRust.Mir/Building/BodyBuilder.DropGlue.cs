using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Drop glue: the body of `drop_in_place::&lt;T&gt;` for one concrete T (rustc's `DropShim`), which
/// `_1: &amp;mut T` points at. The type's own `Drop::drop` runs first, then its parts are dropped in
/// declaration order, each through its own glue (a `drop` terminator, which the collector resolves
/// to `drop_in_place` of the part's type); parts that need no drop are skipped.
/// <code>
/// drop_in_place::&lt;Pair&gt;         _2 = &amp;mut (*_1); _3 = &lt;Pair as Drop&gt;::drop(move _2) -> bb1;   (if Pair has an impl)
///                               bb1: drop(((*_1).0: D)) -> bb2;
///                               bb2: drop(((*_1).1: D)) -> bb3;
/// drop_in_place::&lt;Option&lt;D&gt;&gt;    a switch on the variant; `Some` drops ((*_1) as Some).0
/// drop_in_place::&lt;[D; 3]&gt;       a loop: drop((*_1)[_i]) for _i in 0..3
/// drop_in_place::&lt;[D]&gt;          the same loop to Len((*_1)), the length the fat pointer `_1` carries
/// drop_in_place::&lt;Box&lt;T&gt;&gt;      drop((*(*_1))) -> bb1;  bb1: &lt;Box&lt;T&gt; as Drop&gt;::drop(&amp;mut (*_1))   (the value, then the memory)
/// drop_in_place::&lt;dyn Shape&gt;    drop((*_1)): code generation calls slot 0 of the vtable (rustc's virtual drop)
/// </code>
/// </summary>
internal sealed partial class BodyBuilder
{
    private DropTypes Drops => _options.Drops ?? throw new InvalidOperationException("drop glue needs the program's drop types");

    private void ShimDropGlue(TypeSymbol type)
    {
        var value = Argument(1).Deref();
        switch (type)
        {
            case DynType:
                DropPart(value, type);
                return;
            case AdtType { Adt.IsBox: true } box:
                DropPart(value.Deref(), box.Arguments[0]);
                break;
        }
        if (Drops.HasDropImpl(type))
        {
            var self = Compute(new ReferenceType(type, true), new RefRvalue(true, value), default);
            ShimCall(new Place(NewTemp(TypeSymbol.Unit, default)), Items.DropFn, [type], [self], TypeSymbol.Unit);
        }
        switch (type)
        {
            case TupleType t:
                for (var i = 0; i < t.Elements.Count; i++) DropPart(value.Field(i, t.Elements[i]), t.Elements[i]);
                break;
            case ClosureType c:
                var fields = c.FieldTypes;
                for (var i = 0; i < fields.Length; i++) DropPart(value.Field(i, fields[i]), fields[i]);
                break;
            case ArrayType a when Drops.NeedsDrop(a.Element):
                ForEachIndex(a.Length, i => DropPart(value.Index(i), a.Element));
                break;
            case SliceType slice when Drops.NeedsDrop(slice.Element):
                var length = new CopyOperand(Compute(TypeSymbol.Usize, new LenRvalue(value), default).Place);
                ForEachIndex(length, i => DropPart(value.Index(i), slice.Element));
                break;
            case AdtType { Adt.IsEnum: false } s:
                foreach (var (place, fieldType) in FieldsOf(value, s, s.Adt.Variants[0])) DropPart(place, fieldType);
                break;
            case AdtType e when e.Adt.Variants.Any(v => FieldsOf(value, e, v).Any(f => Drops.NeedsDrop(f.Type))):
                SwitchOnVariant(value, e, variant =>
                {
                    foreach (var (place, fieldType) in FieldsOf(value.Downcast(variant), e, variant)) DropPart(place, fieldType);
                });
                break;
        }
    }

    /// <summary>`drop(place) -> next` for a part that needs it.</summary>
    private void DropPart(Place place, TypeSymbol type)
    {
        if (Drops.NeedsDrop(type)) Drop(place, default, cleanup: null);
    }
}
