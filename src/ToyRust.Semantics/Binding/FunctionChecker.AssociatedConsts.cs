using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Associated consts used as values: `S::K`, `Self::SIDES`, `T::SIDES`, `&lt;S as Shape&gt;::SIDES`.
/// When the self type picks the impl, the use is the impl's value, as a plain const's is. When it
/// is generic (`T::SIDES`, or `Self::SIDES` in a trait's default method) the use is a literal whose
/// value is an <see cref="UnevaluatedConst"/>, evaluated per instance at monomorphization:
/// <code>
/// fn sides&lt;T: Shape&gt;() -> u32 { T::SIDES }   →  _0 = const &lt;T as Shape&gt;::SIDES;
/// sides::&lt;Square&gt;                           →  _0 = const 4_u32;
/// </code>
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>A const named by a path: its type and value (a concrete value, or an <see cref="UnevaluatedConst"/>).</summary>
    private sealed record ConstValueTarget(TypeSymbol Type, object? Value) : PathTarget;

    /// <summary>`X::NAME`: an inherent const of X's impls, then a const of a trait X implements (or is bounded by).</summary>
    private ConstValueTarget? LookupAssociatedConst(TypeSymbol owner, string name)
    {
        if (owner is TypeParameterType param)
        {
            foreach (var bound in TraitSolver.BoundsOf(param.Parameter))
            {
                if (bound.Trait.FindConst(name) is { } declared) return TraitConst(declared, owner, bound);
            }
            return null;
        }
        // An impl's const initializers and methods see its consts before the impl is complete.
        if (_function.OwningImpl is { } own && own.SelfType == owner && own.Consts.TryGetValue(name, out var local))
            return new ConstValueTarget(local.Type, local.Value);
        foreach (var match in Solver.InherentImpls(owner))
        {
            if (match.Impl.Consts.TryGetValue(name, out var constant)) return new ConstValueTarget(constant.Type, constant.Value);
        }
        foreach (var trait in _program.AllTraits)
        {
            if (trait.FindConst(name) is not { } declared) continue;
            var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General))));
            if (Solver.FindImpl(owner, traitRef) is not null) return TraitConst(declared, owner, traitRef);
        }
        return null;
    }

    /// <summary>The value of a trait's const for a self type: the impl's, or unevaluated while the self type is generic.</summary>
    private ConstValueTarget TraitConst(AssociatedConstSymbol declared, TypeSymbol self, TraitRef trait)
    {
        if (AssociatedConstValues.Of(declared, self) is { } constant) return new ConstValueTarget(constant.Type, constant.Value);
        if (self is not (TypeParameterType or ProjectionType)) return new ConstValueTarget(declared.Type, null);
        if (declared.Type is not (PrimitiveType or ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } }))
        {
            Report(SemanticDiagnostics.UnsupportedFeature(declared.Declaration.Type.Span, "associated consts of this type used in generic code"));
            return new ConstValueTarget(declared.Type, null);
        }
        return new ConstValueTarget(declared.Type, new UnevaluatedConst(declared, self, trait with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }));
    }

    /// <summary>`&lt;S as Shape&gt;::SIDES` used as a value.</summary>
    private BoundExpression CheckQualifiedPathValue(QualifiedPathExpressionSyntax path)
    {
        if (path.Trait is null || path.Rest.Length != 1) return Unsupported(path, "qualified paths used as values other than `<T as Trait>::CONST`");
        var self = ResolveType(path.SelfType);
        var traitSegment = path.Trait.Segments[^1];
        var names = ProgramChecker.IsStdPath(path.Trait.Segments) ? _program.PreludeScope : _scope;
        if (names.LookupTrait(traitSegment.Name.Text) is not { } trait)
        {
            Report(SemanticDiagnostics.UnknownTrait(traitSegment.Name.Span, traitSegment.Name.Text));
            return new BoundErrorExpression(path.Span);
        }
        var member = path.Rest[0].Name;
        var method = trait.FindMethod(member.Text);
        var declared = trait.FindConst(member.Text);
        if (declared is null && method is null)
        {
            Report(SemanticDiagnostics.UnknownTraitItem(member.Span, trait.Name, member.Text));
            return new BoundErrorExpression(path.Span);
        }
        if (self.ContainsError) return new BoundErrorExpression(path.Span);
        var written = traitSegment.GenericArgs.IsDefault ? [] : traitSegment.GenericArgs;
        var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select((_, i) => i < written.Length ? TypeOrFresh(written[i]) : _inference.NewVariable(InferenceKind.General))));
        // `<Sq as Shape>::area` as a value: the trait method's item, with `Self` and the trait's arguments given.
        if (declared is null) return CheckFunctionItem(path.Span, method!, [self, .. traitRef.Arguments], path.Rest[0].GenericArgs);
        _obligations.Add((self, traitRef, path.Span));
        var target = TraitConst(declared, self, traitRef);
        return ConstantExpression(path.Span, target.Type, target.Value);
    }
}
