using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `dyn Trait` types and the dyn-compatibility check (rustc's object safety, E0038).
///
/// A written `dyn Shape` resolves to a <see cref="DynType"/> at once, but whether `Shape` is dyn
/// compatible depends on its methods, which may not be declared yet (a signature may name a trait
/// declared further down). So each use is queued and checked by <see cref="CheckDynUses"/> once
/// the items of the file (and later those of each body) are declared. A trait is dyn compatible
/// when every method of it and of its supertraits either has `where Self: Sized` or can be called
/// through a vtable: it takes `self` by reference, has no type parameters of its own, and does not
/// mention `Self` in its parameters or return type.
/// </summary>
internal sealed partial class ProgramChecker
{
    private readonly List<(TextSpan Span, TextSpan TraitSpan, TraitRef Trait)> _dynUses = [];

    /// <summary>Whether the program names a `dyn` type anywhere: only then can a value of one appear (FunctionChecker.CheckSized).</summary>
    public bool UsesDynTypes { get; private set; }

    /// <summary>`dyn Shape`: one trait, the principal; more bounds or a std trait other than `Fn`/`FnMut` are not supported yet.</summary>
    public TypeSymbol ResolveDynType(DynTraitTypeSyntax syntax, TypeContext context)
    {
        var bounds = syntax.Bounds.Where(b => !b.IsMaybe).ToList();
        if (bounds.Count != 1) return UnsupportedType(syntax, "`dyn` types with more than one trait");
        if (ResolveBound(bounds[0], context, TypeSymbol.Error) is not { } principal) return TypeSymbol.Error;
        if (principal.Trait.IsPrelude && !principal.Trait.IsFnTrait) return UnsupportedType(syntax, "`dyn` of a standard library trait");
        _dynUses.Add((syntax.Span, bounds[0].Span, principal));
        UsesDynTypes = true;
        return new DynType(principal);
    }

    /// <summary>Reports E0038 for each queued use of a trait that is not dyn compatible.</summary>
    private void CheckDynUses()
    {
        foreach (var (span, traitSpan, principal) in _dynUses)
        {
            // `dyn Fn(i32) -> i32` names its output, and `call_once` gets rustc's vtable shim.
            if (principal.Trait.IsFnTrait) continue;
            if (!CheckDynAssociatedTypes(traitSpan, span, principal)) continue;
            var violations = VtableLayout.Elaborate(principal).SelectMany(t => Violations(t.Trait)).ToList();
            if (violations.Count > 0) Report(SemanticDiagnostics.NotDynCompatible(span, principal.Trait, violations));
            else if (ByValueSelfMethod(principal) is { } byValue)
                Report(SemanticDiagnostics.UnsupportedFeature(span, $"`dyn {principal.Trait.Name}`, whose method `{byValue.Name}` takes `self` by value,"));
        }
        _dynUses.Clear();
    }

    /// <summary>rustc also puts a by-value `self` method in the vtable, behind a shim ToyRust does not make.</summary>
    private static FunctionSymbol? ByValueSelfMethod(TraitRef principal) =>
        VtableLayout.Elaborate(principal).SelectMany(t => VtableLayout.OwnMethods(t.Trait)).FirstOrDefault(m => m.SelfKind == SelfParamKind.Value);

    /// <summary>Why one trait keeps itself from being dyn compatible: its supertraits, then its methods in declaration order.</summary>
    private IEnumerable<DynViolation> Violations(TraitSymbol trait) => SupertraitViolations(trait).Concat(MethodViolations(trait));

    /// <summary>
    /// `trait Shape: PartialEq` is `PartialEq&lt;Self&gt;`: a supertrait that takes `Self` as an
    /// argument; and `trait Shape: Sized`, which no trait object can be.
    /// </summary>
    private IEnumerable<DynViolation> SupertraitViolations(TraitSymbol trait)
    {
        if (trait.Declaration is not { } declaration) yield break;
        var written = declaration.Supertraits.Where(b => !b.IsMaybe).ToList();
        for (var i = 0; i < trait.Supertraits.Length; i++)
        {
            var span = written.Count == trait.Supertraits.Length ? written[i].Span : declaration.Name.Span;
            if (IsSized(trait.Supertraits[i]))
                yield return new DynViolation(trait, span, "...because it requires `Self: Sized`");
            else if (trait.Supertraits[i].Arguments.Any(a => MentionsSelf(a, trait.SelfParameter)))
                yield return new DynViolation(trait, span, "...because it uses `Self` as a type parameter");
        }
    }

    private static IEnumerable<DynViolation> MethodViolations(TraitSymbol trait)
    {
        foreach (var method in trait.Methods.Where(m => !m.RequiresSizedSelf && m.Declaration is not null))
        {
            var f = method.Declaration!;
            var self = trait.SelfParameter;
            if (!method.IsMethod)
                yield return new DynViolation(trait, f.Name.Span, $"...because associated function `{f.Name.Text}` has no `self` parameter");
            else if (method.OwnGenericCount > 0)
                yield return new DynViolation(trait, f.Name.Span, $"...because method `{f.Name.Text}` has generic type parameters");
            else if (f.ReturnType is { } ret && MentionsSelf(method.ReturnType, self))
                yield return new DynViolation(trait, ret.Span, $"...because method `{f.Name.Text}` references the `Self` type in its return type");
            else if (f.Parameters.FirstOrDefault(p => MentionsSelf(method.Parameters[1 + f.Parameters.IndexOf(p)].Type, self)) is { } parameter)
                yield return new DynViolation(trait, parameter.Type.Span, $"...because method `{f.Name.Text}` references the `Self` type in this parameter");
        }
    }

    private static bool MentionsSelf(TypeSymbol type, GenericParameterSymbol self)
    {
        var found = false;
        TypeFold.Map(type, part =>
        {
            found |= part is TypeParameterType p && ReferenceEquals(p.Parameter, self);
            return null;
        });
        return found;
    }
}

/// <summary>One reason a trait is not dyn compatible: the span rustc points at and its label.</summary>
internal sealed record DynViolation(TraitSymbol Trait, TextSpan Span, string Label);
