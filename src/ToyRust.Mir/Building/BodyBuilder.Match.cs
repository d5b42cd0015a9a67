using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// `match` (and `if let`, `while let`, `let` and `for` patterns) as a decision tree of
/// `switchInt`s, in the way of rustc's `matches` module.
///
/// Terms
/// - A *match pair* is a pattern still to be tested against a place (`Some(3)` against `_1`).
/// - A *candidate* is one way an arm can match: its match pairs, the bindings collected so far
///   and the arm's guard. An arm is one candidate, or several when it has or-patterns (`A | B`
///   gives one candidate per alternative; they share the arm's body and locals).
/// - *Simplifying* a candidate takes apart every pair that needs no test: `_` vanishes, a binding
///   is recorded (`x @ p` then goes on with p), tuples, structs, arrays and `&amp;p` become pairs on
///   their fields (`(_1.0: i32)`), elements (`_1[0 of 3]`) or referent (`(*_1)`). What is left
///   needs a *test*: an enum variant, a literal, a range.
/// - A *test* looks at one place and sends control to one of several *buckets*: a discriminant
///   `switchInt` (a bucket per variant), a `switchInt` on an integer or `char` (a bucket per
///   value), a `bool` (false, true), a range or an equality (success, failure).
///
/// Algorithm (`MatchCandidates`), over the candidates in arm order:
/// 1. If the first candidate has no pairs left, it has matched: bind its bindings, then jump to
///    its arm's body, or, with a guard, to the body if the guard holds and on to the next
///    candidate if not. Without a guard, the candidates after it cannot be reached from here.
/// 2. Otherwise take the first pair of the first candidate and build its test. Then go down the
///    candidates in order and *sort* each into the bucket its own pair on the same place says
///    (`Some(x)` into Some's bucket, with a pair on `((_1 as Some).0: i32)` in place of the
///    tested one; a literal 3 into bucket 3). Stop at the first candidate the test says nothing
///    about (no pair on that place, or one the test cannot decide), so that candidates are always
///    tried in arm order. Emit the test; lower each bucket's candidates in a block of its own,
///    where failure leads to a *remainder* block; continue from step 1 with the candidates that
///    were not sorted, in the remainder block.
/// 3. When no candidate is left, control goes to `otherwise`: an `unreachable` block, since the
///    checker proved the match exhaustive.
///
/// Merging consecutive arms into one test is what makes this a tree and not a chain of
/// comparisons: arm by arm, the first example below would compare x with 1, then with 2, then
/// evaluate the guard; sorted into buckets, one `switchInt` decides among the first three arms.
/// <code>
/// match x {                      bb0: switchInt(copy _1) -> [1: bb2, 2: bb3, otherwise: bb1];
///     1 => 10,           →       bb1: _2 = copy _1;                    (bind n, then its guard)
///     2 => 20,                        _3 = Gt(copy _2, const 9_i32);
///     n if n &gt; 9 => n,               switchInt(move _3) -> [0: bb5, otherwise: bb4];
///     _ => 0,                    bb2: _0 = const 10_i32;  goto -> bb6;
/// }                              bb3: _0 = const 20_i32;  goto -> bb6;
///                                bb4: _0 = copy _2;  goto -> bb6;
///                                bb5: _0 = const 0_i32;  goto -> bb6;
/// </code>
/// and for enums, where the test of the first arm's field also serves the second arm:
/// <code>
/// match o {                      bb0: _3 = discriminant(_1);
///     Some(0) => 1,      →            switchInt(move _3) -> [0: bb2, 1: bb1, otherwise: bb5];
///     Some(v) => v,              bb1: switchInt(copy ((_1 as Some).0: i32)) -> [0: bb4, otherwise: bb3];
///     None => 2,                 bb2: _0 = const 2_i32;  goto -> bb6;
/// }                              bb3: _2 = copy ((_1 as Some).0: i32);  _0 = copy _2;  goto -> bb6;
///                                bb4: _0 = const 1_i32;  goto -> bb6;
///                                bb5: unreachable;
/// </code>
/// Arm bodies are lowered after the tree, each once, into the match's destination. An arm that no
/// path reaches (the checker warns about it) is not lowered. Or-patterns are expanded into
/// candidates where they occur, so nested alternatives multiply (`(A | B, C | D)` is four).
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>Where the arms' bodies start (made when first reached) and where control goes when nothing matched.</summary>
    private sealed class MatchContext(int arms, BasicBlock otherwise)
    {
        public BasicBlock?[] ArmBlocks { get; } = new BasicBlock?[arms];

        public BasicBlock Otherwise { get; } = otherwise;
    }

    private void LowerMatch(Place? destination, BoundMatch m)
    {
        var place = LowerPlace(m.Scrutinee);
        var type = TypeOf(place);
        var context = new MatchContext(m.Arms.Length, NewForward());
        var candidates = new List<Candidate>();
        for (var i = 0; i < m.Arms.Length; i++)
            candidates.AddRange(Simplify(new Candidate(i, [new MatchPair(place, type, m.Arms[i].Pattern)], [], m.Arms[i].Guard)));
        MatchCandidates(_current, candidates, context.Otherwise, context);
        LandOtherwise(context, m.Span);
        var join = NewForward();
        for (var i = 0; i < m.Arms.Length; i++)
        {
            if (context.ArmBlocks[i] is not { } start) continue;
            MoveTo(start);
            var arm = m.Arms[i];
            PushScope(ScopeKind.Terminating);
            ScheduleBindings(arm.Pattern);
            LowerInto(destination, arm.Body);
            PopScope(arm.Body.Span);
            Goto(join, arm.Span);
        }
        Land(join, m.Span);
    }

    /// <summary>
    /// The pattern of a `let` or `for` against a place: a match with one arm, whose body is the
    /// code after it. It binds without tests unless the pattern is refutable but exhaustive
    /// (`let 0..=255 = byte;`).
    /// </summary>
    private void LowerIrrefutable(BoundPattern pattern, Place place, TextSpan span)
    {
        var context = new MatchContext(1, NewForward());
        var candidates = Simplify(new Candidate(0, [new MatchPair(place, TypeOf(place), pattern)], [], null));
        MatchCandidates(_current, candidates, context.Otherwise, context);
        LandOtherwise(context, span);
        MoveTo(context.ArmBlocks[0] ?? NewBlock());
    }

    /// <summary>The `unreachable` block a match falls into when no arm matches.</summary>
    private void LandOtherwise(MatchContext context, TextSpan span)
    {
        var unreachable = NewBlock();
        SetTerminator(unreachable, new UnreachableTerminator(span));
        SetTerminator(context.Otherwise, new GotoTerminator(span, unreachable));
    }

    private BasicBlock ArmBlock(MatchContext context, int arm) => context.ArmBlocks[arm] ??= NewBlock();

    /// <summary>Steps 1–3 of the algorithm (see the summary), starting in <paramref name="start"/>.</summary>
    private void MatchCandidates(BasicBlock start, IReadOnlyList<Candidate> candidates, BasicBlock otherwise, MatchContext context)
    {
        var block = start;
        var i = 0;
        while (i < candidates.Count)
        {
            var first = candidates[i];
            if (first.Pairs.IsEmpty)
            {
                MoveTo(block);
                if (!MatchLeaf(first, context, out block)) return;
                i++;
                continue;
            }
            var test = TestFor(first.Pairs[0], candidates, i);
            var buckets = Enumerable.Range(0, BucketCount(test)).Select(_ => new List<Candidate>()).ToArray();
            var sorted = i;
            for (; sorted < candidates.Count && Sort(candidates[sorted], test) is { } placed; sorted++)
                buckets[placed.Bucket].AddRange(Simplify(placed.Candidate));
            var remainder = sorted == candidates.Count ? otherwise : NewBlock();
            var targets = buckets.Select(b => b.Count == 0 ? remainder : NewBlock()).ToArray();
            MoveTo(block);
            EmitTest(test, targets, remainder, context, first.Pairs[0].Pattern.Span);
            for (var b = 0; b < buckets.Length; b++)
            {
                if (buckets[b].Count > 0) MatchCandidates(targets[b], buckets[b], remainder, context);
            }
            if (sorted == candidates.Count) return;
            block = remainder;
            i = sorted;
        }
        MoveTo(block);
        Goto(otherwise, default);
    }

    /// <summary>
    /// A candidate that has matched: bindings (copies, or borrows for `ref` and by-reference
    /// bindings), then the guard. Returns false when control cannot come back (no guard), else
    /// true with the block where a failed guard continues.
    /// </summary>
    private bool MatchLeaf(Candidate candidate, MatchContext context, out BasicBlock guardFailed)
    {
        // A guard sees the bindings by reference and may fail: only a candidate without one moves.
        foreach (var binding in candidate.Bindings) Bind(binding, moves: candidate.Guard is null);
        var body = ArmBlock(context, candidate.Arm);
        guardFailed = default;
        if (candidate.Guard is null)
        {
            Goto(body, default);
            return false;
        }
        guardFailed = NewBlock();
        // The guard looked at copies; the arm that runs takes the values that are not `Copy` by move, as rustc binds them after the guard.
        var moving = candidate.Bindings.Where(b => !b.ByReference && Read(b.Place, TypeOf(new Place(b.Local)), b.Span) is MoveOperand).ToList();
        if (moving.Count == 0)
        {
            LowerScopedCondition(candidate.Guard, body, guardFailed);
            return true;
        }
        var passed = NewBlock();
        LowerScopedCondition(candidate.Guard, passed, guardFailed);
        MoveTo(passed);
        foreach (var binding in moving) Bind(binding, moves: true);
        Goto(body, default);
        return true;
    }

    /// <summary>A binding takes its part of the matched value: by reference, or by value, which moves it unless it is `Copy` (or the arm has a guard).</summary>
    private void Bind(Binding binding, bool moves)
    {
        binding = binding with { Place = Materialized(binding.Place) };
        var local = new Place(binding.Local);
        Rvalue value = binding.ByReference
            ? new RefRvalue(((Semantics.Types.ReferenceType)TypeOf(local)).IsMutable, binding.Place)
            : new UseRvalue(moves ? Read(binding.Place, TypeOf(local), binding.Span) : new CopyOperand(binding.Place));
        Push(local, value, binding.Span);
    }
}
