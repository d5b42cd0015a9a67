using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// The `?` operator, desugared in the bound tree as rustc's HIR lowering does (`lower_expr_try`,
/// `hir::MatchSource::TryDesugar`):
/// <code>
/// expr?     →     match Try::branch(expr) {
///                     ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
///                     ControlFlow::Continue(val) => val,
///                 }
/// </code>
/// so the MIR, the move checker, drop elaboration and the collector see an ordinary call, a match
/// and a `return`: the early return drops the function's live locals as any `return` does (in
/// rustc's order), the operand is moved into `branch`, its temporaries live to the end of the
/// enclosing statement (they are the match's scrutinee), and `&lt;Option&lt;i32&gt; as Try&gt;::branch`
/// and `&lt;Result&lt;i32, E&gt; as FromResidual&lt;Result&lt;Infallible, E&gt;&gt;&gt;::from_residual` are mono
/// items. What `?` does for a type is the prelude's impls of `Try` and `FromResidual`; the error
/// conversion of `Result` is `From::from` inside its `from_residual`. The two locals have names
/// a program cannot write. As in rustc, `branch` and the match span the whole `expr?`, and
/// `from_residual`, the `return` and the `Break` pattern the `?` alone.
///
/// The types. The operand's type must implement `Try` (E0277 "can only be applied to values that
/// implement `Try`"), checked at once: `Output` and `Residual` are read from it, the match has type
/// `Output`. The function's return type must implement `FromResidual&lt;Residual&gt;`: that obligation
/// is checked once the body's types are solved (the return type may be an `impl Trait`'s hidden
/// type), with rustc's messages for each misuse (`FromResidual`'s `rustc_on_unimplemented`, and
/// the "`?` couldn't convert the error" of a missing `From` impl).
///
/// In a closure, `return` and the residual's target are the closure's: `|x| -> Option&lt;i32&gt; { f(x)?; … }`
/// (ReturnTypeInBody), and misuse is reported "in a closure", at its head, as rustc does.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>The `FromResidual` obligations of the `?`s of this body: the return type, the residual, the operand's type, the `?`, the closure it is in.</summary>
    private readonly List<(TypeSymbol Return, TypeSymbol Residual, TypeSymbol Operand, TryExpressionSyntax Syntax, ClosureSymbol? Closure)> _tryObligations = [];

    /// <summary>The types of the `?` expressions of this body (their `Output`s), for the fallback of <see cref="FallBackTryOutputs"/>.</summary>
    private readonly List<TypeSymbol> _tryOutputs = [];

    private BoundExpression CheckTry(TryExpressionSyntax t)
    {
        var operand = CheckExpression(t.Operand, null);
        if (_function.Declaration is null) return Unsupported(t, "the `?` operator outside a function body");
        var type = StructurallyResolve(operand.Type);
        if (type.ContainsError) return new BoundErrorExpression(t.Span);
        if (type is InferenceVariable { Kind: InferenceKind.General })
        {
            Report(SemanticDiagnostics.TypeAnnotationsNeeded(t.Operand.Span));
            return new BoundErrorExpression(t.Span);
        }
        var tryTrait = new TraitRef(LangItems.Trait(LangItem.Try), ValueArray<TypeSymbol>.Empty);
        if (type is InferenceVariable || !Solver.Implements(type, tryTrait))
        {
            ReportNotTry(t, type, tryTrait.Trait);
            return new BoundErrorExpression(t.Span);
        }
        var output = Projections.Normalize(new ProjectionType(type, tryTrait, tryTrait.Trait.AssociatedTypes[0]));
        var residual = Projections.Normalize(new ProjectionType(type, tryTrait, tryTrait.Trait.AssociatedTypes[1]));
        var returnType = ReturnTypeInBody;
        _tryObligations.Add((returnType, residual, type, t, _openClosures.Count > 0 ? _openClosures[^1].Symbol : null));
        _tryOutputs.Add(output);
        return DesugarTry(t, operand, output, residual, returnType);
    }

    /// <summary>E0277 for an operand that is not `Try`; on `&amp;Option&lt;u8&gt;` rustc names the impl the referent has.</summary>
    private void ReportNotTry(TryExpressionSyntax t, TypeSymbol type, TraitSymbol tryTrait)
    {
        var implemented = type is ReferenceType { Referent: var referent }
            ? Solver.ImplsFor(Resolve(referent), tryTrait).Select(m => m.Impl.SelfType).FirstOrDefault()
            : null;
        Report(SemanticDiagnostics.NotTry(t.Span, Resolve(type), implemented));
    }

    private BoundMatch DesugarTry(TryExpressionSyntax t, BoundExpression operand, TypeSymbol output, TypeSymbol residual, TypeSymbol returnType)
    {
        var span = t.Span;
        var question = new TextSpan(span.End - 1, 1);
        var controlFlow = new AdtType(LangItems.Adt(LangItem.ControlFlow), new ValueArray<TypeSymbol>([residual, output]));
        var branch = new BoundCall(span, controlFlow, LangItems.BranchFn, [operand.Type], [operand]);
        var residualLocal = new LocalSymbol("residual", residual, false, question);
        var fromResidual = new BoundCall(question, returnType, LangItems.FromResidualFn, [returnType, residual],
            [new BoundLocal(question, residual, residualLocal)]);
        var breakArm = new BoundMatchArm(question,
            new BoundVariantPattern(question, controlFlow, LangItems.ControlFlowBreak, [new BoundBindingPattern(question, residual, residualLocal, false, null)]),
            null, new BoundReturn(question, fromResidual));
        var val = new LocalSymbol("val", output, false, span);
        var continueArm = new BoundMatchArm(span,
            new BoundVariantPattern(span, controlFlow, LangItems.ControlFlowContinue, [new BoundBindingPattern(span, output, val, false, null)]),
            null, new BoundLocal(span, output, val));
        return new BoundMatch(span, output, branch, [breakArm, continueArm]);
    }

    /// <summary>
    /// rustc's fallback for diverging type variables: the match of a `?` has an arm of type `!`
    /// (the `return`), so an output nothing else decided is `()`, as in `Err("empty")?;` whose
    /// `Result&lt;?T, &amp;str&gt;` leaves `?T` open.
    /// </summary>
    private void FallBackTryOutputs()
    {
        foreach (var output in _tryOutputs)
        {
            if (_inference.IsUnsolvedGeneral(output)) _inference.Unify(output, TypeSymbol.Unit);
        }
    }

    /// <summary>After inference: the function's return type takes each `?`'s residual.</summary>
    private void CheckTryObligations(IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        foreach (var (returnType, residualType, operandType, syntax, closure) in _tryObligations)
        {
            var ret = TypeSubstitution.Apply(returnType, substitution);
            var residual = TypeSubstitution.Apply(residualType, substitution);
            if (ret.ContainsError || residual.ContainsError) continue;
            var fromResidual = new TraitRef(LangItems.Trait(LangItem.FromResidual), new ValueArray<TypeSymbol>([residual]));
            if (Solver.Implements(ret, fromResidual)) continue;
            Report(FromResidualError(syntax, ret, residual, closure));
        }
    }

    /// <summary>Which of rustc's messages a `?` whose residual the return type cannot take gets.</summary>
    private Syntax.Diagnostics.Diagnostic FromResidualError(TryExpressionSyntax t, TypeSymbol ret, TypeSymbol residual, ClosureSymbol? closure)
    {
        var question = new TextSpan(t.Span.End - 1, 1);
        var declaration = _function.Declaration!;
        // In a closure rustc points at its head (`|x: i32| -> Option<i32>`), which ClosureSymbol.Span is.
        var signature = closure?.Span ?? _program.SignatureSpan(declaration);
        var returnSpan = closure?.Span ?? declaration.ReturnType?.Span ?? signature;
        var context = closure is null ? ItemContext() : "a closure";
        var returnKind = ReturnKind(ret);
        var residualKind = ReturnKind(residual);
        if (returnKind == LangItem.Result && residualKind == LangItem.Result)
        {
            var target = ((AdtType)ret).Arguments[1];
            var source = ((AdtType)residual).Arguments[1];
            var local = target is AdtType { Adt.IsPrelude: false } ? target : null;
            // The conversions the program does give its error type (not std's blanket `From<T> for T`).
            var others = local is null ? [] : Solver.ImplsFor(target, LangItems.Trait(LangItem.From))
                .Where(m => m.Impl.SelfType is not TypeParameterType)
                .Select(m => GenericSubstitution.Apply(m.Impl.Trait!.Arguments[0], m.Impl.GenericParameters, m.Arguments))
                .ToList();
            return SemanticDiagnostics.TryCannotConvertError(question, target, source, returnSpan,
                t.Operand.Span, local, others);
        }
        return SemanticDiagnostics.TryIncompatibleReturn(question, signature, context, ret, residual, returnKind, residualKind);
    }

    /// <summary>`Option`, `Result` or `ControlFlow`, or null for another type.</summary>
    private LangItem? ReturnKind(TypeSymbol type) => type is AdtType { Adt: var adt } ? adt.LangItem switch
    {
        LangItem.Option or LangItem.Result or LangItem.ControlFlow => adt.LangItem,
        _ => null,
    } : null;

    /// <summary>How rustc's `describe_enclosure` names the body: "a function", "a method" (in an impl), "a trait method" (a default body).</summary>
    private string ItemContext() => _function switch
    {
        { OwningImpl: not null } => "a method",
        { Trait: not null } => "a trait method",
        _ => "a function",
    };
}
