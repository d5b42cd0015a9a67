using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// Which MIR locals need no stack slot, and live in an LLVM register instead (rustc's codegen does
/// the same for its "SSA-like" locals): a local that
/// - is defined once: an argument, by the function's entry; any other local, by one statement
///   `_t = rvalue` or as the destination of one call;
/// - is only read as a value (whole, or fields of tuples and structs in it: an `extractvalue`),
///   never borrowed, dereferenced, indexed by, or written in part;
/// - is read only where its definition dominates: later in the same block, or in a block reached
///   from the defining block through blocks that each have that one predecessor (the chain of
///   an `assert`'s or a call's successors), emitted after it.
/// Its definition produces the value and its uses take it. Without this, every temporary of every
/// check (`_3 = AddWithOverflow(…)`, `assert(!move (_3.1))`), every call result and every
/// argument went through memory, which at `-C opt-level=0` multiplied the instructions LLVM had
/// to select.
/// </summary>
internal static class RegisterLocals
{
    public static bool[] Find(MirBody body, Func<TypeSymbol, bool> isLarge)
    {
        var count = body.Locals.Length;
        var candidate = new bool[count];
        for (var i = 0; i < count; i++) candidate[i] = !isLarge(body.Locals[i].Type);
        var definedIn = new (int Block, int Position)?[count];
        for (var i = 1; i <= body.ArgumentCount; i++) definedIn[i] = (-1, 0);
        var uses = new List<(int Local, int Block, int Position)>();
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            var block = body.Blocks[b];
            for (var s = 0; s < block.Statements.Length; s++)
            {
                if (block.Statements[s] is not AssignStatement assign) continue;
                VisitRvalue(assign.Rvalue, (local, kind) => Use(local, kind, b, s));
                foreach (var place in PlacesRead(assign.Rvalue)) CheckFields(place);
                VisitPlaceInside(assign.Place, (local, kind) => Use(local, kind, b, s));
                Define(assign.Place, b, s);
            }
            VisitTerminator(block.Terminator, (local, kind) => Use(local, kind, b, block.Statements.Length));
            foreach (var place in PlacesRead(block.Terminator)) CheckFields(place);
            if (block.Terminator is CallTerminator { Target: not null } call) Define(call.Destination, b, block.Statements.Length + 1);
            else if (block.Terminator is CallTerminator c) candidate[c.Destination.Local.Index] = false;
        }
        var parent = SinglePredecessors(body);
        foreach (var (local, block, position) in uses)
        {
            if (definedIn[local] is not { } def || !Dominates(def, block, position, parent)) candidate[local] = false;
        }
        for (var i = 0; i < count; i++)
        {
            if (definedIn[i] is null) candidate[i] = false;
        }
        return candidate;

        void Define(Place place, int block, int position)
        {
            var target = place.Local.Index;
            if (!place.IsLocal || definedIn[target] is not null) candidate[target] = false;
            else definedIn[target] = (block, position);
        }

        void CheckFields(Place place)
        {
            if (!OnlyAggregateFields(body.Locals[place.Local.Index].Type, place)) candidate[place.Local.Index] = false;
        }

        void Use(int local, UseKind kind, int block, int position)
        {
            if (kind == UseKind.Memory) candidate[local] = false;
            else uses.Add((local, block, position));
        }
    }

    /// <summary>
    /// Whether a definition at (block, position) comes before a use at (useBlock, usePosition) on
    /// every path: in the same block before it, or in a block whose chain of single predecessors
    /// reaches the defining block, with a higher number (blocks are emitted in order). A call's
    /// result is defined past its block's end (position = statements + 1).
    /// </summary>
    private static bool Dominates((int Block, int Position) def, int useBlock, int usePosition, int[] parent)
    {
        if (def.Block < 0) return true;
        if (def.Block == useBlock) return def.Position < usePosition;
        if (useBlock < def.Block) return false;
        for (var b = parent[useBlock]; b >= 0; b = parent[b])
        {
            if (b == def.Block) return true;
        }
        return false;
    }

    /// <summary>Each block's only predecessor, or -1 (bb0, and blocks two or more edges reach).</summary>
    private static int[] SinglePredecessors(MirBody body)
    {
        var count = new int[body.Blocks.Length];
        var only = new int[body.Blocks.Length];
        Array.Fill(only, -1);
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            foreach (var next in body.Blocks[b].Terminator.Successors.Distinct())
            {
                count[next.Index]++;
                only[next.Index] = b;
            }
        }
        for (var b = 0; b < only.Length; b++)
        {
            if (count[b] != 1 || b == 0) only[b] = -1;
        }
        return only;
    }

    /// <summary>The places read by value (copy or move operands) in an rvalue or a terminator.</summary>
    private static IEnumerable<Place> PlacesRead(Rvalue rvalue) => Reads.OperandsOf(rvalue).Select(Reads.PlaceOf).OfType<Place>();

    private static IEnumerable<Place> PlacesRead(Terminator terminator) => Reads.OperandsOf(terminator).Select(Reads.PlaceOf).OfType<Place>();

    private enum UseKind
    {
        /// <summary>Read as a value: `copy _3`, `move (_3.1: bool)` of a tuple.</summary>
        Value,

        /// <summary>Needs an address: a borrow, a deref, an index, `Len`, `discriminant`.</summary>
        Memory,
    }

    private static void VisitRvalue(Rvalue rvalue, Action<int, UseKind> use)
    {
        foreach (var operand in Reads.OperandsOf(rvalue)) VisitOperand(operand, use);
        if (Reads.AddressedPlaceOf(rvalue) is { } addressed) VisitPlace(addressed, UseKind.Memory, use);
    }

    private static void VisitOperand(Operand operand, Action<int, UseKind> use)
    {
        if (operand is CopyOperand c) VisitPlace(c.Place, UseKind.Value, use);
        else if (operand is MoveOperand m) VisitPlace(m.Place, UseKind.Value, use);
    }

    /// <summary>A read of a place: as a value only when it is the local itself or fields in it (an `extractvalue`; <see cref="OnlyAggregateFields"/> checks the types).</summary>
    private static void VisitPlace(Place place, UseKind kind, Action<int, UseKind> use)
    {
        use(place.Local.Index, kind == UseKind.Value && place.Projections.All(p => p is FieldProjection) ? kind : UseKind.Memory);
        VisitPlaceInside(place, use);
    }

    /// <summary>Whether every projection of <paramref name="place"/> is a field of a tuple or struct (whose LLVM fields are its fields, in order).</summary>
    public static bool OnlyAggregateFields(TypeSymbol localType, Place place)
    {
        var type = localType;
        foreach (var p in place.Projections)
        {
            if (p is not FieldProjection f || type is not (TupleType or AdtType { Adt.IsEnum: false })) return false;
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
        foreach (var operand in Reads.OperandsOf(terminator)) VisitOperand(operand, use);
        switch (terminator)
        {
            case CallTerminator c:
                VisitPlaceInside(c.Destination, use);
                break;
            case DropTerminator d:
                VisitPlace(d.Place, UseKind.Memory, use);
                break;
            case ReturnTerminator:
                use(Local.ReturnPlace.Index, UseKind.Value);
                break;
        }
    }
}
