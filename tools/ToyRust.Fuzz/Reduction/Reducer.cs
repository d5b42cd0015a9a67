using System.Diagnostics;

namespace ToyRust.Fuzz.Reduction;

// The test-case reducer: shrinks a program that shows a bug (a crash, a difference from rustc) to a small
// program that still shows it, in the manner of C-Reduce.
//
// Terms. The *predicate* says whether a candidate is still interesting; it compiles with rustc and ToyRust,
// so a call costs about 0.3 s and is the only cost that matters. A *pass* turns the current source into a
// lazy list of candidates, each one edit smaller (ReductionPasses). An *attempt* is one predicate call.
//
// The loop. Passes run in order, biggest cuts first: blank lines, top-level items, blocks (ddmin over
// sibling statements: the whole block, then halves, quarters ... single statements), match arms, unwrapping
// `if c { body }` into `body`, ddmin over raw line ranges, then edits inside a line (an operand for
// `(a + b)`, a `println!` argument, an integer literal to 0 or 1). The first interesting candidate becomes
// the current source and the pass resumes at the same index of the new source's candidates: what was
// before that index was tried already, and after a deletion the next unit has moved into the slot. Rounds
// of all passes repeat until one accepts nothing (the fixed point), or the budget is spent.
//
// Economy. Every tested candidate is remembered, so no string reaches the predicate twice, and a candidate
// that is not smaller than the current source is never tried. "Smaller" is: shorter, or as long and
// ordinally less (`7` -> `1` -> `0`). That order has no infinite descending chains, so the loop ends
// even without a budget.
//
// Determinism. Passes enumerate in source order and nothing iterates a hash set, so the same source and the
// same predicate answers give the same result. Only the time limit can cut a run short at a different
// point; MaxAttempts cannot.
//
// Entry point: Reducer.Reduce. Candidates need not be valid Rust; the predicate rejects those.

/// <summary>The reducer's budget.</summary>
public sealed record ReducerOptions
{
    /// <summary>The most predicate calls a reduction may make.</summary>
    public int MaxAttempts { get; init; } = 2000;

    /// <summary>Wall-clock time after which the reducer returns the best source so far.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>The smallest interesting source found, the predicate calls made and how many were accepted.</summary>
public sealed record ReductionResult(string Source, int Attempts, int Accepted);

public static class Reducer
{
    /// <summary>Shrinks <paramref name="source"/> while <paramref name="isInteresting"/> stays true.</summary>
    /// <remarks><c>isInteresting(source)</c> is assumed true and is not called.</remarks>
    public static ReductionResult Reduce(string source, Func<string, bool> isInteresting,
                                         ReducerOptions? options = null)
    {
        var run = new ReductionRun(source, isInteresting, options ?? new ReducerOptions());
        return run.Reduce();
    }
}

/// <summary>One reduction: the current source, the memo of tested candidates and the budget.</summary>
internal sealed class ReductionRun(string source, Func<string, bool> isInteresting, ReducerOptions options)
{
    private readonly HashSet<string> _tested = new(StringComparer.Ordinal) { source };
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _current = source;
    private int _attempts;
    private int _accepted;

    public ReductionResult Reduce()
    {
        bool progress = true;
        while (progress && !OutOfBudget())
        {
            progress = false;
            foreach (var pass in ReductionPasses.All)
                progress |= RunPass(pass);
        }
        return new ReductionResult(_current, _attempts, _accepted);
    }

    // Returns whether the pass accepted any candidate.
    private bool RunPass(Func<string, IEnumerable<string>> pass)
    {
        bool any = false;
        int start = 0;
        while (TryFrom(pass, start) is { } accepted)
        {
            any = true;
            start = accepted;
        }
        return any;
    }

    // Tests the pass's candidates from `start` on; returns the index of the first interesting one (now the
    // current source), or null when the candidates or the budget run out.
    private int? TryFrom(Func<string, IEnumerable<string>> pass, int start)
    {
        int index = start;
        foreach (var candidate in pass(_current).Skip(start))
        {
            if (OutOfBudget())
                return null;
            if (IsSmaller(candidate, _current) && _tested.Add(candidate) && Test(candidate))
                return index;
            index++;
        }
        return null;
    }

    private bool Test(string candidate)
    {
        _attempts++;
        if (!isInteresting(candidate))
            return false;
        _current = candidate;
        _accepted++;
        return true;
    }

    private bool OutOfBudget() => _attempts >= options.MaxAttempts || _clock.Elapsed >= options.TimeLimit;

    private static bool IsSmaller(string candidate, string current) =>
        candidate.Length < current.Length ||
        (candidate.Length == current.Length && string.CompareOrdinal(candidate, current) < 0);
}
