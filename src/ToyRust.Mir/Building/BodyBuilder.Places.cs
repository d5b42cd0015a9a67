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
        // `(*(*x).0).1`: the chain of derefs and fields down to its base is walked first and the
        // place built in one go, with the type carried along; projecting one step at a time
        // copied the projection list at every step, quadratic in a 20,000-deep `***…x`.
        var chain = new Stack<BoundExpression>();
        while (e is BoundDereference or BoundTupleField or BoundFieldAccess)
        {
            chain.Push(e);
            e = e switch
            {
                BoundDereference d => d.Operand,
                BoundTupleField f => f.Target,
                BoundFieldAccess f => f.Target,
                _ => throw new InvalidOperationException("unreachable"),
            };
        }
        var @base = e is BoundLocal upvar && _upvars.ContainsKey(upvar.Local) ? LowerUpvarBase(upvar.Local, chain) : LowerPlaceBase(e);
        if (chain.Count == 0) return @base;
        var type = TypeOf(@base);
        var projections = new List<Projection>(@base.Projections);
        foreach (var step in chain)
        {
            // Only capture analysis writes a field of an enum: a pattern's field of its one variant.
            if (step is BoundFieldAccess && type is AdtType { Adt.IsEnum: true } adt) projections.Add(new DowncastProjection(adt.Adt.Variants[0]));
            Projection projection = step switch
            {
                BoundDereference => DerefProjection.Instance,
                BoundTupleField f => new FieldProjection(f.Index, ((TupleType)type).Elements[f.Index]),
                BoundFieldAccess f => new FieldProjection(f.Field.Index, ((AdtType)type).FieldType(f.Field)),
                _ => throw new InvalidOperationException("unreachable"),
            };
            type = projection is FieldProjection field ? field.Type : type.DerefTarget();
            projections.Add(projection);
        }
        return @base with { Projections = new ValueArray<Projection>(projections) };
    }

    private Place LowerPlaceBase(BoundExpression e) => e switch
    {
        BoundLocal l => new Place(LocalOf(l.Local)),
        BoundIndex i => LowerIndex(i),
        BoundRangeIndex r => LowerRangeIndex(r),
        _ => new Place(LowerTemp(e)),
    };

    /// <summary>An upvar's place: the captured place that starts the chain, whose steps are taken off it.</summary>
    private Place LowerUpvarBase(Semantics.Symbols.LocalSymbol local, Stack<BoundExpression> chain)
    {
        var steps = chain.Select(step => step switch
        {
            BoundFieldAccess f => new CaptureStep(false, f.Field.Index),
            BoundTupleField t => new CaptureStep(false, t.Index),
            _ => new CaptureStep(true, -1),
        }).ToList();
        if (UpvarPlace(local, steps) is not var (place, covered)) return UpvarRoot(local);
        for (var i = 0; i < covered; i++) chain.Pop();
        return place;
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
        index is BoundLocal { Local.IsMutable: false } l && !_upvars.ContainsKey(l.Local) ? LocalOf(l.Local) : LowerTemp(index);

    /// <summary>`assert(cond, message) -> next`, continuing in next.</summary>
    private void Assert(Operand condition, bool expected, AssertMessage message, Syntax.Text.TextSpan span)
    {
        var next = NewBlock();
        Terminate(new AssertTerminator(span, condition, expected, message, next, UnwindTarget()));
        MoveTo(next);
    }
}
