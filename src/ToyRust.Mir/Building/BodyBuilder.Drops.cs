using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Scopes and the drops they schedule (rustc's `rustc_mir_build::builder::scope`, in small).
///
/// Terms. A *scope* is a stretch of the source whose end drops what was scheduled in it, in
/// reverse order of scheduling. Variables go to their block (or to the arm, the function), and
/// temporaries to the innermost *terminating* scope — a statement, an `if` or `while` condition,
/// a branch, a loop body, a match arm, the function — never to a block, so that the temporaries
/// of a block's tail live until the end of the statement around the block, as in edition 2021:
/// <code>
/// let t = { let a = make(1); val(&amp;make(2)) };   drops a (block end), then make(2) (statement end)
/// </code>
/// Every variable and temporary whose type may need drop (<see cref="DropTypes"/>) is scheduled,
/// also the ones that are moved out later: the builder does not know which moves happen on which
/// path. Drop elaboration (Analysis/DropElaboration.cs) removes the drops of values that are
/// moved for sure and guards the ones moved on some paths with drop flags.
///
/// Leaving scopes early. `break` and `continue` drop every scope opened inside the loop, and
/// `return` every scope of the function, innermost first, before they jump.
///
/// Unwinding. A call, an assert, a `panic!` and a drop can panic, and then the values live at that
/// point are dropped while the panic unwinds (rustc's build does the same, and the drops are
/// observable). Such a terminator gets a *cleanup* block: a chain of `drop` blocks, one per
/// scheduled value from the innermost out, ending in `resume`. Chains share their tails: the
/// cleanup of a value, given where its chain goes on, is made once.
/// </summary>
internal sealed partial class BodyBuilder
{
    private enum ScopeKind
    {
        /// <summary>The function: parameters, and the temporaries of the body's tail.</summary>
        Function,
        /// <summary>A block: its `let` variables only.</summary>
        Block,
        /// <summary>A statement: its temporaries only.</summary>
        Statement,
        /// <summary>A condition, a branch, a loop body, a match arm: its bindings and its temporaries.</summary>
        Terminating,
    }

    private sealed record DropScope(ScopeKind Kind)
    {
        public List<(Local Local, TextSpan Span)> Drops { get; } = [];
    }

    private readonly List<DropScope> _scopes = [];

    private void PushScope(ScopeKind kind) => _scopes.Add(new DropScope(kind));

    /// <summary>Closes the innermost scope: its drops, innermost first, where the code continues.</summary>
    private void PopScope(TextSpan span)
    {
        EmitDrops(_scopes.Count - 1, span);
        RemoveInnermostScope();
    }

    private void RemoveInnermostScope()
    {
        _scheduled -= _scopes[^1].Drops.Count;
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    /// <summary>
    /// Closes a scope that ends in a branch (a condition): each of <paramref name="edges"/> is a
    /// block the branch goes to, which drops the scope and then goes on to its target.
    /// </summary>
    private void PopScopeOnEdges(TextSpan span, params (BasicBlock Edge, BasicBlock Target)[] edges)
    {
        foreach (var (edge, target) in edges)
        {
            MoveTo(edge);
            EmitDrops(_scopes.Count - 1, span);
            Goto(target, span);
        }
        RemoveInnermostScope();
    }

    /// <summary>The drops of every scope from the innermost out to <paramref name="depth"/> (a `break`, a `return`), leaving them open.</summary>
    private void ExitScopesTo(int depth, TextSpan span)
    {
        for (var i = _scopes.Count - 1; i >= depth; i--) EmitDrops(i, span);
    }

    /// <summary>The drops of scope <paramref name="index"/>, innermost first; if one panics, the rest are dropped by its cleanup.</summary>
    private void EmitDrops(int index, TextSpan span)
    {
        var drops = _scopes[index].Drops;
        for (var i = drops.Count - 1; i >= 0; i--) Drop(new Place(drops[i].Local), EndOf(span), CleanupBelow(index, i));
    }

    /// <summary>`drop(place) -> next`, continuing in next; with a cleanup, a panic in the drop goes there.</summary>
    private void Drop(Place place, TextSpan span, BasicBlock? cleanup)
    {
        var next = NewBlock();
        SetTerminator(_current, new DropTerminator(span, place, next, cleanup));
        MoveTo(next);
    }

    // ---- Cleanup chains ---------------------------------------------------------------------

    /// <summary>How many drops all open scopes hold: none means a panic has nothing to clean up here.</summary>
    private int _scheduled;

    private readonly Dictionary<(DropScope Scope, int Index, BasicBlock Next), BasicBlock> _cleanups = [];
    private BasicBlock? _resume;

    /// <summary>The cleanup of a terminator here: every value scheduled in an open scope, innermost first; null when there is none.</summary>
    private BasicBlock? UnwindTarget() => _scheduled == 0 ? null : CleanupBelow(_scopes.Count - 1, int.MaxValue);

    /// <summary>The cleanup of the values scheduled in scopes 0 … <paramref name="scope"/>, the last one only up to (not including) its entry <paramref name="count"/>.</summary>
    private BasicBlock? CleanupBelow(int scope, int count)
    {
        if (_scheduled == 0 || _shim is not null) return null;
        BasicBlock? chain = null;
        for (var s = 0; s <= scope; s++)
        {
            var drops = _scopes[s].Drops;
            var n = s == scope ? Math.Min(count, drops.Count) : drops.Count;
            for (var i = 0; i < n; i++) chain = CleanupOf(_scopes[s], i, chain ?? Resume());
        }
        return chain;
    }

    /// <summary>`drop(value) -> next` in a cleanup block, made once per value and continuation.</summary>
    private BasicBlock CleanupOf(DropScope scope, int index, BasicBlock next)
    {
        if (_cleanups.TryGetValue((scope, index, next), out var block)) return block;
        block = NewBlock();
        _blocks[block.Index].IsCleanup = true;
        SetTerminator(block, new DropTerminator(scope.Drops[index].Span, new Place(scope.Drops[index].Local), next));
        return _cleanups[(scope, index, next)] = block;
    }

    private BasicBlock Resume()
    {
        if (_resume is { } resume) return resume;
        resume = NewBlock();
        _blocks[resume.Index].IsCleanup = true;
        SetTerminator(resume, new ResumeTerminator(_span));
        return (_resume = resume).Value;
    }

    /// <summary>A temporary that holds a value of the program (not a copy of one): dropped at the end of its terminating scope.</summary>
    private Local NewValueTemp(Semantics.Types.TypeSymbol type, TextSpan span)
    {
        var temp = NewTemp(type, span);
        ScheduleDrop(temp, span, temporary: true);
        return temp;
    }

    /// <summary>Schedules the drop of a variable (in its block, arm or function) or of a temporary (in its terminating scope).</summary>
    private void ScheduleDrop(Local local, TextSpan span, bool temporary)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var kind = _scopes[i].Kind;
            if (temporary ? kind == ScopeKind.Block : kind == ScopeKind.Statement) continue;
            ScheduleDrop(local, span, _scopes[i]);
            return;
        }
    }

    private void ScheduleDrop(Local local, TextSpan span, DropScope scope)
    {
        if (_options.Drops is not { } drops || !drops.NeedsDrop(_locals[local.Index].Type)) return;
        scope.Drops.Add((local, span));
        _scheduled++;
    }

    /// <summary>The scope a variable declared here belongs to: the innermost one that is not a statement's.</summary>
    private DropScope VariableScope() => _scopes.Last(s => s.Kind != ScopeKind.Statement);

    /// <summary>The variables a pattern binds by value, in the order they are written, scheduled as variables of the innermost scope that takes them.</summary>
    private void ScheduleBindings(BoundPattern pattern)
    {
        var seen = new HashSet<Local>();
        foreach (var binding in BoundTree.DescendantsAndSelf(pattern).OfType<BoundBindingPattern>())
        {
            var local = LocalOf(binding.Local);
            if (seen.Add(local)) ScheduleDrop(local, binding.Span, temporary: false);
        }
    }

    /// <summary>Lowers <paramref name="lower"/> inside a scope of its own, closed where the code continues.</summary>
    private void InScope(ScopeKind kind, TextSpan span, Action lower)
    {
        PushScope(kind);
        lower();
        PopScope(span);
    }
}
