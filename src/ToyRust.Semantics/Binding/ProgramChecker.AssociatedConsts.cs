using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Associated consts. A trait declares them (with or without a default value); each impl gets
/// every one of them with a value, evaluated when the impl is declared:
/// <code>
/// trait Shape { const SIDES: u32; const NAME: &amp;str = "shape"; }
/// impl Shape for Square { const SIDES: u32 = 4; }   →  Square's consts: SIDES = 4, NAME = "shape"
/// impl Square { const K: i32 = 3; }                 →  an inherent const, `Square::K`
/// </code>
/// A default is evaluated once per impl, with `Self` the impl's type, so it may use the impl's
/// own consts (`const TWICE: u32 = Self::SIDES * 2;`). Uses in bodies are resolved by
/// FunctionChecker.AssociatedConsts. Errors as rustc's: E0046 for a missing const without a
/// default, E0438 for a const that the trait does not declare.
/// </summary>
internal sealed partial class ProgramChecker
{
    /// <summary>A trait's `const NAME: T (= default)?;`: its type must not mention `Self` or the trait's parameters.</summary>
    private AssociatedConstSymbol? DeclareTraitConst(TraitSymbol trait, ConstItemSyntax c, TypeContext context)
    {
        var type = ResolveType(c.Type, context);
        if (type.ContainsError) return null;
        if (!type.IsConcrete)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(c.Type.Span, "associated consts whose type mentions `Self` or a generic parameter"));
            return null;
        }
        return new AssociatedConstSymbol(trait, c.Name.Text, type, c);
    }

    /// <summary>
    /// The consts an impl writes, then (for a trait impl) the defaults it takes, in the trait's
    /// order. Returns the names of the trait's consts that have neither (E0046).
    /// </summary>
    private List<string> DeclareImplConsts(ImplSymbol impl, ImplItemSyntax syntax, TypeContext context)
    {
        foreach (var c in syntax.Items.OfType<ConstItemSyntax>())
        {
            var declared = impl.Trait?.Trait.FindConst(c.Name.Text);
            if (impl.Trait is { } implemented && declared is null)
            {
                Report(SemanticDiagnostics.NotATraitConst(c.Span, c.Name.Text, implemented.Trait.Name));
                continue;
            }
            if (impl.Consts.ContainsKey(c.Name.Text))
            {
                Report(SemanticDiagnostics.DuplicateAssociated(c.Name.Span, c.Name.Text));
                continue;
            }
            var type = declared?.Type ?? ResolveType(c.Type, context);
            if (c.Value is null) continue;
            impl.Consts[c.Name.Text] = EvaluateImplConst(impl, c.Name.Text, c.Value, type, c, context);
        }
        if (impl.Trait is not { } trait) return [];
        var missing = new List<string>();
        foreach (var required in trait.Trait.Consts.Where(k => !impl.Consts.ContainsKey(k.Name)))
        {
            if (required.Declaration.Value is { } value)
                impl.Consts[required.Name] = EvaluateImplConst(impl, required.Name, value, required.Type, required.Declaration, context);
            else
                missing.Add(required.Name);
        }
        return missing;
    }

    /// <summary>One const's value, checked as the initializer of a const of the impl (so `Self::K` names the impl's consts).</summary>
    private ConstSymbol EvaluateImplConst(ImplSymbol impl, string name, ExpressionSyntax value, TypeSymbol type, ConstItemSyntax c, TypeContext context)
    {
        var owner = new FunctionSymbol(name, [], type, null)
        {
            ImplSelfType = impl.SelfType,
            OwningImpl = impl,
            GenericParameters = impl.GenericParameters,
        };
        var checker = new FunctionChecker(this, owner, context.Scope);
        var bound = checker.CheckConstInitializer(value, type);
        var result = ConstEvaluator.Evaluate(bound, out var failure);
        if (result is null && failure is not null) Report(failure);
        return new ConstSymbol(name, type, result, c.Span);
    }
}
