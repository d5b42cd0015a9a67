using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `unsafe` blocks and the operations that need one (rustc's unsafety checking, on the bound tree
/// instead of THIR). Two operations are unsafe: dereferencing a raw pointer (`*p`) and calling an
/// `unsafe fn`. Each must be inside an `unsafe { }` block or an `unsafe fn`'s body; elsewhere it
/// is E0133:
/// <code>
/// let a = *p;                  error[E0133]: dereference of raw pointer is unsafe and requires unsafe function or block
/// let a = unsafe { *p };       fine
/// </code>
/// The innermost enclosing block gets the credit for an operation; a block that got none is
/// rustc's `unused_unsafe` warning, so in `unsafe { unsafe { *p } }` it is the outer block that
/// is unnecessary, and an `unsafe fn`'s body needs no block at all (edition 2021).
/// As rustc checks a body's unsafety only after it type-checked, both the errors and the warnings
/// are held until <see cref="ReportUnsafety"/> and dropped when the body had a type error.
/// </summary>
internal sealed partial class FunctionChecker
{
    private sealed class UnsafeBlock(TextSpan keyword)
    {
        public TextSpan Keyword { get; } = keyword;

        public bool IsUsed { get; set; }
    }

    private readonly List<UnsafeBlock> _unsafeBlocks = [];
    private readonly List<Diagnostic> _unsafety = [];

    private bool IsUnsafeFunction => _function.Declaration?.IsUnsafe == true;

    /// <summary>unsafeBlock = 'unsafe' block: a block, checked with its operations allowed.</summary>
    private BoundExpression CheckUnsafeBlock(UnsafeBlockExpressionSyntax u, TypeSymbol? expected)
    {
        var block = new UnsafeBlock(new TextSpan(u.Span.Start, "unsafe".Length));
        _unsafeBlocks.Add(block);
        var bound = CheckBlock(u.Block, expected);
        _unsafeBlocks.RemoveAt(_unsafeBlocks.Count - 1);
        if (!block.IsUsed) _unsafety.Add(SemanticDiagnostics.UnusedUnsafe(block.Keyword));
        return bound with { Span = u.Span };
    }

    /// <summary>An unsafe operation: the innermost unsafe block allows it (and is used), an `unsafe fn`'s body does, or <paramref name="error"/> is reported.</summary>
    private void RequireUnsafe(Func<Diagnostic> error)
    {
        if (_unsafeBlocks.Count > 0) _unsafeBlocks[^1].IsUsed = true;
        else if (!IsUnsafeFunction) _unsafety.Add(error());
    }

    /// <summary>`*p` on a raw pointer: a place, as `*r` of a reference is.</summary>
    private BoundExpression CheckRawPointerDeref(UnaryExpressionSyntax u, BoundExpression target, RawPointerType pointer)
    {
        RequireUnsafe(() => SemanticDiagnostics.DerefOfRawPointer(u.Span));
        return new BoundDereference(u.Span, pointer.Pointee, target);
    }

    private void RequireUnsafeCall(TextSpan span, FunctionSymbol function)
    {
        if (function.Declaration?.IsUnsafe == true)
            RequireUnsafe(() => SemanticDiagnostics.CallToUnsafeFunction(span, SemanticDiagnostics.UnsafeCalleeName(function)));
    }

    private void ReportUnsafety()
    {
        if (_reportedError) return;
        foreach (var d in _unsafety.OrderBy(d => d.IsError ? 0 : 1).ThenBy(d => d.Span.Start)) Report(d);
    }

    /// <summary>`*p = v` and `&amp;mut *p` through a `*const T`: E0594 and E0596.</summary>
    private bool IsConstPointerPlace(BoundExpression place) =>
        place is BoundDereference d && _inference.Shallow(d.Operand.Type) is RawPointerType { IsMutable: false };
}
