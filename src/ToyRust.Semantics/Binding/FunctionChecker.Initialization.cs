using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Definite initialization of locals declared without a value (`let x;`), as rustc's borrow
/// checker does it for this case: a read needs the local assigned on every path to it (E0381),
/// and an immutable one may be assigned only once on every path (E0384) — never inside a loop it
/// was declared outside of.
/// <code>
/// let x; if c { x = 1; } use(x)      E0381: possibly-uninitialized
/// let x; x = 1; x = 2;               E0384
/// </code>
/// Each `let x;` local has a state; branches start from the state before them and merge after
/// (a branch that diverges does not count).
/// </summary>
internal sealed partial class FunctionChecker
{
    private enum InitState
    {
        Unassigned,
        Maybe,
        Assigned,
    }

    private Dictionary<LocalSymbol, InitState> _init = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LocalSymbol, int> _initLoopDepth = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<LocalSymbol> _uninitializedReported = new(ReferenceEqualityComparer.Instance);
    private int _loopDepth;

    private void DeclareDeferred(LocalSymbol local)
    {
        _init[local] = InitState.Unassigned;
        _initLoopDepth[local] = _loopDepth;
    }

    private Dictionary<LocalSymbol, InitState> SnapshotInit() => new(_init, ReferenceEqualityComparer.Instance);

    private void RestoreInit(Dictionary<LocalSymbol, InitState> snapshot) => _init = new(snapshot, ReferenceEqualityComparer.Instance);

    /// <summary>The state after paths that join: assigned on all, on none, or on some (a null path diverged).</summary>
    private void MergeInit(params Dictionary<LocalSymbol, InitState>?[] paths)
    {
        var live = paths.OfType<Dictionary<LocalSymbol, InitState>>().ToList();
        if (live.Count == 0) return;
        foreach (var local in _init.Keys.ToList())
        {
            var states = live.Select(p => p.GetValueOrDefault(local, InitState.Unassigned)).Distinct().ToList();
            _init[local] = states.Count == 1 ? states[0] : InitState.Maybe;
        }
    }

    /// <summary>The snapshot after a branch, or null when the branch never finishes.</summary>
    private Dictionary<LocalSymbol, InitState>? AfterBranch(BoundExpression branch) =>
        _inference.Shallow(branch.Type) is Types.NeverType ? null : SnapshotInit();

    private void NoteRead(LocalSymbol local, TextSpan span)
    {
        if (!_init.TryGetValue(local, out var state) || state == InitState.Assigned || !_uninitializedReported.Add(local)) return;
        Report(SemanticDiagnostics.UsedUninitialized(span, local.Name, state == InitState.Maybe));
    }

    /// <summary>
    /// Records `local = ...`; true when an immutable local already holds a value on some path
    /// (E0384). An assignment inside a loop the local was declared outside of is decided when
    /// the loop ends: it repeats only if the loop can come back to it.
    /// </summary>
    private bool NoteAssignment(LocalSymbol local, TextSpan span, TextSpan declaration)
    {
        if (!_init.TryGetValue(local, out var state)) return false;
        _init[local] = InitState.Assigned;
        if (state != InitState.Unassigned) return !local.IsMutable;
        if (_loopDepth > _initLoopDepth[local] && !local.IsMutable) _loopAssignments.Peek().Add((local, span, declaration));
        return false;
    }

    private readonly Stack<List<(LocalSymbol Local, TextSpan Span, TextSpan Declaration)>> _loopAssignments = new();

    /// <summary>
    /// Checks a loop body. If the loop can run it again — the body may finish, or a `continue`
    /// goes back — assignments in it to outer `let x;` locals are second assignments (E0384).
    /// </summary>
    private T InLoop<T>(Func<T> check, Func<bool> hasContinue) where T : BoundExpression
    {
        _loopDepth++;
        _loopAssignments.Push([]);
        T body;
        try
        {
            body = check();
        }
        finally
        {
            _loopDepth--;
        }
        var assignments = _loopAssignments.Pop();
        var repeats = _inference.Shallow(body.Type) is not Types.NeverType || hasContinue();
        foreach (var (local, span, declaration) in assignments)
        {
            if (repeats) Report(SemanticDiagnostics.AssignTwiceToImmutable(span, local.Name).WithSecondary(declaration, "first assignment"));
            else if (_loopAssignments.Count > 0 && _loopDepth > _initLoopDepth[local]) _loopAssignments.Peek().Add((local, span, declaration));
        }
        return body;
    }
}
