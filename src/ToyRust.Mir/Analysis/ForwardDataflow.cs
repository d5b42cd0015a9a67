using ToyRust.Mir.Ir;

namespace ToyRust.Mir.Analysis;

/// <summary>The state of a forward dataflow pass at one point: copied per block, merged where paths join.</summary>
internal interface IDataflowState<TState>
    where TState : class, IDataflowState<TState>
{
    TState Clone();

    /// <summary>Merges a predecessor's exit into this block entry; true when the entry changed.</summary>
    bool Join(TState other);
}

/// <summary>
/// The worklist both dataflow passes share (<see cref="DefiniteInitialization"/>, <see cref="MoveCheck"/>):
/// start from the entry block's state, run each block's transfer function, merge its exit into
/// its successors' entries, and queue a successor again whenever its entry changed, until nothing
/// changes. Blocks no path reaches keep a null entry, so they neither count in joins nor get checked.
/// </summary>
internal static class ForwardDataflow
{
    /// <param name="unwindTransfer">
    /// The state a block passes along its terminator's unwind edge, when it differs from the normal
    /// exit (a call's destination is not assigned when the call panics); null uses the normal exit.
    /// </param>
    public static TState?[] FixedPoint<TState>(MirBody body, TState entry, Func<int, TState, TState> transfer, Func<int, TState, TState?>? unwindTransfer = null)
        where TState : class, IDataflowState<TState>
    {
        var entries = new TState?[body.Blocks.Length];
        entries[0] = entry;
        var work = new Queue<int>([0]);
        var queued = new bool[body.Blocks.Length];
        queued[0] = true;
        while (work.Count > 0)
        {
            var b = work.Dequeue();
            queued[b] = false;
            var exit = transfer(b, entries[b]!.Clone());
            var unwind = body.Blocks[b].Terminator.Unwind;
            var unwindExit = unwind is not null && unwindTransfer is not null ? unwindTransfer(b, entries[b]!.Clone()) : exit;
            foreach (var next in body.Blocks[b].Terminator.Successors)
            {
                var passed = next == unwind ? unwindExit : exit;
                if (passed is null) continue;
                var changed = entries[next.Index] is { } existing ? existing.Join(passed) : (entries[next.Index] = passed.Clone()) is not null;
                if (changed && !queued[next.Index])
                {
                    queued[next.Index] = true;
                    work.Enqueue(next.Index);
                }
            }
        }
        return entries;
    }
}
