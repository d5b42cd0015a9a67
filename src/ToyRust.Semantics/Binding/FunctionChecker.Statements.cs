using System.Collections.Immutable;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

internal sealed partial class FunctionChecker
{
    /// <summary>
    /// block = '{' statement* expression? '}'
    /// A block without a tail has type `()`, or `!` when one of its statements never finishes
    /// (`{ return 5; }` fits a function returning `i32`).
    /// </summary>
    private BoundBlock CheckBlock(BlockExpressionSyntax block, TypeSymbol? expected)
    {
        PushScope();
        _program.DeclareItems(block.Statements.OfType<ItemStatementSyntax>().Select(s => s.Item), _scope, _function);
        var statements = ImmutableArray.CreateBuilder<BoundStatement>();
        var diverges = false;
        foreach (var statement in block.Statements)
        {
            if (CheckStatement(statement) is not { } bound) continue;
            statements.Add(bound);
            if (bound is BoundExpressionStatement es && _inference.Shallow(es.Expression.Type) is NeverType) diverges = true;
            if (bound is BoundLet { Initializer: { } init } && _inference.Shallow(init.Type) is NeverType) diverges = true;
        }
        BoundExpression? tail = null;
        TypeSymbol type;
        if (block.Tail is not null)
        {
            tail = CheckExpression(block.Tail, expected);
            type = tail.Type;
        }
        else
        {
            type = diverges ? TypeSymbol.Never : TypeSymbol.Unit;
        }
        PopScope();
        return new BoundBlock(block.Span, type, statements.ToImmutable(), tail);
    }

    private BoundStatement? CheckStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case LetStatementSyntax let:
                return CheckLet(let);
            case ExpressionStatementSyntax es:
                return CheckExpressionStatement(es);
            default:
                return null;
        }
    }

    /// <summary>
    /// An expression statement. A block-like expression without `;` must have type `()`
    /// (rustc: "expected `()`, found `i32`").
    /// </summary>
    private BoundExpressionStatement CheckExpressionStatement(ExpressionStatementSyntax es)
    {
        if (es.HasSemicolon)
            return new BoundExpressionStatement(es.Span, CheckExpression(es.Expression, null));
        var bound = CheckExpression(es.Expression, TypeSymbol.Unit);
        CoerceTo(bound, TypeSymbol.Unit, es.Expression.Span);
        return new BoundExpressionStatement(es.Span, bound);
    }

    /// <summary>let_statement = 'let' pattern (':' type)? ('=' expression)? ';'</summary>
    private BoundLet CheckLet(LetStatementSyntax let)
    {
        var declared = let.Type is null ? _expansionLetTypes.GetValueOrDefault(let) : ResolveType(let.Type, ImplTraitSite.VariableBindings);
        BoundExpression? init = null;
        if (let.Initializer is not null)
        {
            init = CheckExpression(let.Initializer, declared);
            if (declared is not null) init = Coerce(init, declared, let.Initializer.Span);
        }
        if (let.Else is not null) Report(SemanticDiagnostics.UnsupportedFeature(let.Else.Span, "`let`-`else`"));
        var type = declared ?? (init is not null && _inference.Shallow(init.Type) is not NeverType ? init.Type : _inference.NewVariable(InferenceKind.General));
        var pattern = CheckIrrefutablePattern(let.Pattern, type, PatternSite.Let);
        if (init is not null)
        {
            MarkInitialized(pattern);
            CheckRefMutBindings(init, pattern);
        }
        else if (pattern is BoundBindingPattern { Local: var deferred }) _deferred.Add(deferred);
        return new BoundLet(let.Span, pattern, init);
    }

    private void MarkInitialized(BoundPattern pattern)
    {
        foreach (var local in BoundPatternLocals(pattern)) _initialized.Add(local);
    }

    /// <summary>
    /// The pattern of a `let`, a `for` or a parameter: any pattern, but it must be irrefutable
    /// (E0005), which the exhaustiveness check decides once types are known.
    /// </summary>
    private BoundPattern CheckIrrefutablePattern(PatternSyntax pattern, TypeSymbol type, PatternSite site)
    {
        var bound = CheckPattern(pattern, type, BindingMode.Move, null);
        _exhaustivenessChecks.Add((RefutableSpan(pattern), type, [(bound, false)], site));
        return bound;
    }

    /// <summary>Where rustc points E0005: at the binding of `mut x @ 1..=5`, not at its sub-pattern.</summary>
    private static TextSpan RefutableSpan(PatternSyntax pattern) =>
        pattern is IdentifierPatternSyntax { SubPattern: not null } id
            ? TextSpan.FromBounds(id.Span.Start, id.Name.Span.End)
            : pattern.Span;
}
