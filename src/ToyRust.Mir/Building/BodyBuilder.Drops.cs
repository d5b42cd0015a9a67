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
/// What is not here yet: unwinding. A panic ends the program without dropping what is live
/// (rustc's build runs those drops while it unwinds).
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
        var scope = _scopes[^1];
        _scopes.RemoveAt(_scopes.Count - 1);
        EmitDrops(scope, span);
    }

    /// <summary>
    /// Closes a scope that ends in a branch (a condition): each of <paramref name="edges"/> is a
    /// block the branch goes to, which drops the scope and then goes on to its target.
    /// </summary>
    private void PopScopeOnEdges(TextSpan span, params (BasicBlock Edge, BasicBlock Target)[] edges)
    {
        var scope = _scopes[^1];
        _scopes.RemoveAt(_scopes.Count - 1);
        foreach (var (edge, target) in edges)
        {
            MoveTo(edge);
            EmitDrops(scope, span);
            Goto(target, span);
        }
    }

    /// <summary>The drops of every scope from the innermost out to <paramref name="depth"/> (a `break`, a `return`), leaving them open.</summary>
    private void ExitScopesTo(int depth, TextSpan span)
    {
        for (var i = _scopes.Count - 1; i >= depth; i--) EmitDrops(_scopes[i], span);
    }

    private void EmitDrops(DropScope scope, TextSpan span)
    {
        for (var i = scope.Drops.Count - 1; i >= 0; i--)
        {
            var next = NewBlock();
            SetTerminator(_current, new DropTerminator(EndOf(span), new Place(scope.Drops[i].Local), next));
            MoveTo(next);
        }
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
        if (_options.Drops is not { } drops || !drops.NeedsDrop(_locals[local.Index].Type)) return;
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var kind = _scopes[i].Kind;
            if (temporary ? kind == ScopeKind.Block : kind == ScopeKind.Statement) continue;
            _scopes[i].Drops.Add((local, span));
            return;
        }
    }

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
