using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// An impl method must have its trait method's signature, as rustc's `compare_impl_method`
/// requires: the same kind of `self` (E0185, E0186), as many parameters (E0050), and the same
/// types once the trait's `Self`, its parameters and the method's own generics are replaced by the
/// impl's (E0053). Generic calls go through the trait's signature, so a mismatch that slipped
/// through would pass `&amp;Rect` to a function that takes `Rect`.
/// </summary>
internal sealed partial class ProgramChecker
{
    private void CompareWithTraitMethod(ImplSymbol impl, TraitRef traitRef, FunctionSymbol method, FunctionSymbol required)
    {
        if (method.Declaration is not { } implSyntax || required.Declaration is not { } traitSyntax) return;
        var hasSelf = method.SelfKind != SelfParamKind.None;
        var requiresSelf = required.SelfKind != SelfParamKind.None;
        if (hasSelf != requiresSelf)
        {
            var self = SelfDescription(hasSelf ? implSyntax : traitSyntax);
            Report(hasSelf
                ? SemanticDiagnostics.SelfInImplNotInTrait(Signature(implSyntax), SiteOf(required, () => Signature(traitSyntax)), method.Name, self)
                : SemanticDiagnostics.SelfInTraitNotInImpl(Signature(implSyntax), SiteOf(required, () => Signature(traitSyntax)), method.Name, self));
            return;
        }
        if (method.Parameters.Length != required.Parameters.Length)
        {
            Report(SemanticDiagnostics.TraitParameterCount(ParameterList(implSyntax), SiteOf(required, () => ParameterList(traitSyntax)), method.Name,
                $"{traitRef.Trait.Name}::{required.Name}", method.Parameters.Length, required.Parameters.Length));
            return;
        }
        if (method.OwnGenericCount != required.OwnGenericCount) return;
        var expected = TraitSignatureForImpl(impl, traitRef, method, required);
        var found = ImplSignatureForTrait(impl, method);
        for (var i = 0; i < expected.Parameters.Length; i++)
        {
            if (Agrees(expected.Parameters[i], found.Parameters[i])) continue;
            var span = i == 0 && hasSelf ? implSyntax.SelfParam!.Span : implSyntax.Parameters[i - (hasSelf ? 1 : 0)].Type.Span;
            Report(SemanticDiagnostics.IncompatibleTraitMethod(span, method.Name, expected.Parameters[i], found.Parameters[i],
                RenderSignature(expected.Parameters, null), RenderSignature(found.Parameters, null)));
            return;
        }
        if (!Agrees(expected.Return, found.Return))
        {
            var span = implSyntax.ReturnType?.Span ?? implSyntax.Name.Span;
            Report(SemanticDiagnostics.IncompatibleTraitMethod(span, method.Name, expected.Return, found.Return,
                RenderSignature(expected.Parameters, expected.Return), RenderSignature(found.Parameters, found.Return)));
        }
    }

    private static bool Agrees(TypeSymbol expected, TypeSymbol found) =>
        expected == found || expected.ContainsError || found.ContainsError;

    /// <summary>The trait method's types with `Self`, the trait's parameters and the method's own generics as the impl has them.</summary>
    private static (ImmutableArray<TypeSymbol> Parameters, TypeSymbol Return) TraitSignatureForImpl(
        ImplSymbol impl, TraitRef traitRef, FunctionSymbol method, FunctionSymbol required)
    {
        var own = method.GenericParameters.Skip(method.GenericParameters.Length - method.OwnGenericCount).Select(p => (TypeSymbol)new TypeParameterType(p));
        var arguments = new ValueArray<TypeSymbol>([impl.SelfType, .. traitRef.Arguments, .. own]);
        TypeSymbol Substitute(TypeSymbol t) => GenericSubstitution.Apply(t, required.GenericParameters, arguments);
        return ([.. required.Parameters.Select(p => Substitute(p.Type))], Substitute(required.ReturnType));
    }

    /// <summary>
    /// The impl method's types, with its private copies of the impl's generics (made for a method
    /// `where` clause, see DeclareFunction) mapped back to the impl's own.
    /// </summary>
    private static (ImmutableArray<TypeSymbol> Parameters, TypeSymbol Return) ImplSignatureForTrait(ImplSymbol impl, FunctionSymbol method)
    {
        var copies = method.GenericParameters.Take(impl.GenericParameters.Length).ToImmutableArray();
        var originals = new ValueArray<TypeSymbol>(impl.GenericParameters.Select(p => (TypeSymbol)new TypeParameterType(p)));
        TypeSymbol Substitute(TypeSymbol t) => GenericSubstitution.Apply(t, copies, originals);
        return ([.. method.Parameters.Select(p => Substitute(p.Type))], Substitute(method.ReturnType));
    }

    /// <summary>`fn(&amp;S, i32) -> _` as rustc's "expected signature" note prints it (`_` when the return types agree).</summary>
    /// <summary>A trait method's span in the program, or its signature when it is the prelude's (whose spans are not in the program's file).</summary>
    private static SemanticDiagnostics.TraitMethodSite SiteOf(FunctionSymbol required, Func<TextSpan> span) =>
        required.IsPrelude
            ? new(null, RenderSignature([.. required.Parameters.Select(p => p.Type)], required.ReturnType))
            : new(span(), "");

    private static string RenderSignature(ImmutableArray<TypeSymbol> parameters, TypeSymbol? ret) =>
        $"fn({string.Join(", ", parameters)}) -> {(ret is null ? "_" : ret.ToString())}";

    private static string SelfDescription(FunctionItemSyntax f) => f.SelfParam?.Kind switch
    {
        SelfParamKind.Ref => "&self",
        SelfParamKind.RefMut => "&mut self",
        _ => "self",
    };

    /// <summary>A function's signature as rustc spans it in labels: from `pub fn` (after the attributes) to the return type or `where` clause.</summary>
    internal TextSpan SignatureSpan(FunctionItemSyntax f) => TextSpan.FromBounds(WithoutAttributes(f).Start, Signature(f).End);

    /// <summary>`fn f(&amp;self) -> i32` without the body, or with the `;` of a required method.</summary>
    private TextSpan Signature(FunctionItemSyntax f)
    {
        var end = f.Body is null ? f.Span.End : f.Body.Span.Start;
        while (end > f.Span.Start && char.IsWhiteSpace(Source.Text[end - 1])) end--;
        return TextSpan.FromBounds(f.Span.Start, end);
    }

    /// <summary>From `self` or the first parameter's type to the last type (as rustc marks them); the signature when there are none.</summary>
    private TextSpan ParameterList(FunctionItemSyntax f)
    {
        var spans = (f.SelfParam is null ? [] : new[] { f.SelfParam.Span }).Concat(f.Parameters.Select(p => p.Type.Span)).ToList();
        return spans.Count == 0 ? Signature(f) : TextSpan.FromBounds(spans[0].Start, spans[^1].End);
    }
}
