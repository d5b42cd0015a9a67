using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Checks one body (a function, or a const initializer) and builds its bound tree.
/// The methods are split into partial files by node family: statements and patterns,
/// expressions, control flow, macros.
/// </summary>
internal sealed partial class FunctionChecker
{
    private readonly ProgramChecker _program;
    private readonly FunctionSymbol _function;
    private readonly InferenceTable _inference = new();
    private readonly List<LoopContext> _loops = [];
    private readonly List<(LocalSymbol Local, bool IsParameter)> _declared = [];
    private readonly HashSet<LocalSymbol> _read = [];
    private readonly HashSet<LocalSymbol> _assigned = [];
    private readonly HashSet<LocalSymbol> _initialized = [];

    /// <summary>The locals a `let x;` declares without a value, which may be assigned later (once, unless `mut`).</summary>
    private readonly HashSet<LocalSymbol> _deferred = new(ReferenceEqualityComparer.Instance);
    private readonly List<(IntegerLiteralSyntax Literal, TypeSymbol Type, bool Negated)> _integerLiterals = [];
    private readonly List<(BoundExpression Argument, FormatKind Kind)> _formatChecks = [];
    private Scope _scope;

    public FunctionChecker(ProgramChecker program, FunctionSymbol function, Scope itemScope)
    {
        _program = program;
        _function = function;
        _scope = new Scope(itemScope, isItemBoundary: true);
    }

    /// <summary>A loop or labelled block being checked, with the type its `break` values must have.</summary>
    private sealed record LoopContext(LoopLabel Label, TypeSymbol BreakType, bool IsLoop, bool IsBlock, string Kind)
    {
        public bool HasBreak { get; set; }

        public bool HasContinue { get; set; }
    }

    public BoundFunction CheckBody()
    {
        var prologue = DeclareParameters();
        var body = _function.Declaration!.Body!;
        // A coercion of the whole body (`&&str` to `&str` of `if b { &"yes" } else { "no" }`) wraps it.
        var coerced = CoerceReturned(CheckBlock(body, ReturnTypeInBody), BlockResultSpan(body));
        var bound = coerced as BoundBlock ?? new BoundBlock(coerced.Span, coerced.Type, [], coerced);
        return Finish(prologue.IsEmpty ? bound : new BoundBlock(bound.Span, bound.Type, prologue, bound));
    }

    /// <summary>
    /// A parameter written as a name (`x: T`, `mut x: T`, and `self`) is a local of its own. Any
    /// other pattern binds through the parameter's hidden local, as rustc lowers it; the pattern must
    /// be irrefutable (E0005 "refutable pattern in function argument"):
    /// <code>
    /// fn add((a, b): (i32, i32)) -> i32 { a + b }   →   fn add(arg: (i32, i32)) -> i32 { let (a, b) = arg; { a + b } }
    /// </code>
    /// The returned `let`s run before the body; their bindings are in the function's scope.
    /// </summary>
    private ImmutableArray<BoundStatement> DeclareParameters()
    {
        var written = _function.Declaration!.Parameters;
        var first = _function.Parameters.Length - written.Length;
        var prologue = ImmutableArray.CreateBuilder<BoundStatement>();
        for (var i = 0; i < _function.Parameters.Length; i++)
        {
            var parameter = _function.Parameters[i];
            _initialized.Add(parameter);
            if (i < first || IsNameParameter(written[i - first].Pattern))
            {
                _scope.Declare(parameter);
                _declared.Add((parameter, true));
                continue;
            }
            var syntax = written[i - first];
            var pattern = CheckIrrefutablePattern(syntax.Pattern, parameter.Type, PatternSite.Parameter);
            MarkInitialized(pattern);
            var argument = new BoundLocal(syntax.Pattern.Span, parameter.Type, parameter);
            prologue.Add(new BoundLet(syntax.Span, pattern, argument));
        }
        return prologue.ToImmutable();
    }

    private bool IsNameParameter(PatternSyntax pattern) =>
        pattern is IdentifierPatternSyntax { IsRef: false, SubPattern: null } id && !ResolvesToUnitItem(id.Name.Text);

    public BoundExpression CheckConstInitializer(ExpressionSyntax value, TypeSymbol type)
    {
        var bound = CheckExpression(value, type);
        CoerceTo(bound, type, value.Span);
        SelectWherePossible();
        CheckDeferredCasts();
        var substitution = _inference.Finish();
        CheckLiteralRanges(substitution);
        ReportUnsafety();
        return bound;
    }

    private BoundFunction Finish(BoundBlock body)
    {
        SelectWherePossible();
        CheckDeferredCasts();
        FallBackTryOutputs();
        if (!_reportedError && !CheckClosureParametersInferred()) CheckTypeArgumentsInferred(body);
        var inferredHidden = InferredHiddenTypes();
        var substitution = _inference.Finish();
        FinishClosures(substitution);
        DefineHiddenTypes(inferredHidden, substitution);
        CheckLiteralRanges(substitution);
        CheckFormatArguments(substitution);
        CheckObligations(substitution);
        CheckTryObligations(substitution);
        if (!_reportedError) CheckSized(body, substitution);
        // rustc's borrow checker runs on a body that type-checked.
        if (!_reportedError) CheckReturnedClosures(body);
        CheckExhaustiveness(substitution);
        ReportUnsafety();
        // rustc's liveness lints run on a body's MIR, which a type error keeps from being built.
        if (!_reportedError) ReportUnusedVariables();
        return new BoundFunction(_function, body, substitution);
    }

    /// <summary>The prelude must check cleanly: an error there is a compiler bug, and its lints are not the user's.</summary>
    private void Report(Diagnostic d)
    {
        _reportedError |= d.IsError;
        if (!_function.IsPrelude) _program.Report(d);
        else if (d.IsError) throw new InvalidOperationException($"the prelude has an error in `{_function.DisplayName}`: {d.Message}");
    }

    private TypeSymbol Resolve(TypeSymbol t) => _inference.Resolve(t);

    /// <summary>Whether this function has reported an error: then an unsolved type is a consequence, not news.</summary>
    private bool _reportedError;

    /// <summary>
    /// A generic function's type parameter that nothing determined (`total_area::&lt;&gt;(4)`, or
    /// `f()` with `fn f&lt;T&gt;() -> u32`): rustc's E0282 "type annotations needed", or E0283 when the
    /// parameter has bounds (rustc cannot pick an impl). Reported for the first such call only;
    /// without one, for the first `let` whose type still has an unknown part (`let n = None::&lt;&gt;;`
    /// is "type annotations needed for `Option&lt;_&gt;`"), and then for the first struct or variant
    /// with an unknown type argument (`println!("{:?}", None)`). Such a type used to become the
    /// error type silently, which code generation cannot lower.
    /// </summary>
    private void CheckTypeArgumentsInferred(BoundBlock body)
    {
        foreach (var call in BoundTree.DescendantsAndSelf(body).OfType<BoundCall>())
        {
            var own = call.Function.GenericParameters.Length - call.Function.OwnGenericCount;
            for (var i = own; i < call.TypeArguments.Length; i++)
            {
                if (!_inference.IsUnsolvedGeneral(call.TypeArguments[i])) continue;
                Report(SemanticDiagnostics.CannotInferTypeParameter(call.CalleeSpan, call.Function.GenericParameters[i], call.Function.Name));
                return;
            }
        }
        foreach (var let in BoundTree.DescendantsAndSelf(body).OfType<BoundLet>())
        {
            if (let.Pattern is not BoundBindingPattern binding || Resolve(binding.Local.Type) is var type && !HasUnsolvedGeneral(type)) continue;
            Report(SemanticDiagnostics.CannotInferLetType(binding.Local.DeclarationSpan, type));
            return;
        }
        foreach (var literal in BoundTree.DescendantsAndSelf(body).OfType<BoundAdtLiteral>())
        {
            if (_inference.Shallow(literal.Type) is not AdtType adt) continue;
            var unknown = adt.Arguments.ToList().FindIndex(a => HasUnsolvedGeneral(Resolve(a)));
            if (unknown < 0) continue;
            Report(SemanticDiagnostics.CannotInferAdtParameter(literal.Span, adt.Adt.GenericParameters[unknown], adt.Adt));
            return;
        }
    }

    private bool HasUnsolvedGeneral(TypeSymbol type)
    {
        var found = false;
        TypeFold.Map(type, part =>
        {
            found |= _inference.IsUnsolvedGeneral(part);
            return null;
        });
        return found;
    }

    /// <summary>
    /// Requires <paramref name="expression"/>'s type to be <paramref name="expected"/> at a coercion
    /// site (an argument, a `let` with a type, a struct field, a returned value) and reports E0308
    /// otherwise. These of rustc's coercions apply: an expression of type `!` fits anywhere,
    /// `&amp;mut T` is reborrowed as `&amp;T`, and a reference or a `*mut T` becomes a raw pointer
    /// (`&amp;mut T` → `*mut T`; `&amp;T`, `&amp;mut T`, `*mut T` → `*const T`):
    /// <code>
    /// fn g(x: &amp;[f64; 4]) -> f64 { .. }     g(out)  with  out: &amp;mut [f64; 4]
    /// let p: *mut i32 = &amp;mut x;
    /// </code>
    /// These change nothing at run time (all are the same pointer), so the bound expression keeps
    /// its own type and code generation passes the pointer on as it is.
    /// </summary>
    private void CoerceTo(BoundExpression expression, TypeSymbol expected, TextSpan span)
    {
        var actual = _inference.Shallow(expression.Type);
        if (actual is NeverType) return;
        var coerced = (_inference.Shallow(expected), actual) switch
        {
            (ReferenceType { IsMutable: false }, ReferenceType { IsMutable: true } mutable) => new ReferenceType(mutable.Referent, false),
            (RawPointerType p, ReferenceType r) when r.IsMutable || !p.IsMutable => new RawPointerType(r.Referent, p.IsMutable),
            (RawPointerType { IsMutable: false }, RawPointerType { IsMutable: true } mutable) => mutable with { IsMutable = false },
            _ => actual,
        };
        if (!_inference.Unify(expected, coerced))
            Report(SemanticDiagnostics.MismatchedTypes(span, Resolve(expected), Resolve(actual)));
    }

    /// <summary>
    /// The type of two branches together (`if`/`else`, `match` arms), or null when they do not
    /// fit. As in rustc's least upper bound coercion, `&amp;mut T` and `&amp;T` meet at `&amp;T`,
    /// in either order: `if c { &amp;mut x } else { &amp;y }` is a `&amp;i32`.
    /// </summary>
    private TypeSymbol? JoinBranches(TypeSymbol soFar, TypeSymbol next)
    {
        var a = _inference.Shallow(soFar);
        var b = _inference.Shallow(next);
        if (a is ReferenceType ra && b is ReferenceType rb && ra.IsMutable != rb.IsMutable)
            return _inference.Unify(ra.Referent, rb.Referent) ? new ReferenceType(ra.Referent, false) : null;
        return _inference.Unify(a, b) ? a : null;
    }

    /// <summary>Where rustc points when a block's value has the wrong type: its tail, or the block itself.</summary>
    private static TextSpan BlockResultSpan(BlockExpressionSyntax block) => block.Tail?.Span ?? block.Span;

    private void CheckLiteralRanges(IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        foreach (var (literal, type, negated) in _integerLiterals)
        {
            if (TypeSubstitution.Apply(type, substitution) is not PrimitiveType p || !p.Kind.IsInteger()) continue;
            var value = negated ? -literal.Value : literal.Value;
            if (!IntegerRanges.Fits(p.Kind, value))
                Report(SemanticDiagnostics.LiteralOutOfRange(literal.Span, p, LiteralText(literal)));
        }
    }

    /// <summary>The text the body is written in: the program's, or the prelude's (whose closures are named by it).</summary>
    private SourceText Source => _function.IsPrelude ? Prelude.PreludeSource.Tree.Source : _program.Source;

    private string LiteralText(IntegerLiteralSyntax literal) =>
        Source.Text.Substring(literal.Span.Start, literal.Span.Length);

    private void ReportUnusedVariables()
    {
        foreach (var (local, _) in _declared)
        {
            if (local.Name.StartsWith('_') || local.Name == "self" || _read.Contains(local)) continue;
            Report(_assigned.Contains(local)
                ? SemanticDiagnostics.AssignedButNeverUsed(local.DeclarationSpan, local.Name)
                : SemanticDiagnostics.UnusedVariable(local.DeclarationSpan, local.Name));
        }
    }

    private LocalSymbol DeclareLocal(Identifier name, TypeSymbol type, bool isMutable, TextSpan span)
    {
        var local = new LocalSymbol(name.Text, type, isMutable, span);
        _scope.Declare(local);
        _declared.Add((local, false));
        NoteLocalDeclared(local);
        return local;
    }

    private TypeSymbol ResolveType(TypeSyntax syntax) => _program.ResolveType(syntax, TypeContextHere());

    private TypeContext TypeContextHere() =>
        new TypeContext(_scope, _function.ImplSelfType).WithGenerics(_function.GenericParameters) with
        {
            Impl = _function.OwningImpl,
            Placeholder = () => _inference.NewVariable(InferenceKind.General),
        };

    private void PushScope() => _scope = new Scope(_scope);

    private void PopScope() => _scope = _scope.Parent!;

    private static ImmutableArray<T> Empty<T>() => ImmutableArray<T>.Empty;
}
