using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Range indexing, `s[a..b]` on a slice or an array: a place of type `[T]`, reached through the
/// raw slice pointer that the prelude's `slice_range` returns once it has checked the range. The
/// base's fat pointer is made first (an array's by unsizing `&amp;a`), then the bounds, left to right;
/// a range without a start starts at 0, one without an end ends at `Len` of the base:
/// <code>
/// &amp;a[1..]     →    _3 = &amp;_1;
///                  _4 = move _3 as &amp;[i32] (PointerCoercion(Unsize, Implicit));
///                  _5 = move _4 as *const [i32] (PtrToPtr);
///                  _6 = Len(_1);
///                  _7 = slice::range::&lt;i32&gt;(move _5, const 1_usize, move _6) -> bb1;
///             bb1: _2 = &amp;(*_7);      (tests/mir/slices.mir)
/// </code>
/// The call's span is the brackets (`[1..]`): `#[track_caller]` makes it the panic's location, as
/// rustc reports it. `&amp;mut s[..]` takes `&amp;mut (*_7)` the same way.
/// </summary>
internal sealed partial class BodyBuilder
{
    private Place LowerRangeIndex(BoundRangeIndex range)
    {
        var @base = LowerPlace(range.Target);
        var baseType = Resolve(range.Target.Type);
        var slice = (SliceType)Resolve(range.Type);
        var pointer = SlicePointerOf(@base, baseType, slice, range);
        var start = range.Start is null ? new ConstantOperand(Constant.Usize(0)) : LowerOperand(range.Start);
        var end = range.End is null ? Compute(TypeSymbol.Usize, new LenRvalue(@base), range.Span) : LowerOperand(range.End);
        var rawSlice = new RawPointerType(slice, false);
        var result = new Place(NewTemp(rawSlice, range.Span));
        var callee = new FnCallee(range.Function, new ValueArray<TypeSymbol>([slice.Element]));
        EmitCall(result, callee, [pointer, start, end], rawSlice, range.Location);
        return result.Deref();
    }

    /// <summary>`*const [T]` to the base: its fat pointer (`&amp;(*_1)` of a slice place), or an array's address unsized.</summary>
    private MoveOperand SlicePointerOf(Place @base, TypeSymbol baseType, SliceType slice, BoundRangeIndex range)
    {
        var borrowed = Compute(new ReferenceType(baseType, false), new RefRvalue(false, @base), range.Span);
        var sliceRef = baseType is ArrayType
            ? Compute(new ReferenceType(slice, false), new UnsizeRvalue(borrowed, new ReferenceType(slice, false)), range.Span)
            : borrowed;
        return Compute(new RawPointerType(slice, false), new CastRvalue(sliceRef, new RawPointerType(slice, false)), range.Span);
    }
}
