using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Which MIR locals need no stack slot: a temporary assigned once by a statement and read only
/// later in the same block (as a whole, or a field of a tuple), never borrowed, indexed by, or
/// used as a call's destination. Such a local lives in an LLVM register: its assignment produces
/// the value and its uses take it (rustc's codegen does the same for its "SSA-like" locals).
/// Without this, every temporary of every check (`_3 = AddWithOverflow(…)`, `assert(!move (_3.1))`)
/// went through memory, which at `-C opt-level=0` doubled the instructions LLVM had to select.
/// </summary>
internal static class RegisterLocals
{
    public static bool[] Find(MirBody body, Func<TypeSymbol, bool> isLarge)
    {
        var count = body.Locals.Length;
        var candidate = new bool[count];
        for (var i = body.ArgumentCount + 1; i < count; i++)
            candidate[i] = body.Locals[i].Name is null && !isLarge(body.Locals[i].Type);
        var definedIn = new (int Block, int Statement)?[count];
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            var block = body.Blocks[b];
            for (var s = 0; s < block.Statements.Length; s++)
            {
                var assign = (AssignStatement)block.Statements[s];
                VisitRvalue(assign.Rvalue, (local, kind) => Use(local, kind, b, s));
                foreach (var place in PlacesRead(assign.Rvalue)) CheckTupleFields(place);
                VisitPlaceInside(assign.Place, (local, kind) => Use(local, kind, b, s));
                var target = assign.Place.Local.Index;
                if (!assign.Place.IsLocal || definedIn[target] is not null) candidate[target] = false;
                else definedIn[target] = (b, s);
            }
            VisitTerminator(block.Terminator, (local, kind) => Use(local, kind, b, block.Statements.Length));
            foreach (var place in PlacesRead(block.Terminator)) CheckTupleFields(place);
        }
        for (var i = 0; i < count; i++)
        {
            if (definedIn[i] is null) candidate[i] = false;
        }
        return candidate;

        void CheckTupleFields(Place place)
        {
            if (!OnlyTupleFields(body.Locals[place.Local.Index].Type, place)) candidate[place.Local.Index] = false;
        }

        void Use(int local, UseKind kind, int block, int position)
        {
            if (kind == UseKind.Memory || definedIn[local] is not { } def || def.Block != block || def.Statement >= position)
                candidate[local] = false;
        }
    }

    /// <summary>The places read by value (copy or move operands) in an rvalue or a terminator.</summary>
    private static IEnumerable<Place> PlacesRead(object node)
    {
        var places = new List<Place>();
        void Collect(Operand o)
        {
            if (o is CopyOperand c) places.Add(c.Place);
            else if (o is MoveOperand m) places.Add(m.Place);
        }
        switch (node)
        {
            case UseRvalue u: Collect(u.Operand); break;
            case RepeatRvalue r: Collect(r.Operand); break;
            case CastRvalue c: Collect(c.Operand); break;
            case BinaryRvalue b: Collect(b.Left); Collect(b.Right); break;
            case CheckedBinaryRvalue b: Collect(b.Left); Collect(b.Right); break;
            case UnaryRvalue u: Collect(u.Operand); break;
            case AggregateRvalue a: foreach (var o in a.Operands) Collect(o); break;
            case SwitchIntTerminator s: Collect(s.Discriminant); break;
            case CallTerminator call: foreach (var argument in call.Arguments) Collect(argument); break;
            case AssertTerminator assert:
                Collect(assert.Condition);
                if (assert.Message is BoundsCheckMessage bounds)
                {
                    Collect(bounds.Length);
                    Collect(bounds.Index);
                }
                break;
        }
        return places;
    }

    private enum UseKind
    {
        /// <summary>Read as a value: `copy _3`, `move (_3.1: bool)` of a tuple.</summary>
        Value,

        /// <summary>Needs an address: a borrow, a deref, an index, `Len`, `discriminant`, a call's destination.</summary>
        Memory,
    }

    private static void VisitRvalue(Rvalue rvalue, Action<int, UseKind> use)
    {
        switch (rvalue)
        {
            case UseRvalue u: VisitOperand(u.Operand, use); break;
            case RepeatRvalue r: VisitOperand(r.Operand, use); break;
            case RefRvalue r: VisitPlace(r.Place, UseKind.Memory, use); break;
            case LenRvalue l: VisitPlace(l.Place, UseKind.Memory, use); break;
            case CastRvalue c: VisitOperand(c.Operand, use); break;
            case BinaryRvalue b: VisitOperand(b.Left, use); VisitOperand(b.Right, use); break;
            case CheckedBinaryRvalue b: VisitOperand(b.Left, use); VisitOperand(b.Right, use); break;
            case UnaryRvalue u: VisitOperand(u.Operand, use); break;
            case DiscriminantRvalue d: VisitPlace(d.Place, UseKind.Memory, use); break;
            case AggregateRvalue a: foreach (var o in a.Operands) VisitOperand(o, use); break;
            default: throw new InvalidOperationException($"RegisterLocals does not know {rvalue.GetType().Name}");
        }
    }

    private static void VisitOperand(Operand operand, Action<int, UseKind> use)
    {
        if (operand is CopyOperand c) VisitPlace(c.Place, UseKind.Value, use);
        else if (operand is MoveOperand m) VisitPlace(m.Place, UseKind.Value, use);
    }

    /// <summary>A read of a place: as a value only when it is the local itself or fields of tuples in it (an `extractvalue`).</summary>
    private static void VisitPlace(Place place, UseKind kind, Action<int, UseKind> use)
    {
        use(place.Local.Index, kind == UseKind.Value && place.Projections.All(p => p is FieldProjection) ? kind : UseKind.Memory);
        VisitPlaceInside(place, use);
    }

    /// <summary>Whether every field projection of <paramref name="place"/> is into a tuple (whose LLVM fields are its fields).</summary>
    public static bool OnlyTupleFields(TypeSymbol localType, Place place)
    {
        var type = localType;
        foreach (var p in place.Projections)
        {
            if (p is not FieldProjection f || type is not TupleType) return false;
            type = f.Type;
        }
        return true;
    }

    /// <summary>The locals a place's projections read (an index).</summary>
    private static void VisitPlaceInside(Place place, Action<int, UseKind> use)
    {
        foreach (var p in place.Projections)
        {
            if (p is IndexProjection i) use(i.Index.Index, UseKind.Memory);
        }
    }

    private static void VisitTerminator(Terminator terminator, Action<int, UseKind> use)
    {
        switch (terminator)
        {
            case SwitchIntTerminator s:
                VisitOperand(s.Discriminant, use);
                break;
            case CallTerminator c:
                foreach (var a in c.Arguments) VisitOperand(a, use);
                use(c.Destination.Local.Index, UseKind.Memory);
                VisitPlaceInside(c.Destination, use);
                break;
            case AssertTerminator a:
                VisitOperand(a.Condition, use);
                if (a.Message is BoundsCheckMessage b)
                {
                    VisitOperand(b.Length, use);
                    VisitOperand(b.Index, use);
                }
                break;
            case DropTerminator d:
                VisitPlace(d.Place, UseKind.Memory, use);
                break;
        }
    }
}
