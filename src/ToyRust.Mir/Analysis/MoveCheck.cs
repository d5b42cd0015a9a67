using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Analysis;

/// <summary>
/// Use after move (E0382), the second dataflow pass on the MIR, as rustc's borrow checker finds it
/// with `MaybeUninitializedPlaces` after a move.
/// <code>
/// let a = take(p); let b = take(p);        E0382: use of moved value: `p`
/// let i = p.inner; show(&amp;p);              E0382: borrow of partially moved value: `p`
/// loop { take(p); }                        E0382: value moved here, in previous iteration of loop
/// let q = *r;  (r: &amp;P)                    E0507: cannot move out of `*r` which is behind a shared reference
/// let q = a[0];  (a: [P; 2])               E0508: cannot move out of type `[P; 2]`, a non-copy array
/// </code>
///
/// Terms. A *move* is a `move` operand of a place rooted in a user variable or argument through
/// field projections only (the builder writes `move` for every read of a type that is not `Copy`,
/// see <see cref="Building.MirBuildOptions.Copy"/>). A move through a dereference or an index is
/// an error of its own, E0507 or E0508, reported where it happens; it is not followed further.
///
/// Algorithm. A forward dataflow over the control-flow graph; the state is, per variable, the set
/// of (field path, span of the move) that may have been moved on some path to here. A move adds its
/// path, an assignment of the whole variable (or `StorageLive`) clears it, an assignment of a field
/// clears the moves of that field and below; joins are unions. After the fixed point each block is
/// walked once more: a read, borrow or move of a place that overlaps a moved path (one is a prefix
/// of the other) is E0382, reported once per variable, at its first such use in the source.
///
/// Entry point: <see cref="Check"/>.
/// </summary>
public static class MoveCheck
{
    /// <param name="drops">Which types implement `Drop`, whose fields cannot be moved out of (E0509); null skips that check.</param>
    public static ImmutableArray<Diagnostic> Check(MirBody body, Building.DropTypes? drops = null)
    {
        if (!body.Blocks.SelectMany(b => b.Statements).OfType<AssignStatement>().Any(a => Ir.Reads.OperandsOf(a.Rvalue).Any(IsUserMove(body)))
            && !body.Blocks.Any(b => Ir.Reads.OperandsOf(b.Terminator).Any(IsUserMove(body))))
            return [];
        var entries = ForwardDataflow.FixedPoint(body, new State(), (b, state) => Transfer(body, b, state, findings: null));
        var findings = new Findings(body, drops);
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            if (entries[b] is { } state) Transfer(body, b, state.Clone(), findings);
        }
        return findings.Diagnostics();
    }

    private static Func<Operand, bool> IsUserMove(MirBody body) => o => o is MoveOperand m && body[m.Place.Local].Name is not null;

    /// <summary>A step of a field path that goes into a box (`*b`): the value a box owns moves like a field.</summary>
    internal const int BoxDeref = -1;

    /// <summary>The field path of a place rooted in a user variable through fields (and boxes) only, or null.</summary>
    private static ImmutableArray<int>? Tracked(MirBody body, Place place)
    {
        if (body[place.Local].Name is null) return null;
        var (path, complete) = FieldPath(body, place);
        return complete ? path : null;
    }

    /// <summary>The leading field and box steps of a place, and whether they are all of it.</summary>
    private static (ImmutableArray<int> Path, bool Complete) FieldPath(MirBody body, Place place)
    {
        var path = ImmutableArray.CreateBuilder<int>();
        var type = body[place.Local].Type;
        foreach (var projection in place.Projections)
        {
            switch (projection)
            {
                case FieldProjection field:
                    path.Add(field.Index);
                    type = field.Type;
                    break;
                case DerefProjection when type is AdtType { Adt.IsBox: true } box:
                    path.Add(BoxDeref);
                    type = box.Arguments[0];
                    break;
                default:
                    return (path.ToImmutable(), false);
            }
        }
        return (path.ToImmutable(), true);
    }

    /// <summary>Runs one block over <paramref name="state"/>; with <paramref name="findings"/>, also checks its uses and moves.</summary>
    private static State Transfer(MirBody body, int block, State state, Findings? findings)
    {
        var data = body.Blocks[block];
        var position = 0;
        foreach (var statement in data.Statements)
        {
            switch (statement)
            {
                case StorageLiveStatement live:
                    state.Clear(live.Local.Index, []);
                    break;
                case AssignStatement assign:
                    foreach (var operand in Ir.Reads.OperandsOf(assign.Rvalue)) Use(operand, assign.Span);
                    if (Ir.Reads.AddressedPlaceOf(assign.Rvalue) is { } borrowed) Check(borrowed, assign.Span, borrow: true);
                    Assigned(assign.Place);
                    break;
            }
            position++;
        }
        foreach (var operand in Ir.Reads.OperandsOf(data.Terminator)) Use(operand, data.Terminator.Span);
        if (data.Terminator is CallTerminator { Target: not null } call) Assigned(call.Destination);
        return state;

        void Use(Operand operand, TextSpan fallback)
        {
            if (Ir.Reads.ReadOf(operand) is not { } read) return;
            var (place, span) = (read.Place, read.Span == default ? fallback : read.Span);
            if (operand is MoveOperand) findings?.MoveOutOfPlace(place, span);
            Check(place, span, borrow: false);
            if (operand is MoveOperand && Tracked(body, place) is { } path) state.Move(place.Local.Index, path, span);
        }

        void Check(Place place, TextSpan span, bool borrow)
        {
            if (findings is null || body[place.Local].Name is null) return;
            var used = FieldPath(body, place).Path;
            if (state.MovedOverlapping(place.Local.Index, used) is { } moved) findings.UsedAfterMove(place, used, moved.Path, moved.Span, span, borrow, (block, position));
        }

        void Assigned(Place place)
        {
            if (Tracked(body, place) is { } path) state.Clear(place.Local.Index, path);
        }
    }


    /// <summary>Per variable, the field paths that may have been moved, each with the span of a move.</summary>
    private sealed class State : IDataflowState<State>
    {
        private readonly Dictionary<int, HashSet<(ImmutableArray<int> Path, TextSpan Span)>> _moved = [];

        public State Clone()
        {
            var copy = new State();
            foreach (var (local, moves) in _moved) copy._moved[local] = new(moves, PathComparer.Instance);
            return copy;
        }

        public void Move(int local, ImmutableArray<int> path, TextSpan span)
        {
            if (!_moved.TryGetValue(local, out var moves)) _moved[local] = moves = new(PathComparer.Instance);
            moves.Add((path, span));
        }

        /// <summary>An assignment of <paramref name="path"/> gives back everything under it.</summary>
        public void Clear(int local, ImmutableArray<int> path)
        {
            if (_moved.TryGetValue(local, out var moves)) moves.RemoveWhere(m => IsPrefix(path, m.Path));
        }

        public (ImmutableArray<int> Path, TextSpan Span)? MovedOverlapping(int local, ImmutableArray<int> used)
        {
            if (!_moved.TryGetValue(local, out var moves)) return null;
            var overlapping = moves.Where(m => IsPrefix(m.Path, used) || IsPrefix(used, m.Path)).OrderBy(m => m.Span.Start).ToList();
            return overlapping.Count == 0 ? null : overlapping[0];
        }

        public bool Join(State other)
        {
            var changed = false;
            foreach (var (local, moves) in other._moved)
            {
                if (!_moved.TryGetValue(local, out var mine)) _moved[local] = mine = new(PathComparer.Instance);
                foreach (var m in moves) changed |= mine.Add(m);
            }
            return changed;
        }

        private static bool IsPrefix(ImmutableArray<int> prefix, ImmutableArray<int> path) =>
            prefix.Length <= path.Length && prefix.AsSpan().SequenceEqual(path.AsSpan()[..prefix.Length]);
    }

    private sealed class PathComparer : IEqualityComparer<(ImmutableArray<int> Path, TextSpan Span)>
    {
        public static readonly PathComparer Instance = new();

        public bool Equals((ImmutableArray<int> Path, TextSpan Span) x, (ImmutableArray<int> Path, TextSpan Span) y) =>
            x.Span == y.Span && x.Path.AsSpan().SequenceEqual(y.Path.AsSpan());

        public int GetHashCode((ImmutableArray<int> Path, TextSpan Span) obj) => HashCode.Combine(obj.Span, obj.Path.Length);
    }

    /// <summary>Each variable's first use after a move, in source order, worded as rustc words it.</summary>
    private sealed class Findings(MirBody body, Building.DropTypes? drops)
    {
        private readonly Dictionary<Local, Diagnostic> _first = [];

        /// <summary>Each block's place in reverse postorder, and where each move is: a move at or after its use came round a loop.</summary>
        private readonly int[] _order = ReversePostorder(body);
        private readonly Dictionary<TextSpan, (int Block, int Position)> _moves = MovesOf(body);

        /// <summary>Captures moved into closures: the closure's head, and where its body uses the place.</summary>
        private readonly Dictionary<TextSpan, TextSpan> _closureUses = ClosureUsesOf(body);

        private static Dictionary<TextSpan, TextSpan> ClosureUsesOf(MirBody body)
        {
            var uses = new Dictionary<TextSpan, TextSpan>();
            foreach (var block in body.Blocks)
            {
                foreach (var assign in block.Statements.OfType<AssignStatement>())
                {
                    foreach (var operand in Ir.Reads.OperandsOf(assign.Rvalue).OfType<MoveOperand>())
                    {
                        if (operand.ClosureUse is { } use) uses.TryAdd(operand.Span, use);
                    }
                }
            }
            return uses;
        }

        public void UsedAfterMove(Place place, ImmutableArray<int> used, ImmutableArray<int> moved, TextSpan moveSpan, TextSpan useSpan, bool borrow, (int Block, int Position) at)
        {
            if (_first.TryGetValue(place.Local, out var earlier) && earlier.Span.Start <= useSpan.Start) return;
            var partially = moved.Length > used.Length;
            var name = PathName(place.Local, partially ? used : moved);
            var message = $"{(borrow ? "borrow" : "use")} of {(partially ? "partially moved" : "moved")} value: `{name}`";
            var movedType = TypeAt(body[place.Local].Type, moved);
            // rustc says "in previous iteration of loop" when the move reaches the use through a back
            // edge: here, when the move does not come before the use in the MIR's order (source order
            // is not enough: `v[s.len()] = s` moves `s` first, written last).
            var inLoop = _moves.TryGetValue(moveSpan, out var m)
                ? (_order[m.Block], m.Position).CompareTo((_order[at.Block], at.Position)) >= 0
                : moveSpan.Start >= useSpan.Start;
            var after = partially ? "after partial move" : "after move";
            var how = partially ? "partially moved" : "moved";
            var diagnostic = moveSpan == useSpan
                ? Diagnostic.Error("E0382", message, useSpan, "value moved here, in previous iteration of loop")
                : Diagnostic.Error("E0382", message, useSpan, borrow ? $"value borrowed here {after}" : $"value used here {after}");
            if (moveSpan == useSpan) { }
            else if (!inLoop && _closureUses.TryGetValue(moveSpan, out var inClosure))
                diagnostic = diagnostic.WithSecondary(moveSpan, $"value {how} into closure here").WithSecondary(inClosure, $"variable {how} due to use in closure");
            else diagnostic = diagnostic.WithSecondary(moveSpan, inLoop ? "value moved here, in previous iteration of loop" : $"value {how} here");
            diagnostic = partially || moved.Length > 0
                ? diagnostic.WithNote($"{(partially ? "partial " : "")}move occurs because `{PathName(place.Local, moved)}` has type `{movedType}`, which does not implement the `Copy` trait")
                : diagnostic.WithSecondary(body[place.Local].Span, $"move occurs because `{name}` has type `{movedType}`, which does not implement the `Copy` trait");
            _first[place.Local] = diagnostic;
        }

        private static int[] ReversePostorder(MirBody body)
        {
            var order = new int[body.Blocks.Length];
            var visited = new bool[body.Blocks.Length];
            var postorder = new List<int>();
            var stack = new Stack<(int Block, IEnumerator<BasicBlock> Next)>();
            visited[0] = true;
            stack.Push((0, body.Blocks[0].Terminator.Successors.GetEnumerator()));
            while (stack.Count > 0)
            {
                var (block, next) = stack.Peek();
                if (next.MoveNext())
                {
                    var successor = next.Current.Index;
                    if (visited[successor]) continue;
                    visited[successor] = true;
                    stack.Push((successor, body.Blocks[successor].Terminator.Successors.GetEnumerator()));
                    continue;
                }
                stack.Pop();
                postorder.Add(block);
            }
            for (var i = 0; i < postorder.Count; i++) order[postorder[i]] = postorder.Count - 1 - i;
            return order;
        }

        private static Dictionary<TextSpan, (int Block, int Position)> MovesOf(MirBody body)
        {
            var moves = new Dictionary<TextSpan, (int, int)>();
            for (var b = 0; b < body.Blocks.Length; b++)
            {
                var statements = body.Blocks[b].Statements;
                for (var i = 0; i < statements.Length; i++)
                {
                    if (statements[i] is AssignStatement assign) Record(Ir.Reads.OperandsOf(assign.Rvalue), assign.Span, b, i);
                }
                Record(Ir.Reads.OperandsOf(body.Blocks[b].Terminator), body.Blocks[b].Terminator.Span, b, statements.Length);
            }
            return moves;

            void Record(IEnumerable<Operand> operands, TextSpan fallback, int block, int position)
            {
                foreach (var operand in operands)
                {
                    if (operand is MoveOperand && Ir.Reads.ReadOf(operand) is { } read) moves.TryAdd(read.Span == default ? fallback : read.Span, (block, position));
                }
            }
        }

        private readonly Dictionary<TextSpan, Diagnostic> _outOf = [];

        /// <summary>
        /// A move of a value that is not the mover's to give: through a reference (E0507) or out of
        /// an array element (E0508). Temporaries are the builder's and are never moved out of like this.
        /// </summary>
        public void MoveOutOfPlace(Place place, TextSpan span)
        {
            if (body[place.Local].Name is null || _outOf.ContainsKey(span)) return;
            var k = FirstBorrowedStep(place);
            if (k < 0)
            {
                MoveOutOfDropType(place, span);
                return;
            }
            // `s[i]` through a reference (`(*_1)[_2]`) is rustc's E0508 on the slice or array, not E0507.
            if (place.Projections[k] is DerefProjection && k + 1 < place.Projections.Count && place.Projections[k + 1] is IndexProjection or ConstantIndexProjection) k++;
            var prefix = new Place(place.Local, new ValueArray<Projection>(place.Projections.Take(k)));
            var container = PlaceTypes.Of(body, prefix);
            var type = PlaceTypes.Of(body, place);
            var why = $"move occurs because `{Describe(place)}` has type `{type}`, which does not implement the `Copy` trait";
            var kind = container is SliceType ? "slice" : "array";
            _outOf[span] = place.Projections[k] is DerefProjection
                ? Diagnostic.Error("E0507", $"cannot move out of `{Describe(place)}` which is behind a {Behind(container)}", span, why)
                : Diagnostic.Error("E0508", $"cannot move out of type `{container}`, a non-copy {kind}", span, "cannot move out of here").WithNote(why);
        }

        /// <summary>
        /// E0509: a field moved out of a value whose type implements `Drop` (its `drop` needs the
        /// whole value): `let x = p.a;` where `impl Drop for P`, or a binding in `match e { E::A(d) => … }`.
        /// </summary>
        private void MoveOutOfDropType(Place place, TextSpan span)
        {
            if (drops is null) return;
            for (var i = 0; i < place.Projections.Count; i++)
            {
                if (place.Projections[i] is not FieldProjection) continue;
                var end = i > 0 && place.Projections[i - 1] is DowncastProjection ? i - 1 : i;
                var container = PlaceTypes.Of(body, new Place(place.Local, new ValueArray<Projection>(place.Projections.Take(end))));
                if (!drops.HasDropImpl(container)) continue;
                var why = $"move occurs because `{Describe(place)}` has type `{PlaceTypes.Of(body, place)}`, which does not implement the `Copy` trait";
                _outOf[span] = Diagnostic.Error("E0509", $"cannot move out of type `{container}`, which implements the `Drop` trait", span, "cannot move out of here").WithNote(why);
                return;
            }
        }
        /// <summary>The first projection that leaves what the variable owns: a deref of a reference or raw pointer (not of a box), an index; -1 if none.</summary>
        private int FirstBorrowedStep(Place place)
        {
            var type = body[place.Local].Type;
            for (var i = 0; i < place.Projections.Count; i++)
            {
                var projection = place.Projections[i];
                if (projection is IndexProjection or ConstantIndexProjection) return i;
                if (projection is DerefProjection && type is not AdtType { Adt.IsBox: true }) return i;
                type = projection switch
                {
                    FieldProjection f => f.Type,
                    DerefProjection => type.DerefTarget(),
                    _ => type,
                };
            }
            return -1;
        }

        private static string Behind(TypeSymbol container) => container switch
        {
            RawPointerType => "raw pointer",
            ReferenceType { IsMutable: true } => "mutable reference",
            _ => "shared reference",
        };

        /// <summary>A place as rustc names it: `*r`, `w.inner` (a dereference before a field is implied), `a[_]`.</summary>
        private string Describe(Place place)
        {
            var text = body[place.Local].Name ?? place.Local.ToString();
            var type = body[place.Local].Type;
            var projections = place.Projections.ToList();
            for (var i = 0; i < projections.Count; i++)
            {
                switch (projections[i])
                {
                    case DerefProjection when i + 1 < projections.Count && projections[i + 1] is FieldProjection or IndexProjection or ConstantIndexProjection:
                        type = type.DerefTarget();
                        break;
                    case DerefProjection:
                        text = "*" + text;
                        type = type.Pointee() ?? type;
                        break;
                    case FieldProjection f:
                        text += "." + FieldName(type, f.Index);
                        type = f.Type;
                        break;
                    case IndexProjection or ConstantIndexProjection:
                        text += "[_]";
                        type = type is ArrayType or SliceType ? TypeFacts.ElementOf(type) : type;
                        break;
                }
            }
            return text;
        }

        public ImmutableArray<Diagnostic> Diagnostics() => [.. _first.Values.Concat(_outOf.Values).OrderBy(d => d.Span.Start)];

        private string PathName(Local local, ImmutableArray<int> path)
        {
            var name = body[local].Name ?? local.ToString();
            var type = body[local].Type;
            for (var i = 0; i < path.Length; i++)
            {
                // `*b`, but `b.x` for a field of a boxed struct (the deref is implied, as in `Describe`).
                if (path[i] == BoxDeref && (i + 1 == path.Length || path[i + 1] == BoxDeref)) name = "*" + name;
                else if (path[i] != BoxDeref) name += "." + FieldName(type, path[i]);
                type = FieldType(type, path[i]);
            }
            return name;
        }

        private static TypeSymbol TypeAt(TypeSymbol type, ImmutableArray<int> path)
        {
            foreach (var index in path) type = FieldType(type, index);
            return type;
        }

        private static string FieldName(TypeSymbol type, int index) =>
            StructField(type, index)?.Name ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static TypeSymbol FieldType(TypeSymbol type, int index) => type switch
        {
            AdtType { Adt.IsBox: true } box when index == BoxDeref => box.Arguments[0],
            TupleType t when index < t.Elements.Count => t.Elements[index],
            ClosureType c when index < c.FieldTypes.Length => c.FieldTypes[index],
            AdtType adt when StructField(type, index) is { } field => adt.FieldType(field),
            _ => type,
        };

        private static Semantics.Symbols.FieldSymbol? StructField(TypeSymbol type, int index) =>
            type is AdtType { Adt.Variants: [var only] } && index < only.Fields.Length ? only.Fields[index] : null;
    }
}
