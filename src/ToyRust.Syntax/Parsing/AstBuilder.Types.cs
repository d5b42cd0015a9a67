using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    // type_: IMPL typeBounds | DYN typeBounds | typeNoBounds
    private TypeSyntax BuildType(Type_Context context) => context switch
    {
        ImplTraitTypeContext i => new ImplTraitTypeSyntax(SpanOf(i), BuildTypeBounds(i.typeBounds())),
        DynTraitTypeContext d => new DynTraitTypeSyntax(SpanOf(d), BuildTypeBounds(d.typeBounds())),
        PlainTypeContext p => BuildTypeNoBounds(p.typeNoBounds()),
        _ => throw new InvalidOperationException("unknown type"),
    };

    private TypeSyntax BuildTypeNoBounds(TypeNoBoundsContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case ParenthesizedOrTupleTypeContext tuple:
            {
                // `(T)` is T; `()`, `(T,)` and `(T, U)` are tuples.
                var elements = tuple.type_();
                if (elements.Length == 1 && tuple.COMMA().Length == 0) return BuildType(elements[0]);
                return new TupleTypeSyntax(span, Map(elements, BuildType));
            }
            case NeverTypeContext:
                return new NeverTypeSyntax(span);
            case InferTypeContext:
                return new InferTypeSyntax(span);
            case ReferenceTypeContext r:
                return new ReferenceTypeSyntax(span, r.MUT() is not null, BuildTypeNoBounds(r.typeNoBounds()));
            case RawPointerTypeContext p:
                return new RawPointerTypeSyntax(span, p.MUT() is not null, BuildTypeNoBounds(p.typeNoBounds()));
            case DoubleReferenceTypeContext r:
            {
                // `&&T` is one token; it means `& &T`.
                var inner = new ReferenceTypeSyntax(TextSpan.FromBounds(span.Start + 1, span.End), r.MUT() is not null, BuildTypeNoBounds(r.typeNoBounds()));
                return new ReferenceTypeSyntax(span, false, inner);
            }
            case ArrayOrSliceTypeContext a:
                return a.expression() is { } length
                    ? new ArrayTypeSyntax(span, BuildType(a.type_()), BuildExpression(length))
                    : new SliceTypeSyntax(span, BuildType(a.type_()));
            case FnPointerTypeContext f:
                return new FnPointerTypeSyntax(span, Map(f.type_(), BuildType), f.typeNoBounds() is { } ret ? BuildTypeNoBounds(ret) : null);
            case QualifiedPathTypeContext q:
            {
                var (self, trait, rest) = BuildQualifiedPath(q.qualifiedPath());
                return new QualifiedPathTypeSyntax(span, self, trait, rest);
            }
            case ImplTraitTypeOneBoundContext i:
                return new ImplTraitTypeSyntax(span, [.. BoundOrEmpty(i.typeBound())]);
            case DynTraitTypeOneBoundContext d:
                return new DynTraitTypeSyntax(span, [.. BoundOrEmpty(d.typeBound())]);
            case PathTypeContext p:
                return new PathTypeSyntax(span, BuildTypePath(p.typePath()));
            default:
                throw new InvalidOperationException("unknown type");
        }
    }

    private TypeSyntax BuildCastType(CastTypeContext context)
    {
        var span = SpanOf(context);
        switch (context)
        {
            case ParenthesizedOrTupleCastTypeContext tuple:
            {
                var elements = tuple.type_();
                if (elements.Length == 1 && tuple.COMMA().Length == 0) return BuildType(elements[0]);
                return new TupleTypeSyntax(span, Map(elements, BuildType));
            }
            case InferCastTypeContext:
                return new InferTypeSyntax(span);
            case ReferenceCastTypeContext r:
                return new ReferenceTypeSyntax(span, r.MUT() is not null, BuildCastType(r.castType()));
            case RawPointerCastTypeContext p:
                return new RawPointerTypeSyntax(span, p.MUT() is not null, BuildCastType(p.castType()));
            case ArrayOrSliceCastTypeContext a:
                return a.expression() is { } length
                    ? new ArrayTypeSyntax(span, BuildType(a.type_()), BuildExpression(length))
                    : new SliceTypeSyntax(span, BuildType(a.type_()));
            case FnPointerCastTypeContext f:
                return new FnPointerTypeSyntax(span, Map(f.type_(), BuildType), f.castType() is { } ret ? BuildCastType(ret) : null);
            case PathCastTypeContext p:
                return new PathTypeSyntax(span, new PathSyntax(SpanOf(p), SimplePathSegments(p.simplePath())));
            default:
                throw new InvalidOperationException("unknown cast type");
        }
    }

    // typeBounds: typeBound (PLUS typeBound)* PLUS?      (lifetime bounds are dropped)
    private ImmutableArray<TypeBoundSyntax> BuildTypeBounds(TypeBoundsContext? context) =>
        context is null ? [] : [.. context.typeBound().SelectMany(BoundOrEmpty)];

    private IEnumerable<TypeBoundSyntax> BoundOrEmpty(TypeBoundContext context)
    {
        switch (context)
        {
            case TraitBoundContext t:
                yield return new TypeBoundSyntax(SpanOf(t), BuildTypePath(t.typePath()), t.QUESTION() is not null);
                break;
            case ParenthesizedTraitBoundContext p:
                yield return new TypeBoundSyntax(SpanOf(p), BuildTypePath(p.typePath()), p.QUESTION() is not null);
                break;
        }
    }

    // typePath: PATHSEP? typePathSegment (PATHSEP typePathSegment)*
    private PathSyntax BuildTypePath(TypePathContext context) =>
        new(SpanOf(context), Map(context.typePathSegment(), BuildTypePathSegment));

    // typePathSegment: pathIdentifier (PATHSEP? genericArgs | PATHSEP? fnSugar)?
    private PathSegmentSyntax BuildTypePathSegment(TypePathSegmentContext context)
    {
        var (types, bindings) = BuildGenericArgs(context.genericArgs());
        FnSugarSyntax? sugar = null;
        if (context.fnSugar() is { } f)
        {
            sugar = new FnSugarSyntax(SpanOf(f), Map(f.type_(), BuildType), f.typeNoBounds() is { } ret ? BuildTypeNoBounds(ret) : null);
        }
        return new PathSegmentSyntax(SpanOf(context), IdentifierOf(context.pathIdentifier()), types, bindings, sugar);
    }

    private static Identifier IdentifierOf(PathIdentifierContext context) => new(context.GetText(), SpanOf(context));

    // genericArgs: LT GT | LT genericArg (COMMA genericArg)* COMMA? GT     (lifetimes are dropped)
    private (ImmutableArray<TypeSyntax> Types, ImmutableArray<AssociatedTypeBindingSyntax> Bindings) BuildGenericArgs(GenericArgsContext? context)
    {
        if (context is null) return ([], []);
        var types = ImmutableArray.CreateBuilder<TypeSyntax>();
        var bindings = ImmutableArray.CreateBuilder<AssociatedTypeBindingSyntax>();
        foreach (var argument in context.genericArg())
        {
            switch (argument)
            {
                case TypeArgContext t:
                    types.Add(BuildType(t.type_()));
                    break;
                case BindingArgContext b:
                    bindings.Add(new AssociatedTypeBindingSyntax(SpanOf(b), IdentifierOf(b.IDENT()), BuildType(b.type_())));
                    break;
            }
        }
        return (types.ToImmutable(), bindings.ToImmutable());
    }

    // qualifiedPath: LT type_ (AS typePath)? GT (PATHSEP pathExprSegment)+
    private (TypeSyntax Self, PathSyntax? Trait, ImmutableArray<PathSegmentSyntax> Segments) BuildQualifiedPath(QualifiedPathContext context) =>
        (BuildType(context.type_()),
         context.typePath() is { } trait ? BuildTypePath(trait) : null,
         Map(context.pathExprSegment(), BuildPathExprSegment));

    // pathExpression: PATHSEP? pathExprSegment (PATHSEP pathExprSegment)*
    private PathSyntax BuildPathExpression(PathExpressionContext context) =>
        new(SpanOf(context), Map(context.pathExprSegment(), BuildPathExprSegment));

    // pathExprSegment: pathIdentifier (PATHSEP genericArgs)?
    private PathSegmentSyntax BuildPathExprSegment(PathExprSegmentContext context)
    {
        var (types, bindings) = BuildGenericArgs(context.genericArgs());
        return new PathSegmentSyntax(SpanOf(context), IdentifierOf(context.pathIdentifier()), types, bindings, null);
    }
}
