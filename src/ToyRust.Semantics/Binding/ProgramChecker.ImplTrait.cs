using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// What `impl Trait` means where it is written (<see cref="TypeContext.ImplTraits"/>). As in rustc:
/// <list type="bullet">
/// <item>in a parameter type it is an anonymous generic parameter of the function (argument
/// position): <c>fn show(s: impl Shape)</c> is <c>fn show&lt;impl Shape: Shape&gt;(s: impl Shape)</c>,
/// its parameter named as written; calls infer it and a turbofish cannot give it (E0107);</item>
/// <item>in the return type it is an opaque type (<see cref="OpaqueType"/>, return position): the
/// body decides the hidden type, callers see only the bounds;</item>
/// <item>anywhere else it is E0562 ("is not allowed in the type of variable bindings", …), and
/// inside another `impl Trait`'s bounds E0666.</item>
/// </list>
/// </summary>
internal abstract class ImplTraitSite
{
    /// <summary>Where `impl Trait` is E0562; <see cref="Position"/> is rustc's name of the place.</summary>
    public sealed class Forbidden(string position) : ImplTraitSite
    {
        public string Position { get; } = position;
    }

    /// <summary>Inside the bounds of an `impl Trait`: E0666.</summary>
    public sealed class Nested(TextSpan outer) : ImplTraitSite
    {
        public TextSpan Outer { get; } = outer;
    }

    /// <summary>Rust allows it here, ToyRust does not yet.</summary>
    public sealed class Unsupported(string where) : ImplTraitSite
    {
        public string Where { get; } = where;
    }

    /// <summary>A function's parameter types: each `impl Trait` declares a generic parameter, numbered from <paramref name="firstIndex"/>.</summary>
    public sealed class Parameters(int firstIndex) : ImplTraitSite
    {
        public List<GenericParameterSymbol> Declared { get; } = [];

        public int NextIndex => firstIndex + Declared.Count;
    }

    /// <summary>A function's return type: each `impl Trait` is an opaque type at the function's own generic parameters.</summary>
    public sealed class Return(ValueArray<TypeSymbol> identity) : ImplTraitSite
    {
        public ValueArray<TypeSymbol> Identity { get; } = identity;

        public List<OpaqueSymbol> Declared { get; } = [];
    }

    public static readonly Forbidden VariableBindings = new("the type of variable bindings");
    public static readonly Forbidden FieldTypes = new("field types");
    public static readonly Forbidden ConstTypes = new("const types");
    public static readonly Forbidden ImplHeaders = new("impl headers");
    public static readonly Forbidden CastTypes = new("cast expression types");
    public static readonly Forbidden Paths = new("paths");
    public static readonly Unsupported InBounds = new("in the bounds of a function's generic parameters");
}

internal sealed partial class ProgramChecker
{
    /// <summary>Every opaque type of the program, for the check that none is its own hidden type.</summary>
    private readonly List<OpaqueSymbol> _opaques = [];

    private TypeSymbol ResolveImplTrait(ImplTraitTypeSyntax syntax, TypeContext context)
    {
        switch (context.ImplTraits)
        {
            case ImplTraitSite.Parameters parameters:
                return DeclareImplTraitParameter(syntax, context, parameters);
            case ImplTraitSite.Return ret:
                return DeclareOpaque(syntax, context, ret);
            case ImplTraitSite.Nested nested:
                Report(SemanticDiagnostics.NestedImplTrait(syntax.Span, nested.Outer));
                return TypeSymbol.Error;
            case ImplTraitSite.Unsupported unsupported:
                return UnsupportedType(syntax, "`impl Trait` " + unsupported.Where);
            case ImplTraitSite.Forbidden forbidden:
                Report(SemanticDiagnostics.ImplTraitNotAllowed(syntax.Span, forbidden.Position));
                return TypeSymbol.Error;
            default:
                Report(SemanticDiagnostics.ImplTraitNotAllowed(syntax.Span, ImplTraitSite.Paths.Position));
                return TypeSymbol.Error;
        }
    }

    /// <summary>`s: impl Shape`: a generic parameter named `impl Shape`, bounded by what is written.</summary>
    private TypeParameterType DeclareImplTraitParameter(ImplTraitTypeSyntax syntax, TypeContext context, ImplTraitSite.Parameters site)
    {
        var parameter = new GenericParameterSymbol(SyntaxPrinter.Print(syntax), site.NextIndex);
        var self = new TypeParameterType(parameter);
        parameter.AddBounds(ImplTraitBounds(syntax, context, self));
        site.Declared.Add(parameter);
        return self;
    }

    /// <summary>`-> impl Shape`: an opaque type whose bounds have the opaque type itself as `Self`.</summary>
    private OpaqueType DeclareOpaque(ImplTraitTypeSyntax syntax, TypeContext context, ImplTraitSite.Return site)
    {
        var opaque = new OpaqueSymbol(SyntaxPrinter.Print(syntax), syntax.Span);
        var self = new OpaqueType(opaque, site.Identity);
        opaque.Bounds = ImplTraitBounds(syntax, context, self);
        site.Declared.Add(opaque);
        _opaques.Add(opaque);
        return self;
    }

    private ImmutableArray<TraitRef> ImplTraitBounds(ImplTraitTypeSyntax syntax, TypeContext context, TypeSymbol self)
    {
        var inner = context with { ImplTraits = new ImplTraitSite.Nested(syntax.Span) };
        return [.. syntax.Bounds.Select(b => ResolveBound(b, inner, self)).OfType<TraitRef>()];
    }

    /// <summary>What an `impl Trait` in the return type of this function is: trait methods' are not supported yet.</summary>
    private static ImplTraitSite ReturnSite(ImmutableArray<GenericParameterSymbol> generics, ImplSymbol? owner, TraitSymbol? trait) =>
        trait is not null || owner?.Trait is not null
            ? new ImplTraitSite.Unsupported("in the return type of a trait's method")
            : new ImplTraitSite.Return(new ValueArray<TypeSymbol>(generics.Select(g => (TypeSymbol)new TypeParameterType(g))));

    /// <summary>The opaque types of a function's return type belong to it once it is declared.</summary>
    private static ImmutableArray<OpaqueSymbol> OwnOpaques(ImplTraitSite site) =>
        site is ImplTraitSite.Return ret ? [.. ret.Declared] : [];

    /// <summary>
    /// After every body is checked: an opaque type whose hidden type leads back to itself through
    /// other opaque types (`g` returns `h()`, `h` returns `g()`) has no type at all (E0720).
    /// (A body cannot name its own opaque type at its own parameters: a recursive call returns
    /// the hidden type being inferred, see FunctionChecker.ImplTrait.cs.)
    /// </summary>
    private void CheckOpaqueCycles()
    {
        foreach (var opaque in _opaques)
        {
            if (ReachesItself(opaque, opaque, [])) Report(SemanticDiagnostics.RecursiveOpaqueType(opaque.Span));
        }
    }

    private static bool ReachesItself(OpaqueSymbol start, OpaqueSymbol at, HashSet<OpaqueSymbol> seen)
    {
        if (at.Hidden is not { } hidden || !seen.Add(at)) return false;
        return OpaqueTypes.In(hidden).Any(o => ReferenceEquals(o.Opaque, start) || ReachesItself(start, o.Opaque, seen));
    }
}
