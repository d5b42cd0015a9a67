using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Written associated types. Each becomes a <see cref="ProjectionType"/>, normalized at once
/// (<see cref="Projections"/>): it stays a projection only while its self type is generic and no
/// bound fixes it.
/// <code>
/// Self::Item            in an impl of Container  →  the impl's `type Item = …`
/// Self::Item            in trait Container       →  &lt;Self as Container&gt;::Item
/// T::Item               T: Container             →  &lt;T as Container&gt;::Item   (the bound that declares `Item`)
/// T::Item               T: Container&lt;Item = u8&gt; →  u8
/// &lt;T as Container&gt;::Item                         →  as written
/// </code>
/// Errors as rustc's: E0220 for a name no bound's trait declares, E0437 for an impl's `type`
/// that its trait does not declare, E0271 when a bound's `Item = X` does not hold.
/// </summary>
internal sealed partial class ProgramChecker
{
    /// <summary>`X::Name` in type position, or null when X is not a type parameter or `Self` of a trait or impl.</summary>
    private TypeSymbol? ResolveAssociatedTypePath(PathTypeSyntax p, TypeContext context)
    {
        var segments = p.Path.Segments;
        if (segments.Length != 2 || IsStdPath(segments)) return null;
        var name = segments[1].Name;
        if (segments[0].Name.Text == "Self" && context.Impl is { } impl)
        {
            if (impl.AssociatedTypes.TryGetValue(name.Text, out var associated)) return associated;
            if (impl.Trait is { } implemented && implemented.Trait.AssociatedTypes.Contains(name.Text))
                return Projections.Normalize(new ProjectionType(impl.SelfType, implemented with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }, name.Text));
            Report(SemanticDiagnostics.AssociatedTypeNotFound(name.Span, name.Text, "Self"));
            return TypeSymbol.Error;
        }
        if (segments[0].GenericArgs is { IsDefaultOrEmpty: false } || ResolveSimpleType(segments[0], context) is not TypeParameterType param) return null;
        var declaring = TraitSolver.BoundsOf(param.Parameter).FirstOrDefault(b => b.Trait.AssociatedTypes.Contains(name.Text));
        if (declaring is null)
        {
            Report(SemanticDiagnostics.AssociatedTypeNotFound(name.Span, name.Text, segments[0].Name.Text));
            return TypeSymbol.Error;
        }
        return Projections.Normalize(new ProjectionType(param, declaring with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }, name.Text));
    }

    /// <summary>`&lt;T as Trait&gt;::Name`; `&lt;T&gt;::Name` and longer paths are not supported.</summary>
    private TypeSymbol ResolveQualifiedPathType(QualifiedPathTypeSyntax q, TypeContext context)
    {
        if (q.Trait is null || q.Rest.Length != 1) return UnsupportedType(q, "qualified paths in types other than `<T as Trait>::Name`");
        var self = ResolveType(q.SelfType, context);
        if (ResolveBound(new TypeBoundSyntax(q.Trait.Span, q.Trait, false), context, self) is not { } trait || self.ContainsError) return TypeSymbol.Error;
        var name = q.Rest[0].Name;
        if (!trait.Trait.AssociatedTypes.Contains(name.Text))
        {
            Report(SemanticDiagnostics.AssociatedTypeNotInTrait(name.Span, name.Text, trait.Trait.Name));
            return TypeSymbol.Error;
        }
        return Projections.Normalize(new ProjectionType(self, trait with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }, name.Text));
    }

    /// <summary>
    /// The associated types an impl leaves out (E0046, reported with its missing methods) are the
    /// error type, so that signatures naming them report nothing more.
    /// </summary>
    private static List<string> FillMissingAssociatedTypes(ImplSymbol impl)
    {
        if (impl.Trait is not { } implemented) return [];
        var missing = implemented.Trait.AssociatedTypes.Where(t => !impl.AssociatedTypes.ContainsKey(t)).ToList();
        foreach (var name in missing) impl.AssociatedTypes[name] = TypeSymbol.Error;
        return missing;
    }

    /// <summary>A trait object fixes each associated type of its trait (E0191); ToyRust has no `dyn Tr&lt;Item = X&gt;` yet.</summary>
    private bool CheckDynAssociatedTypes(TextSpan traitSpan, TextSpan span, TraitRef principal)
    {
        foreach (var trait in VtableLayout.Elaborate(principal))
        {
            if (trait.Trait.AssociatedTypes.IsEmpty) continue;
            if (principal.Bindings.Count > 0)
                Report(SemanticDiagnostics.UnsupportedFeature(span, "`dyn` types with associated type bindings"));
            else
                Report(SemanticDiagnostics.DynAssociatedTypeUnspecified(traitSpan, trait.Trait.AssociatedTypes[0], trait.Trait.Name));
            return false;
        }
        return true;
    }

    /// <summary>An impl's `type Name = …;`: the name must be one its trait declares (E0437).</summary>
    private void DeclareImplAssociatedType(ImplSymbol impl, TypeAliasItemSyntax alias, TypeContext context)
    {
        if (impl.Trait is null)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(alias.Span, "inherent associated types"));
            return;
        }
        if (!impl.Trait.Trait.AssociatedTypes.Contains(alias.Name.Text))
        {
            Report(SemanticDiagnostics.NotATraitAssociatedType(alias.Span, alias.Name.Text, impl.Trait.Trait.Name));
            return;
        }
        if (alias.Type is not null) impl.AssociatedTypes[alias.Name.Text] = ResolveType(alias.Type, context);
    }
}
