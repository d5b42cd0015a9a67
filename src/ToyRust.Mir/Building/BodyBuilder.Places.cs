using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>Places: locals, dereferences, fields, and array elements with their bounds check.</summary>
internal sealed partial class BodyBuilder
{
    /// <summary>The place an expression names; an expression that names none is evaluated into a temporary first.</summary>
    private Place LowerPlace(BoundExpression e)
    {
        switch (e)
        {
            case BoundLocal l:
                return new Place(LocalOf(l.Local));
            case BoundDereference d:
                return LowerPlace(d.Operand).Deref();
            case BoundTupleField f:
                var tuple = LowerPlace(f.Target);
                return tuple.Field(f.Index, ((TupleType)TypeOf(tuple)).Elements[f.Index]);
            case BoundFieldAccess f:
                var value = LowerPlace(f.Target);
                return value.Field(f.Field.Index, ((AdtType)TypeOf(value)).FieldType(f.Field));
            case BoundIndex i:
                return LowerIndex(i);
            default:
                return new Place(LowerTemp(e));
        }
    }

    /// <summary>
    /// `a[i]`: the array's place, then the index (into a local, as an index projection needs
    /// one), then the bounds check, whose message reports both numbers:
    /// <code>
    /// a[f()]    →    _3 = f() -> bb1;
    ///                bb1: _4 = Len(_1);
    ///                     _5 = Lt(copy _3, copy _4);
    ///                     assert(move _5, "index out of bounds: …", move _4, copy _3) -> bb2;
    ///                bb2: … _1[_3] …
    /// </code>
    /// </summary>
    private Place LowerIndex(BoundIndex index)
    {
        var array = LowerPlace(index.Target);
        var position = LowerIndexLocal(index.Index);
        var length = NewTemp(TypeSymbol.Usize, index.Span);
        Push(new Place(length), new LenRvalue(array), index.Span);
        var inBounds = NewTemp(TypeSymbol.Bool, index.Span);
        var compared = new BinaryRvalue(BinOp.Lt, new CopyOperand(new Place(position)), new CopyOperand(new Place(length)));
        Push(new Place(inBounds), compared, index.Span);
        var message = new BoundsCheckMessage(new MoveOperand(new Place(length)), new CopyOperand(new Place(position)));
        Assert(new MoveOperand(new Place(inBounds)), expected: true, message, index.Span);
        return array.Index(position);
    }

    /// <summary>An immutable local is used as the index directly; any other index is copied into a temporary first.</summary>
    private Local LowerIndexLocal(BoundExpression index) =>
        index is BoundLocal { Local.IsMutable: false } l ? LocalOf(l.Local) : LowerTemp(index);

    /// <summary>`assert(cond, message) -> next`, continuing in next.</summary>
    private void Assert(Operand condition, bool expected, AssertMessage message, Syntax.Text.TextSpan span)
    {
        var next = NewBlock();
        Terminate(new AssertTerminator(span, condition, expected, message, next));
        MoveTo(next);
    }
}
