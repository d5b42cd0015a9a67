using System.Collections.Immutable;
using ToyRust.Mir.Ir;

namespace ToyRust.Mir.Building;

/// <summary>
/// Control-flow clean-up (rustc's SimplifyCfg): jumps to empty `goto` blocks go straight to their
/// target; a block reached only by a `goto` is appended to the block that jumps; the blocks nobody
/// reaches are removed (bb0 stays); the rest are renumbered in their order. The builder finishes
/// every body with it, and drop elaboration runs it again on what it changed.
/// </summary>
public static class SimplifyCfg
{
    /// <summary>Simplifies blocks under construction: a null terminator is a block nothing reaches.</summary>
    public static ImmutableArray<BasicBlockData> Run(List<Statement>[] statements, Terminator?[] terminators, bool[] isCleanup)
    {
        var count = terminators.Length;
        var forwarded = ForwardAll(statements, terminators);
        var retargeted = terminators.Select(t => t is null ? null : Retarget(t, x => forwarded[x.Index])).ToArray();
        var reachable = Reachable(retargeted);
        var merged = MergeGotoChains(reachable, statements, retargeted);
        var kept = reachable.Where(b => !merged[b.Index]).ToList();
        var renumbered = new int[count];
        for (var i = 0; i < kept.Count; i++) renumbered[kept[i].Index] = i;
        return [.. kept.Select(b => new BasicBlockData(
            [.. statements[b.Index]],
            Retarget(retargeted[b.Index] ?? throw new InvalidOperationException($"MIR building left {b} without a terminator"),
                x => new BasicBlock(renumbered[x.Index]))) { IsCleanup = isCleanup[b.Index] })];
    }

    /// <summary>
    /// The same steps on a finished body (after drop elaboration, which leaves `goto` chains), and
    /// one more: an unwind edge to a cleanup that only resumes is no edge at all (rustc's `unwind
    /// continue`), so no landing pad is made for it.
    /// </summary>
    public static MirBody Run(MirBody body)
    {
        var statements = body.Blocks.Select(b => new List<Statement>(b.Statements)).ToArray();
        var terminators = body.Blocks.Select(b => (Terminator?)b.Terminator).ToArray();
        var forwarded = ForwardAll(statements, terminators);
        bool OnlyResumes(BasicBlock b) => body.Blocks[forwarded[b.Index].Index] is { Statements.Length: 0, Terminator: ResumeTerminator };
        for (var i = 0; i < terminators.Length; i++)
        {
            if (terminators[i]!.Unwind is { } u && OnlyResumes(u)) terminators[i] = WithoutUnwind(terminators[i]!);
        }
        return body with { Blocks = Run(statements, terminators, [.. body.Blocks.Select(b => b.IsCleanup)]) };
    }

    private static Terminator WithoutUnwind(Terminator terminator) => terminator switch
    {
        CallTerminator c => c with { Cleanup = null },
        AssertTerminator a => a with { Cleanup = null },
        DropTerminator d => d with { Cleanup = null },
        _ => terminator,
    };

    /// <summary>
    /// Where a jump to each block really ends up, past empty `goto` blocks (bb0 is never skipped).
    /// Each chain is walked once and every block on it remembers the end: an `else if` chain
    /// 20,000 deep makes a chain of 20,000 join blocks, and walking it from each of them was
    /// quadratic.
    /// </summary>
    private static BasicBlock[] ForwardAll(List<Statement>[] statements, Terminator?[] terminators)
    {
        var count = terminators.Length;
        var target = new BasicBlock?[count];
        var path = new List<int>();
        var onPath = new HashSet<int>();
        for (var start = 0; start < count; start++)
        {
            var block = new BasicBlock(start);
            while (target[block.Index] is null && block.Index != 0 && onPath.Add(block.Index)
                   && statements[block.Index].Count == 0 && terminators[block.Index] is GotoTerminator g)
            {
                path.Add(block.Index);
                block = g.Target;
            }
            var end = target[block.Index] ?? block;
            foreach (var b in path) target[b] = end;
            target[start] ??= end;
            path.Clear();
            onPath.Clear();
        }
        return [.. target.Select(t => t!.Value)];
    }

    /// <summary>The blocks reachable from bb0, in creation order.</summary>
    private static List<BasicBlock> Reachable(Terminator?[] terminators)
    {
        var reached = new bool[terminators.Length];
        var work = new Stack<int>();
        work.Push(0);
        reached[0] = true;
        while (work.Count > 0)
        {
            foreach (var next in terminators[work.Pop()]?.Successors ?? [])
            {
                if (reached[next.Index]) continue;
                reached[next.Index] = true;
                work.Push(next.Index);
            }
        }
        return [.. Enumerable.Range(0, terminators.Length).Where(i => reached[i]).Select(i => new BasicBlock(i))];
    }

    /// <summary>Appends a block that only a `goto` reaches to the block with the `goto`; returns which blocks were absorbed.</summary>
    private static bool[] MergeGotoChains(List<BasicBlock> reachable, List<Statement>[] statements, Terminator?[] terminators)
    {
        var predecessors = new int[terminators.Length];
        foreach (var block in reachable)
        {
            foreach (var next in terminators[block.Index]?.Successors ?? []) predecessors[next.Index]++;
        }
        var merged = new bool[terminators.Length];
        foreach (var block in reachable)
        {
            var b = block.Index;
            if (merged[b]) continue;
            while (terminators[b] is GotoTerminator { Target.Index: var next } && next != 0 && next != b && predecessors[next] == 1)
            {
                statements[b].AddRange(statements[next]);
                terminators[b] = terminators[next];
                merged[next] = true;
            }
        }
        return merged;
    }

    private static Terminator Retarget(Terminator terminator, Func<BasicBlock, BasicBlock> map) => terminator switch
    {
        GotoTerminator g => g with { Target = map(g.Target) },
        SwitchIntTerminator s =>
            s with { Targets = [.. s.Targets.Select(t => t with { Target = map(t.Target) })], Otherwise = map(s.Otherwise) },
        CallTerminator c => c with { Target = c.Target is { } t ? map(t) : null, Cleanup = c.Cleanup is { } u ? map(u) : null },
        AssertTerminator a => a with { Target = map(a.Target), Cleanup = a.Cleanup is { } u ? map(u) : null },
        DropTerminator d => d with { Target = map(d.Target), Cleanup = d.Cleanup is { } u ? map(u) : null },
        ReturnTerminator or UnreachableTerminator or ResumeTerminator => terminator,
        _ => throw new InvalidOperationException($"unknown terminator {terminator.GetType().Name}"),
    };
}
