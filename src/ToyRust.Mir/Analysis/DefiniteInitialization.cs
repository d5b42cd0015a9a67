using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Analysis;

/// <summary>
/// Definite initialization of the locals a `let x;` declares without a value: the first dataflow
/// pass on the MIR, as rustc's borrow checker does it (`MaybeInitializedPlaces` and
/// `EverInitializedPlaces`, in small).
/// <code>
/// let x: i32; if c { x = 1; } use(x)    E0381: used binding `x` is possibly-uninitialized
/// let x: i32; x = 1; x = 2;             E0384: cannot assign twice to immutable variable `x`
/// let x: i32; loop { x = 1; }           E0384: the loop comes back to the assignment
/// </code>
///
/// Terms. A local is *tracked* when the body has a `StorageLive` for it (the builder writes one
/// where a `let x;` starts). At each point of the body the pass knows, per tracked local, whether
/// it is assigned on *every* path from its `StorageLive` to here (`must`) and on *some* path
/// (`maybe`).
///
/// Algorithm. A forward dataflow over the control-flow graph: `StorageLive` clears both bits, an
/// assignment of the whole local sets both; where paths join, `must` is the intersection and
/// `maybe` the union of the predecessors' states (blocks nobody reaches, such as the code after a
/// `return` or a `panic!`, do not count). The states are iterated to a fixed point, then each block
/// is walked once more from its entry state to check every read and assignment:
/// - a read (an operand, a borrow, `Len`, `discriminant`, a write into part of it) of a local that
///   is not `must`-assigned is E0381, "possibly-uninitialized" when it is `maybe`-assigned; each
///   local is reported once, at its first read in the source;
/// - an assignment of an immutable local that is `maybe`-assigned already is E0384, whether the
///   earlier assignment is on a path before it or the same assignment on the way round a loop.
/// The span of a read is the expression that reads it (operands carry one), else the statement's.
///
/// Other locals (arguments, `let x = e`, temporaries) are assigned where they are declared, and
/// their reassignment when immutable is the checker's error; the pass does not look at them.
///
/// Entry point: <see cref="Check"/>.
/// </summary>
public static class DefiniteInitialization
{
    public static ImmutableArray<Diagnostic> Check(MirBody body)
    {
        var tracked = new Dictionary<int, int>();
        foreach (var statement in body.Blocks.SelectMany(b => b.Statements).OfType<StorageLiveStatement>())
            tracked.TryAdd(statement.Local.Index, tracked.Count);
        if (tracked.Count == 0) return [];
        var entries = ForwardDataflow.FixedPoint(body, new State(tracked.Count), (b, state) => Transfer(body, b, state, tracked, findings: null));
        var findings = new Findings(body);
        for (var b = 0; b < body.Blocks.Length; b++)
        {
            if (entries[b] is { } state) Transfer(body, b, state.Clone(), tracked, findings);
        }
        return findings.Diagnostics();
    }

    /// <summary>Runs one block over <paramref name="state"/>; with <paramref name="findings"/>, also checks its reads and assignments.</summary>
    private static State Transfer(MirBody body, int block, State state, Dictionary<int, int> tracked, Findings? findings)
    {
        var data = body.Blocks[block];
        foreach (var statement in data.Statements)
        {
            switch (statement)
            {
                case StorageLiveStatement live when tracked.TryGetValue(live.Local.Index, out var bit):
                    state.Clear(bit);
                    break;
                case AssignStatement assign:
                    foreach (var (place, span) in Reads(assign.Rvalue)) Read(place, span == default ? assign.Span : span);
                    Write(assign.Place, assign.Span);
                    break;
            }
        }
        foreach (var operand in Ir.Reads.OperandsOf(data.Terminator)) ReadOperand(operand, data.Terminator.Span);
        if (data.Terminator is CallTerminator { Target: not null } call) Write(call.Destination, call.Span);
        return state;

        void ReadOperand(Operand operand, TextSpan fallback)
        {
            if (Ir.Reads.ReadOf(operand) is { } read) Read(read.Place, read.Span == default ? fallback : read.Span);
        }

        void Read(Place place, TextSpan span)
        {
            if (!tracked.TryGetValue(place.Local.Index, out var bit) || state.Must[bit]) return;
            findings?.Uninitialized(place.Local, span, state.Maybe[bit]);
        }

        void Write(Place place, TextSpan span)
        {
            if (!tracked.TryGetValue(place.Local.Index, out var bit)) return;
            if (!place.IsLocal)
            {
                Read(place, span);
                return;
            }
            if (state.Maybe[bit] && !body[place.Local].IsMutable) findings?.AssignedTwice(place.Local, span);
            state.Set(bit);
        }
    }

    /// <summary>The places an rvalue reads, with the span of the expression that reads each where the operand has one.</summary>
    private static IEnumerable<(Place Place, TextSpan Span)> Reads(Rvalue rvalue)
    {
        foreach (var operand in Ir.Reads.OperandsOf(rvalue))
        {
            if (Ir.Reads.ReadOf(operand) is { } read) yield return read;
        }
        if (Ir.Reads.AddressedPlaceOf(rvalue) is { } addressed) yield return (addressed, default);
    }

    /// <summary>Per tracked local: assigned on every path (`Must`), on some path (`Maybe`).</summary>
    private sealed class State(int count) : IDataflowState<State>
    {
        public bool[] Must { get; private init; } = new bool[count];

        public bool[] Maybe { get; private init; } = new bool[count];

        public State Clone() => new(Must.Length) { Must = [.. Must], Maybe = [.. Maybe] };

        public void Clear(int bit) => (Must[bit], Maybe[bit]) = (false, false);

        public void Set(int bit) => (Must[bit], Maybe[bit]) = (true, true);

        /// <summary>Merges a predecessor's exit into this entry; true when the entry changed.</summary>
        public bool Join(State other)
        {
            var changed = false;
            for (var i = 0; i < Must.Length; i++)
            {
                if (Must[i] && !other.Must[i]) (Must[i], changed) = (false, true);
                if (!Maybe[i] && other.Maybe[i]) (Maybe[i], changed) = (true, true);
            }
            return changed;
        }
    }

    /// <summary>What the checking walk found, reported in source order: each local's first bad read, every second assignment.</summary>
    private sealed class Findings(MirBody body)
    {
        private readonly Dictionary<Local, (TextSpan Span, bool Maybe)> _reads = [];
        private readonly HashSet<(Local, TextSpan)> _assignments = [];

        public void Uninitialized(Local local, TextSpan span, bool maybe)
        {
            if (!_reads.TryGetValue(local, out var first) || span.Start < first.Span.Start) _reads[local] = (span, maybe);
        }

        public void AssignedTwice(Local local, TextSpan span) => _assignments.Add((local, span));

        public ImmutableArray<Diagnostic> Diagnostics()
        {
            var reads = _reads.Select(r => MirDiagnostics.UsedUninitialized(r.Value.Span, Name(r.Key), r.Value.Maybe));
            var assignments = _assignments.Select(a => MirDiagnostics.AssignTwiceToImmutable(a.Item2, Name(a.Item1)).WithSecondary(body[a.Item1].Span, "first assignment"));
            return [.. reads.Concat(assignments).OrderBy(d => d.Span.Start)];
        }

        private string Name(Local local) => body[local].Name ?? local.ToString();
    }
}
