using System.Collections.Immutable;
using ToyRust.Semantics.Prelude;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Where a written type is resolved: the scope of its item, the `Self` of an enclosing impl or
/// trait, the generic parameters in scope, and (inside an impl) its associated types.
/// </summary>
internal sealed record TypeContext(Scope Scope, TypeSymbol? SelfType)
{
    public ImmutableDictionary<string, GenericParameterSymbol> Generics { get; init; } = ImmutableDictionary<string, GenericParameterSymbol>.Empty;

    public ImplSymbol? Impl { get; init; }

    /// <summary>What an `impl Trait` means here (ProgramChecker.ImplTrait.cs); null where rustc forbids it in "paths".</summary>
    public ImplTraitSite? ImplTraits { get; init; }

    /// <summary>
    /// What `_` means here: in a function body (`let v: Vec<_>`, `collect::<Vec<_>>()`, `as _`) a
    /// fresh inference variable; null in item signatures, where rustc forbids it.
    /// </summary>
    public Func<TypeSymbol>? Placeholder { get; init; }

    public TypeContext WithGenerics(IEnumerable<GenericParameterSymbol> generics) =>
        this with { Generics = Generics.SetItems(generics.Select(g => KeyValuePair.Create(g.Name, g))) };
}

internal sealed partial class ProgramChecker
{
    /// <summary>Resolves a written type; unknown names are reported and become the error type.</summary>
    public TypeSymbol ResolveType(TypeSyntax syntax, TypeContext context)
    {
        switch (syntax)
        {
            case PathTypeSyntax p:
                return ResolvePathType(p, context);
            case TupleTypeSyntax t:
                return new TupleType(new ValueArray<TypeSymbol>(t.Elements.Select(e => SizedPart(e, context))));
            case ReferenceTypeSyntax { Referent: DynTraitTypeSyntax d } r:
                return new ReferenceType(ResolveDynType(d, context), r.IsMutable);
            case ReferenceTypeSyntax r:
                return new ReferenceType(ResolveType(r.Referent, context), r.IsMutable);
            case RawPointerTypeSyntax { Pointee: DynTraitTypeSyntax d } p:
                return new RawPointerType(ResolveDynType(d, context), p.IsMutable);
            case RawPointerTypeSyntax p:
                // `*const str` and `*const [T]` are fat, as the references are (TypeFacts.Metadata).
                return new RawPointerType(ResolveType(p.Pointee, context), p.IsMutable);
            case ArrayTypeSyntax a:
                return new ArrayType(SizedPart(a.Element, context), EvaluateArrayLength(a.Length, context.Scope));
            case NeverTypeSyntax:
                // `!` is stable only as a function's return type (ResolveReturnType); elsewhere it is
                // rustc's unstable never type.
                Report(SemanticDiagnostics.NeverTypeExperimental(syntax.Span));
                return TypeSymbol.Error;
            case DynTraitTypeSyntax:
                return UnsupportedType(syntax, "`dyn Trait` anywhere but behind `&`, `&mut`, a raw pointer, `Box`, `Rc` or `Weak`");
            case ImplTraitTypeSyntax i:
                return ResolveImplTrait(i, context);
            case SliceTypeSyntax s:
                return new SliceType(ResolveType(s.Element, context));
            case FnPointerTypeSyntax f:
                return new FunctionType(
                    new ValueArray<TypeSymbol>([.. f.Parameters.Select(p => SizedPart(p, context))]),
                    f.Return is null ? TypeSymbol.Unit : ResolveType(f.Return, context));
            case InferTypeSyntax when context.Placeholder is { } fresh:
                return fresh();
            case InferTypeSyntax:
                return UnsupportedType(syntax, "`_` in types");
            case QualifiedPathTypeSyntax q:
                return ResolveQualifiedPathType(q, context);
            default:
                throw new InvalidOperationException($"ResolveType does not know {syntax.GetType().Name}");
        }
    }

    /// <summary>An array's element, a tuple's part or a struct's type argument, which must be sized (`[[i32]; 2]` is E0277, as in rustc).</summary>
    private TypeSymbol SizedPart(TypeSyntax syntax, TypeContext context)
    {
        var type = ResolveType(syntax, context);
        if (!TypeFacts.IsUnsized(type)) return type;
        Report(SemanticDiagnostics.NotSized(syntax.Span, type));
        return TypeSymbol.Error;
    }

    /// <summary>A function's return type: `-> !` (a function that never returns) is the one place `!` may be written.</summary>
    public TypeSymbol ResolveReturnType(TypeSyntax? syntax, TypeContext context) => syntax switch
    {
        null => TypeSymbol.Unit,
        NeverTypeSyntax => TypeSymbol.Never,
        _ => ResolveType(syntax, context),
    };

    private ErrorType UnsupportedType(TypeSyntax syntax, string what)
    {
        Report(SemanticDiagnostics.UnsupportedFeature(syntax.Span, what));
        return TypeSymbol.Error;
    }

    private TypeSymbol ResolvePathType(PathTypeSyntax p, TypeContext context)
    {
        var segments = p.Path.Segments;
        if (ResolveAssociatedTypePath(p, context) is { } associated) return associated;
        if (StdModuleOf(segments) is { } module) return ResolveModuleType(segments[^1], context, module) ?? UnknownType(p, isStd: true);
        if (IsStdPath(segments)) return ResolveSimpleType(segments[^1], context, PreludeScope) ?? UnknownType(p, isStd: true);
        return ResolveSimpleType(segments[^1], context) is { } t && segments.Length == 1
            ? t
            : UnknownType(p, isStd: false);
    }

    /// <summary>
    /// The prelude module a type path goes through, `fmt` of `fmt::Result` and `std::fmt::Error`;
    /// null for other paths.
    /// </summary>
    private Scope? StdModuleOf(ImmutableArray<PathSegmentSyntax> segments) =>
        segments.Length == 2 || IsStdPath(segments) && segments.Length > 2 ? PreludeScope.LookupModule(segments[^2].Name.Text) : null;

    /// <summary>A type named through a prelude module: the module's own alias (`fmt::Result`), or a type it sees.</summary>
    private TypeSymbol? ResolveModuleType(PathSegmentSyntax segment, TypeContext context, Scope module)
    {
        if (module.LookupOwnAlias(segment.Name.Text) is not { Type: { } aliased }) return ResolveSimpleType(segment, context, module);
        return ResolveType(aliased, new TypeContext(module, null));
    }

    /// <summary>`std::option::Option&lt;T&gt;`, `std::ops::Add` and friends name prelude items (by their last segment).</summary>
    public static bool IsStdPath(ImmutableArray<PathSegmentSyntax> segments) =>
        segments.Length > 1 && segments[0].Name.Text is "std" or "core";

    /// <summary>
    /// rustc names an unknown type without its arguments and points at the name (`Foo` of
    /// `Foo&lt;i32&gt;`). A standard library type the prelude lacks is not an error in the program:
    /// it gets ToyRust's own message, for the whole type (its arguments are not looked at).
    /// </summary>
    private TypeSymbol UnknownType(PathTypeSyntax p, bool isStd)
    {
        var name = p.Path.Last;
        if ((isStd || p.Path.Segments.Length == 1) && MissingStd.Types.Contains(name.Text))
            Report(SemanticDiagnostics.UnsupportedFeature(p.Span, $"`{name}`"));
        else if (p.Path.Segments.Length == 1)
            Report(SemanticDiagnostics.UnknownType(name.Span, name.Text));
        else
            Report(SemanticDiagnostics.UnknownType(p.Span, p.Path.ToString()));
        return TypeSymbol.Error;
    }

    /// <summary>
    /// A one-segment type: its name looked up in <paramref name="names"/> (default: the context's
    /// scope), its arguments in the context.
    /// </summary>
    private TypeSymbol? ResolveSimpleType(PathSegmentSyntax segment, TypeContext context, Scope? names = null)
    {
        var name = segment.Name.Text;
        if (name == "Self" && context.SelfType is { } self) return self;
        if (context.Generics.TryGetValue(name, out var generic)) return new TypeParameterType(generic);
        if (PrimitiveKindFacts.FromName(name) is { } kind) return new PrimitiveType(kind);
        if ((names ?? context.Scope).LookupType(name) is not { } adt) return null;
        // Every generic parameter is `Sized` (there is no `?Sized` yet): `Option<[i32]>` is E0277. A box
        // or an `Rc` is a pointer, and may point to a trait object as `&` does (`Box<dyn Shape>`).
        var args = segment.GenericArgs.IsDefaultOrEmpty ? [] : segment.GenericArgs
            .Select(a => a is DynTraitTypeSyntax d && adt.CoercesUnsized ? ResolveDynType(d, context) : SizedPart(a, context)).ToImmutableArray();
        if (args.Length != adt.GenericParameters.Length)
        {
            if (args.IsEmpty)
            {
                Report(SemanticDiagnostics.MissingGenerics(segment.Span, adt.IsEnum ? "enum" : "struct", adt.Name, adt.GenericParameters.Length));
                return TypeSymbol.Error;
            }
            Report(SemanticDiagnostics.WrongGenericCount(segment.Span, adt.IsEnum ? "enum" : "struct", adt.GenericParameters.Length, args.Length));
            return TypeSymbol.Error;
        }
        return new AdtType(adt, args);
    }

    /// <summary>`[T; N]`: N is an integer literal or a `usize` const.</summary>
    private long EvaluateArrayLength(ExpressionSyntax length, Scope scope)
    {
        switch (length)
        {
            case IntegerLiteralSyntax lit when lit.Value <= long.MaxValue:
                return (long)lit.Value;
            case PathExpressionSyntax { Path.Segments.Length: 1 } path when scope.LookupConst(path.Path.Last.Text) is { Value: System.Numerics.BigInteger n }:
                return (long)n;
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(length.Span, "array lengths other than integer literals and consts"));
                return 0;
        }
    }

    /// <summary>Resolves a bound `Tr`, `Add&lt;Rhs&gt;`, `Add&lt;Output = T&gt;`; Self-defaulted parameters take <paramref name="self"/>.</summary>
    public TraitRef? ResolveBound(TypeBoundSyntax bound, TypeContext context, TypeSymbol self)
    {
        if (bound.IsMaybe) return null;
        var segment = bound.Trait.Segments[^1];
        var trait = (IsStdPath(bound.Trait.Segments) ? PreludeScope : context.Scope).LookupTrait(segment.Name.Text);
        if (trait is null)
        {
            Report(MissingStd.Traits.Contains(segment.Name.Text)
                ? SemanticDiagnostics.UnsupportedFeature(bound.Span, $"`{segment.Name}`")
                : SemanticDiagnostics.UnknownTrait(segment.Name.Span, segment.Name.Text));
            return null;
        }
        if (segment.FnSugar is { } sugar) return ResolveFnSugar(bound, trait, sugar, context);
        var written = segment.GenericArgs.IsDefaultOrEmpty ? [] : segment.GenericArgs.Select(a => ResolveType(a, context)).ToImmutableArray();
        var declared = trait.GenericParameters.Length - 1;
        var args = ImmutableArray.CreateBuilder<TypeSymbol>();
        for (var i = 0; i < declared; i++)
            args.Add(i < written.Length ? written[i] : trait.ParameterDefaults[i] is null ? TypeSymbol.Error : self);
        var bindings = segment.AssociatedTypeArgs.IsDefaultOrEmpty ? [] : segment.AssociatedTypeArgs.Select(a => new AssociatedTypeBinding(a.Name.Text, ResolveType(a.Type, context))).ToImmutableArray();
        return new TraitRef(trait, args.ToImmutable()) { Bindings = bindings };
    }

    /// <summary>
    /// `Fn(A, B) -> R` is `Fn&lt;(A, B), Output = R&gt;`, and without `-> R` the output is `()`. Only
    /// the `Fn*` traits take the parenthesized form (E0214 otherwise).
    /// </summary>
    private TraitRef? ResolveFnSugar(TypeBoundSyntax bound, TraitSymbol trait, FnSugarSyntax sugar, TypeContext context)
    {
        if (LangItems.KindOf(trait) is null && !IsPreludeFnTrait(trait))
        {
            Report(SemanticDiagnostics.ParenthesizedArgumentsOnNonFnTrait(sugar.Span));
            return null;
        }
        var parameters = new TupleType(new ValueArray<TypeSymbol>(sugar.Parameters.Select(p => ResolveType(p, context))));
        var output = sugar.Return is { } r ? ResolveType(r, context) : TypeSymbol.Unit;
        return new TraitRef(trait, new ValueArray<TypeSymbol>([parameters])) { Bindings = new ValueArray<AssociatedTypeBinding>([new AssociatedTypeBinding(FnOutputName, output)]) };
    }

    /// <summary>
    /// While the prelude is declared its lang items are not defined yet, and its own bounds
    /// (`Iterator::map`'s `F: FnMut(Self::Item) -> B`) are read from the trait's attribute.
    /// </summary>
    private bool IsPreludeFnTrait(TraitSymbol trait) =>
        _inPrelude && trait.Declaration is { } declaration && LangAttributes(declaration)
            .Any(a => a.Value is { } name && LangItems.Definition(name)?.Item is LangItem.Fn or LangItem.FnMut or LangItem.FnOnce);

    /// <summary>The associated type of `FnOnce`: what a call returns.</summary>
    internal const string FnOutputName = "Output";
}
