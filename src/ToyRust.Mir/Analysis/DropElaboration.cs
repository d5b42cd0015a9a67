using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Mir.Building;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Analysis;

/// <summary>
/// Drop elaboration (rustc's `ElaborateDrops`): turns the builder's drops, scheduled for every
/// value that may need one, into the drops that really run. It runs after move checking, on each
/// body, and the collector and the code generator read its output.
///
/// Terms. A *move path* is a place the body moves out of or drops: a local, or a field of one
/// (through variants too, `(x as Some).0`). Paths form a tree per local. At each point a path is
/// *maybe initialized* when some way to here initializes it and does not move it, and *maybe
/// uninitialized* when some way to here leaves it moved or never assigned (two forward dataflow
/// bits, rustc's `MaybeInitializedPlaces` and `MaybeUninitializedPlaces`). A *drop flag* is a
/// `bool` local that says at run time whether a path holds a value.
///
/// Each `drop(P)` becomes, by the state of P and its children where it stands:
/// <code>
/// dead          nothing holds a value on any way here       goto -> target
/// static        P holds all of its value on every way       drop(P) -> target
/// conditional   P (no moved children) holds on some ways    switchInt(flag P) -> [0: target, otherwise: drop(P)]
/// open          parts of P were moved                        the fields of P, each elaborated alone, in
///                                                           declaration order (an enum switches on its variant)
/// </code>
/// Flags exist only for the paths some conditional drop reads. Each is cleared at the start of
/// the body (set for arguments), set after every assignment of its path or of a place above it,
/// cleared after every move of it or of a place above it, and cleared after its drop.
///
/// A type with a `Drop` impl is never opened: moving out of its fields is E0509. A box is the
/// exception, as in rustc: its value (`*b`) is a move path, and an open box drops what is left of
/// its value and then calls `&lt;Box&lt;T&gt; as Drop&gt;::drop`, which frees the memory.
///
/// Cleanup paths (a panic's, see BodyBuilder.Drops.cs) are elaborated the same way, with the state
/// the unwind edge carries: a call that panicked assigned nothing. Last, the control flow is
/// simplified again, and an unwind edge whose cleanup only resumes is dropped.
///
/// Entry point: <see cref="Run"/>.
/// </summary>
public static class DropElaboration
{
    public static MirProgram Run(MirProgram program)
    {
        if (program.Options.Drops is not { } drops) return program;
        return new MirProgram([.. program.Bodies.Select(b => Run(b, drops))])
        {
            Options = program.Options,
            BodySource = function => program.TryGetBody(function, out var body) ? Run(body, drops) : null,
        };
    }

    public static MirBody Run(MirBody body, DropTypes drops)
    {
        if (!body.Blocks.Any(b => b.Terminator is DropTerminator)) return body;
        var paths = MovePaths.Of(body);
        var entries = ForwardDataflow.FixedPoint(
            body, InitState.Entry(body, paths),
            (b, state) => InitState.Transfer(body, paths, b, state),
            (b, state) => InitState.UnwindTransfer(body, paths, b, state));
        return SimplifyCfg.Run(new Elaborator(body, paths, entries, drops).Run());
    }
}

/// <summary>The move paths of one body: every dropped place, every moved place under a dropped local, and their prefixes.</summary>
internal sealed class MovePaths
{
    private readonly Dictionary<Place, int> _index = [];
    private readonly List<Place> _places = [];
    private readonly List<int> _parent = [];
    private readonly List<List<int>> _children = [];

    public int Count => _places.Count;

    public Place this[int path] => _places[path];

    public IReadOnlyList<int> Children(int path) => _children[path];

    public static MovePaths Of(MirBody body)
    {
        var paths = new MovePaths();
        var dropped = new HashSet<Local>();
        foreach (var block in body.Blocks)
        {
            if (block.Terminator is DropTerminator d && IsPath(body, d.Place)) { paths.Add(d.Place); dropped.Add(d.Place.Local); }
        }
        foreach (var operand in body.Blocks.SelectMany(Operands))
        {
            if (operand is MoveOperand m && dropped.Contains(m.Place.Local) && IsPath(body, m.Place)) paths.Add(m.Place);
        }
        return paths;
    }

    private static IEnumerable<Operand> Operands(BasicBlockData block) =>
        block.Statements.OfType<AssignStatement>().SelectMany(a => Reads.OperandsOf(a.Rvalue)).Concat(Reads.OperandsOf(block.Terminator));

    /// <summary>A place made of fields (and the variants they are in) and boxes' values only: what can be moved out of and tracked.</summary>
    public static bool IsPath(MirBody body, Place place)
    {
        if (place.Projections.Count > 0 && place.Projections[^1] is DowncastProjection) return false;
        var type = body[place.Local].Type;
        foreach (var projection in place.Projections)
        {
            switch (projection)
            {
                case FieldProjection f: type = f.Type; break;
                case DowncastProjection: break;
                case DerefProjection when type is AdtType { Adt.IsBox: true } box: type = box.Arguments[0]; break;
                default: return false;
            }
        }
        return true;
    }

    /// <summary>The path of a place, or null when the place is not tracked.</summary>
    public int? Find(Place place) => _index.TryGetValue(place, out var path) ? path : null;

    /// <summary>The path and every path below it.</summary>
    public IEnumerable<int> Subtree(int path)
    {
        yield return path;
        foreach (var child in _children[path])
        {
            foreach (var below in Subtree(child)) yield return below;
        }
    }

    /// <summary>Whether the path of a local is one of the function's arguments (initialized at the start).</summary>
    public bool IsRoot(int path) => _parent[path] < 0;

    private int Add(Place place)
    {
        if (_index.TryGetValue(place, out var existing)) return existing;
        var parent = place.Projections.Count == 0 ? -1 : Add(Parent(place));
        var path = _places.Count;
        _places.Add(place);
        _parent.Add(parent);
        _children.Add([]);
        if (parent >= 0) _children[parent].Add(path);
        _index[place] = path;
        return path;
    }

    /// <summary>The place one field up: `(x as Some).0` → `x`, `x.a.b` → `x.a`.</summary>
    private static Place Parent(Place place)
    {
        var count = place.Projections.Count - 1;
        if (count > 0 && place.Projections[count - 1] is DowncastProjection) count--;
        return place with { Projections = new ValueArray<Projection>(place.Projections.Take(count)) };
    }
}

/// <summary>Per move path, whether it may be initialized and whether it may be uninitialized.</summary>
internal sealed class InitState : IDataflowState<InitState>
{
    private readonly bool[] _maybeInit;
    private readonly bool[] _maybeUninit;

    private InitState(int count)
    {
        _maybeInit = new bool[count];
        _maybeUninit = new bool[count];
    }

    public bool MaybeInit(int path) => _maybeInit[path];

    public bool MaybeUninit(int path) => _maybeUninit[path];

    /// <summary>At the start of the body: the arguments hold their values, nothing else does.</summary>
    public static InitState Entry(MirBody body, MovePaths paths)
    {
        var state = new InitState(paths.Count);
        for (var p = 0; p < paths.Count; p++)
        {
            var isArgument = paths[p].Local.Index >= 1 && paths[p].Local.Index <= body.ArgumentCount;
            state._maybeInit[p] = isArgument;
            state._maybeUninit[p] = !isArgument;
        }
        return state;
    }

    public InitState Clone()
    {
        var copy = new InitState(_maybeInit.Length);
        _maybeInit.CopyTo(copy._maybeInit, 0);
        _maybeUninit.CopyTo(copy._maybeUninit, 0);
        return copy;
    }

    public bool Join(InitState other)
    {
        var changed = false;
        for (var p = 0; p < _maybeInit.Length; p++)
        {
            changed |= !_maybeInit[p] && other._maybeInit[p];
            changed |= !_maybeUninit[p] && other._maybeUninit[p];
            _maybeInit[p] |= other._maybeInit[p];
            _maybeUninit[p] |= other._maybeUninit[p];
        }
        return changed;
    }

    public void Set(MovePaths paths, Place place, bool initialized)
    {
        if (paths.Find(place) is not { } path) return;
        foreach (var p in paths.Subtree(path))
        {
            _maybeInit[p] = initialized;
            _maybeUninit[p] = !initialized;
        }
    }

    /// <param name="unwinding">The state along the unwind edge: a call that panicked assigned nothing.</param>
    public static InitState Transfer(MirBody body, MovePaths paths, int block, InitState state, bool unwinding = false)
    {
        foreach (var statement in body.Blocks[block].Statements) Apply(paths, statement, state);
        Apply(paths, body.Blocks[block].Terminator, state, unwinding);
        return state;
    }

    /// <summary>
    /// The state along a block's unwind edge, or null when the edge is never taken: a drop of a
    /// place that holds nothing on any way here is elaborated away, so it cannot unwind (rustc's
    /// builder does not even emit drops of operands it moved, `record_operands_moved`). Without
    /// this, the dead drop of a temporary moved into `[a, b]` would carry the array as
    /// initialized into the cleanup path, where its drop would need a flag and drop glue.
    /// </summary>
    public static InitState? UnwindTransfer(MirBody body, MovePaths paths, int block, InitState state)
    {
        foreach (var statement in body.Blocks[block].Statements) Apply(paths, statement, state);
        var terminator = body.Blocks[block].Terminator;
        if (terminator is DropTerminator drop && paths.Find(drop.Place) is { } path && !paths.Subtree(path).Any(state.MaybeInit)) return null;
        Apply(paths, terminator, state, unwinding: true);
        return state;
    }

    public static void Apply(MovePaths paths, Statement statement, InitState state)
    {
        switch (statement)
        {
            case AssignStatement assign:
                foreach (var operand in Reads.OperandsOf(assign.Rvalue)) Moved(paths, operand, state);
                state.Set(paths, assign.Place, initialized: true);
                break;
            case StorageLiveStatement live:
                state.Set(paths, new Place(live.Local), initialized: false);
                break;
        }
    }

    public static void Apply(MovePaths paths, Terminator terminator, InitState state, bool unwinding = false)
    {
        foreach (var operand in Reads.OperandsOf(terminator)) Moved(paths, operand, state);
        switch (terminator)
        {
            case CallTerminator { Target: not null } call when !unwinding:
                state.Set(paths, call.Destination, initialized: true);
                break;
            case DropTerminator drop:
                state.Set(paths, drop.Place, initialized: false);
                break;
        }
    }

    private static void Moved(MovePaths paths, Operand operand, InitState state)
    {
        if (operand is MoveOperand m) state.Set(paths, m.Place, initialized: false);
    }
}

/// <summary>The rewriting of one body (see <see cref="DropElaboration"/>): new blocks and flag locals are appended.</summary>
internal sealed class Elaborator(MirBody body, MovePaths paths, InitState?[] entries, DropTypes drops)
{
    private enum Style
    {
        Dead,
        Static,
        Conditional,
        Open,
    }

    private readonly List<LocalDecl> _locals = [.. body.Locals];
    private readonly List<BasicBlockData> _blocks = [.. body.Blocks];
    private readonly SortedDictionary<int, Local> _flags = [];

    public MirBody Run()
    {
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            if (body.Blocks[b].Terminator is not DropTerminator drop) continue;
            _inCleanup = body.Blocks[b].IsCleanup;
            var replacement = entries[b] is { } entry ? Elaborate(drop, StateBefore(b, entry)) : new GotoTerminator(drop.Span, drop.Target);
            _blocks[b] = _blocks[b] with { Terminator = replacement };
        }
        if (_flags.Count > 0) new FlagUpdates(body, paths, _flags, _blocks).Insert();
        return body with { Locals = [.. _locals], Blocks = [.. _blocks] };
    }

    private InitState StateBefore(int block, InitState entry)
    {
        var state = entry.Clone();
        foreach (var statement in body.Blocks[block].Statements) InitState.Apply(paths, statement, state);
        return state;
    }

    /// <summary>Whether the drop being elaborated is on a cleanup path: the blocks it adds are cleanup blocks too.</summary>
    private bool _inCleanup;

    /// <summary>The cleanup of the drop being elaborated: a static or conditional drop of the whole place keeps it.</summary>
    private BasicBlock? _unwind;

    private Terminator Elaborate(DropTerminator drop, InitState state)
    {
        if (paths.Find(drop.Place) is not { } path) return drop;
        _unwind = drop.Cleanup;
        return ElaboratePath(drop.Place, path, state, drop.Target, drop.Span);
    }

    private Terminator ElaboratePath(Place place, int path, InitState state, BasicBlock target, TextSpan span) => StyleOf(path, state) switch
    {
        Style.Dead => new GotoTerminator(span, target),
        Style.Static => new DropTerminator(span, place, target, _unwind),
        Style.Conditional => ConditionalDrop(place, path, target, span),
        _ => OpenDrop(place, path, state, target, span),
    };

    private Style StyleOf(int path, InitState state)
    {
        var subtree = paths.Subtree(path).ToList();
        var someLive = subtree.Any(state.MaybeInit);
        var someDead = subtree.Any(state.MaybeUninit);
        if (!someLive) return Style.Dead;
        if (!someDead) return Style.Static;
        return paths.Children(path).Count == 0 ? Style.Conditional : Style.Open;
    }

    /// <summary>`switchInt(copy flag) -> [0: target, otherwise: bbN]; bbN: flag = false; drop(place) -> target`.</summary>
    private Terminator ConditionalDrop(Place place, int path, BasicBlock target, TextSpan span)
    {
        var flag = FlagOf(path);
        var clear = new AssignStatement(span, new Place(flag), new UseRvalue(new ConstantOperand(Constant.Bool(false))));
        var dropBlock = Add([clear], new DropTerminator(span, place, target, _unwind));
        return new SwitchIntTerminator(span, new CopyOperand(new Place(flag)), [new SwitchTarget(0, target)], dropBlock);
    }

    /// <summary>A part of <paramref name="parent"/> that is no move path itself: it holds a value exactly when its parent's own value is there.</summary>
    private Terminator ElaboratePart(Place place, int parent, InitState state, BasicBlock target, TextSpan span)
    {
        if (paths.Find(place) is { } own) return ElaboratePath(place, own, state, target, span);
        if (!state.MaybeInit(parent)) return new GotoTerminator(span, target);
        if (!state.MaybeUninit(parent)) return new DropTerminator(span, place, target);
        return ConditionalDrop(place, parent, target, span);
    }

    /// <summary>The fields one by one, in declaration order; an enum's after a switch on its variant.</summary>
    private Terminator OpenDrop(Place place, int path, InitState state, BasicBlock target, TextSpan span)
    {
        var type = PlaceTypes.Of(body[place.Local].Type, place);
        if (type is AdtType { Adt.IsBox: true } box) return OpenBox(place, box, path, state, target, span);
        if (drops.HasDropImpl(type)) throw new InvalidOperationException($"drop elaboration cannot open `{type}`, which implements Drop (E0509 was missed)");
        return type switch
        {
            TupleType t => Ladder([.. t.Elements.Select((e, i) => (place.Field(i, e), e))], path, state, target, span),
            ClosureType c => Ladder([.. c.FieldTypes.Select((e, i) => (place.Field(i, e), e))], path, state, target, span),
            AdtType { Adt.IsEnum: false } s => Ladder(Fields(place, s, s.Adt.Variants[0]), path, state, target, span),
            AdtType e => VariantSwitch(place, e, path, state, target, span),
            _ => throw new InvalidOperationException($"drop elaboration cannot open `{type}`"),
        };
    }

    /// <summary>What is left of the box's value (a part), then the memory: `&lt;Box&lt;T&gt; as Drop&gt;::drop(&amp;mut b)` while the box itself is there.</summary>
    private Terminator OpenBox(Place place, AdtType box, int path, InitState state, BasicBlock target, TextSpan span)
    {
        var free = FreeBox(place, box, path, state, target, span);
        var afterValue = free is GotoTerminator g ? g.Target : Add([], free);
        return ElaboratePart(place.Deref(), path, state, afterValue, span);
    }

    private Terminator FreeBox(Place place, AdtType box, int path, InitState state, BasicBlock target, TextSpan span)
    {
        if (!state.MaybeInit(path)) return new GotoTerminator(span, target);
        var self = NewLocal(new ReferenceType(box, true));
        var borrow = new AssignStatement(span, new Place(self), new RefRvalue(true, place));
        var callee = new FnCallee(drops.DropMethod, new ValueArray<TypeSymbol>([box]));
        var call = Add([borrow], new CallTerminator(span, callee, [new MoveOperand(new Place(self))], new Place(NewLocal(TypeSymbol.Unit)), target));
        if (!state.MaybeUninit(path)) return new GotoTerminator(span, call);
        return new SwitchIntTerminator(span, new CopyOperand(new Place(FlagOf(path))), [new SwitchTarget(0, target)], call);
    }

    private static List<(Place, TypeSymbol)> Fields(Place place, AdtType type, Semantics.Symbols.VariantSymbol variant) =>
        [.. variant.Fields.Select(f => (place.Field(f.Index, type.FieldType(f)), type.FieldType(f)))];

    /// <summary>The drops of parts in order: the last goes to <paramref name="target"/>, each earlier one to the next.</summary>
    private Terminator Ladder(List<(Place Place, TypeSymbol Type)> parts, int parent, InitState state, BasicBlock target, TextSpan span)
    {
        var needing = parts.Where(p => drops.NeedsDrop(p.Type)).ToList();
        if (needing.Count == 0) return new GotoTerminator(span, target);
        var next = target;
        for (var i = needing.Count - 1; i > 0; i--) next = Add([], ElaboratePart(needing[i].Place, parent, state, next, span));
        return ElaboratePart(needing[0].Place, parent, state, next, span);
    }

    /// <summary>`_d = discriminant(place); switchInt(_d) -> [each variant: its ladder]`, behind the enum's own flag when it may hold nothing.</summary>
    private Terminator VariantSwitch(Place place, AdtType type, int path, InitState state, BasicBlock target, TextSpan span)
    {
        var discriminant = NewLocal(TypeSymbol.Isize);
        var unreachable = Add([], new UnreachableTerminator(span));
        var arms = type.Adt.Variants.Select(v =>
        {
            var ladder = Ladder(Fields(place.Downcast(v), type, v), path, state, target, span);
            return new SwitchTarget(new BigInteger(v.Discriminant), ladder is GotoTerminator g ? g.Target : Add([], ladder));
        });
        var read = new AssignStatement(span, new Place(discriminant), new DiscriminantRvalue(place));
        var switchBlock = Add([read], new SwitchIntTerminator(span, new CopyOperand(new Place(discriminant)), [.. arms], unreachable));
        if (!state.MaybeUninit(path)) return new GotoTerminator(span, switchBlock);
        return new SwitchIntTerminator(span, new CopyOperand(new Place(FlagOf(path))), [new SwitchTarget(0, target)], switchBlock);
    }

    private Local FlagOf(int path)
    {
        if (!_flags.TryGetValue(path, out var flag)) _flags[path] = flag = NewLocal(TypeSymbol.Bool);
        return flag;
    }

    private Local NewLocal(TypeSymbol type)
    {
        _locals.Add(new LocalDecl(type, IsMutable: true, null, default));
        return new Local(_locals.Count - 1);
    }

    private BasicBlock Add(ImmutableArray<Statement> statements, Terminator terminator)
    {
        _blocks.Add(new BasicBlockData(statements, terminator) { IsCleanup = _inCleanup });
        return new BasicBlock(_blocks.Count - 1);
    }
}

/// <summary>
/// Keeps the drop flags true exactly while their paths hold values: cleared at the start (set for
/// arguments), set after assignments, cleared before moves, as <see cref="InitState"/> tracks them.
/// </summary>
internal sealed class FlagUpdates(MirBody body, MovePaths paths, SortedDictionary<int, Local> flags, List<BasicBlockData> blocks)
{
    public void Insert()
    {
        for (var b = 0; b < body.Blocks.Length; b++) blocks[b] = WithUpdates(b, blocks[b]);
        var start = flags.Select(f => Write(f.Value, paths[f.Key].Local.Index >= 1 && paths[f.Key].Local.Index <= body.ArgumentCount, default));
        blocks[0] = blocks[0] with { Statements = [.. start, .. blocks[0].Statements] };
    }

    private BasicBlockData WithUpdates(int b, BasicBlockData data)
    {
        var statements = new List<Statement>();
        foreach (var statement in data.Statements)
        {
            switch (statement)
            {
                case AssignStatement assign:
                    statements.AddRange(Reads.OperandsOf(assign.Rvalue).SelectMany(o => Moves(o, assign.Span)));
                    statements.Add(statement);
                    statements.AddRange(Updates(assign.Place, true, assign.Span));
                    break;
                case StorageLiveStatement live:
                    statements.Add(statement);
                    statements.AddRange(Updates(new Place(live.Local), false, live.Span));
                    break;
                default:
                    statements.Add(statement);
                    break;
            }
        }
        // The original terminator: a drop has been elaborated already, and reads no operand.
        var terminator = data.Terminator;
        statements.AddRange(Reads.OperandsOf(terminator).SelectMany(o => Moves(o, terminator.Span)));
        if (terminator is CallTerminator { Target: { } target } call && Updates(call.Destination, true, call.Span).ToList() is { Count: > 0 } sets)
        {
            blocks.Add(new BasicBlockData([.. sets], new GotoTerminator(call.Span, target)));
            terminator = call with { Target = new BasicBlock(blocks.Count - 1) };
        }
        return data with { Statements = [.. statements], Terminator = terminator };
    }

    private IEnumerable<Statement> Moves(Operand operand, TextSpan span) =>
        operand is MoveOperand m ? Updates(m.Place, false, span) : [];

    private IEnumerable<Statement> Updates(Place place, bool value, TextSpan span)
    {
        if (paths.Find(place) is not { } path) yield break;
        foreach (var p in paths.Subtree(path))
        {
            if (flags.TryGetValue(p, out var flag)) yield return Write(flag, value, span);
        }
    }

    private static AssignStatement Write(Local flag, bool value, TextSpan span) =>
        new(span, new Place(flag), new UseRvalue(new ConstantOperand(Constant.Bool(value))));
}
