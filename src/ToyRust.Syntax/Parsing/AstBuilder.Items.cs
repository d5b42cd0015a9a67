using System.Collections.Immutable;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using static ToyRust.Syntax.Generated.ToyRustParser;

namespace ToyRust.Syntax.Parsing;

internal sealed partial class AstBuilder
{
    // item: outerAttribute* visibility? itemKind
    public ItemSyntax BuildItem(ItemContext context)
    {
        var attributes = BuildAttributes(context.outerAttribute());
        var isPublic = context.visibility() is not null;
        var span = SpanOf(context);
        var kind = context.itemKind();
        if (kind.function() is { } function) return BuildFunction(function, span, attributes, isPublic);
        if (kind.structItem() is { } structItem) return BuildStruct(structItem, span, attributes, isPublic);
        if (kind.enumItem() is { } enumItem) return BuildEnum(enumItem, span, attributes, isPublic);
        if (kind.implItem() is { } implItem) return BuildImpl(implItem, span, attributes);
        if (kind.traitItem() is { } traitItem) return BuildTrait(traitItem, span, attributes, isPublic);
        if (kind.constItem() is { } constItem) return BuildConst(constItem, span, attributes, isPublic);
        if (kind.staticItem() is { } staticItem) return BuildStatic(staticItem, span, attributes, isPublic);
        if (kind.typeAlias() is { } typeAlias) return BuildTypeAlias(typeAlias, span, attributes, isPublic);
        if (kind.useItem() is { } useItem) return BuildUse(useItem, span, attributes, isPublic);
        return BuildModule(kind.moduleItem(), span, attributes, isPublic);
    }

    // associatedItem: outerAttribute* visibility? (function | constItem | typeAlias)
    private ItemSyntax BuildAssociatedItem(AssociatedItemContext context)
    {
        var attributes = BuildAttributes(context.outerAttribute());
        var isPublic = context.visibility() is not null;
        var span = SpanOf(context);
        if (context.function() is { } function) return BuildFunction(function, span, attributes, isPublic);
        if (context.constItem() is { } constItem) return BuildConst(constItem, span, attributes, isPublic);
        return BuildTypeAlias(context.typeAlias(), span, attributes, isPublic);
    }

    // function: CONST? UNSAFE? FN IDENT genericParams? LPAREN functionParameters? RPAREN (RARROW type_)? whereClause? (blockExpression | SEMI)
    private FunctionItemSyntax BuildFunction(FunctionContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var name = IdentifierOf(context.IDENT());
        var generics = BuildGenerics(context.genericParams(), context.whereClause(), name.Span.End);
        SelfParamSyntax? selfParam = null;
        var parameters = ImmutableArray<ParameterSyntax>.Empty;
        if (context.functionParameters() is { } list)
        {
            if (list.selfParam() is { } self) selfParam = BuildSelfParam(self);
            parameters = Map(list.functionParam(), BuildParameter);
        }
        var returnType = context.type_() is { } type ? BuildType(type) : null;
        var body = context.blockExpression() is { } block ? BuildBlock(block, null, SpanOf(block)) : null;
        return new FunctionItemSyntax(span, attributes, isPublic, name, generics, selfParam, parameters, returnType, body, context.UNSAFE() is not null);
    }

    // selfParam: AND LIFETIME? MUT? SELF | MUT? SELF (COLON type_)?
    private SelfParamSyntax BuildSelfParam(SelfParamContext context) => context switch
    {
        RefSelfParamContext r => new SelfParamSyntax(SpanOf(r), r.MUT() is null ? SelfParamKind.Ref : SelfParamKind.RefMut, false, null),
        ValueSelfParamContext v => new SelfParamSyntax(SpanOf(v), SelfParamKind.Value, v.MUT() is not null, v.type_() is { } t ? BuildType(t) : null),
        _ => throw new InvalidOperationException("unknown self parameter"),
    };

    // functionParam: outerAttribute* patternNoTopAlt COLON type_
    private ParameterSyntax BuildParameter(FunctionParamContext context) =>
        new(SpanOf(context), BuildPattern(context.patternNoTopAlt()), BuildType(context.type_()));

    private StructItemSyntax BuildStruct(StructItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        switch (context)
        {
            case NamedStructContext named:
            {
                var name = IdentifierOf(named.IDENT());
                var generics = BuildGenerics(named.genericParams(), named.whereClause(), name.Span.End);
                return new StructItemSyntax(span, attributes, isPublic, name, generics, StructKind.Named, BuildNamedFields(named.structFields()));
            }
            case TupleStructContext tuple:
            {
                var name = IdentifierOf(tuple.IDENT());
                var generics = BuildGenerics(tuple.genericParams(), tuple.whereClause(), name.Span.End);
                return new StructItemSyntax(span, attributes, isPublic, name, generics, StructKind.Tuple, BuildTupleFields(tuple.tupleFields()));
            }
            default:
            {
                var unit = (UnitStructContext)context;
                var name = IdentifierOf(unit.IDENT());
                var generics = BuildGenerics(unit.genericParams(), unit.whereClause(), name.Span.End);
                return new StructItemSyntax(span, attributes, isPublic, name, generics, StructKind.Unit, []);
            }
        }
    }

    // structFields: structField (COMMA structField)* COMMA?     structField: outerAttribute* visibility? IDENT COLON type_
    private ImmutableArray<FieldSyntax> BuildNamedFields(StructFieldsContext? context) =>
        context is null
            ? []
            : Map(context.structField(), f => new FieldSyntax(SpanOf(f), f.visibility() is not null, IdentifierOf(f.IDENT()), BuildType(f.type_())));

    // tupleFields: tupleField (COMMA tupleField)* COMMA?       tupleField: outerAttribute* visibility? type_
    private ImmutableArray<FieldSyntax> BuildTupleFields(TupleFieldsContext? context) =>
        context is null
            ? []
            : Map(context.tupleField(), f => new FieldSyntax(SpanOf(f), f.visibility() is not null, null, BuildType(f.type_())));

    // enumItem: ENUM IDENT genericParams? whereClause? LBRACE (variant (COMMA variant)* COMMA?)? RBRACE
    private EnumItemSyntax BuildEnum(EnumItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var name = IdentifierOf(context.IDENT());
        var generics = BuildGenerics(context.genericParams(), context.whereClause(), name.Span.End);
        return new EnumItemSyntax(span, attributes, isPublic, name, generics, Map(context.variant(), BuildVariant));
    }

    // variant: outerAttribute* visibility? IDENT (LBRACE structFields? RBRACE | LPAREN tupleFields? RPAREN)? (EQ expression)?
    private VariantSyntax BuildVariant(VariantContext context)
    {
        var (kind, fields) = context.LBRACE() is not null ? (StructKind.Named, BuildNamedFields(context.structFields()))
            : context.LPAREN() is not null ? (StructKind.Tuple, BuildTupleFields(context.tupleFields()))
            : (StructKind.Unit, ImmutableArray<FieldSyntax>.Empty);
        var discriminant = context.expression() is { } e ? BuildExpression(e) : null;
        return new VariantSyntax(SpanOf(context), IdentifierOf(context.IDENT()), kind, fields, discriminant);
    }

    // implItem: IMPL genericParams? (typePath FOR)? type_ whereClause? LBRACE innerAttribute* associatedItem* RBRACE
    private ImplItemSyntax BuildImpl(ImplItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes)
    {
        var generics = BuildGenerics(context.genericParams(), context.whereClause(), SpanOf(context.IMPL()).End);
        var trait = context.typePath() is { } path ? BuildTypePath(path) : null;
        var selfType = BuildType(context.type_());
        return new ImplItemSyntax(span, attributes, generics, trait, selfType, Map(context.associatedItem(), BuildAssociatedItem));
    }

    // traitItem: TRAIT IDENT genericParams? (COLON typeBounds?)? whereClause? LBRACE innerAttribute* associatedItem* RBRACE
    private TraitItemSyntax BuildTrait(TraitItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var name = IdentifierOf(context.IDENT());
        var generics = BuildGenerics(context.genericParams(), context.whereClause(), name.Span.End);
        var supertraits = BuildTypeBounds(context.typeBounds());
        return new TraitItemSyntax(span, attributes, isPublic, name, generics, supertraits, Map(context.associatedItem(), BuildAssociatedItem));
    }

    // constItem: CONST (IDENT | UNDERSCORE) COLON type_ (EQ expression)? SEMI
    private ConstItemSyntax BuildConst(ConstItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var name = context.IDENT() is { } ident ? IdentifierOf(ident) : IdentifierOf(context.UNDERSCORE());
        var value = context.expression() is { } e ? BuildExpression(e) : null;
        return new ConstItemSyntax(span, attributes, isPublic, name, BuildType(context.type_()), value);
    }

    // staticItem: STATIC MUT? IDENT COLON type_ EQ expression SEMI
    private StaticItemSyntax BuildStatic(StaticItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic) =>
        new(span, attributes, isPublic, context.MUT() is not null, IdentifierOf(context.IDENT()), BuildType(context.type_()), BuildExpression(context.expression()));

    // typeAlias: TYPE IDENT genericParams? (COLON typeBounds?)? whereClause? (EQ type_)? SEMI
    private TypeAliasItemSyntax BuildTypeAlias(TypeAliasContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var name = IdentifierOf(context.IDENT());
        var generics = BuildGenerics(context.genericParams(), context.whereClause(), name.Span.End);
        var type = context.type_() is { } t ? BuildType(t) : null;
        return new TypeAliasItemSyntax(span, attributes, isPublic, name, generics, BuildTypeBounds(context.typeBounds()), type);
    }

    // moduleItem: MOD IDENT LBRACE innerAttribute* item* RBRACE
    private ModuleItemSyntax BuildModule(ModuleItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic) =>
        new(span, attributes, isPublic, IdentifierOf(context.IDENT()), Map(context.item(), BuildItem));

    // useItem: USE useTree SEMI
    private UseItemSyntax BuildUse(UseItemContext context, TextSpan span, ImmutableArray<AttributeSyntax> attributes, bool isPublic)
    {
        var entries = ImmutableArray.CreateBuilder<UseEntrySyntax>();
        FlattenUseTree(context.useTree(), [], entries);
        return new UseItemSyntax(span, attributes, isPublic, entries.ToImmutable());
    }

    /// <summary>
    /// `use a::{b, c::{d as e, *}}` → `a::b`, `a::c::d as e`, `a::c::*`. A `self` inside braces
    /// names the prefix itself: `use a::{self}` → `a`.
    /// </summary>
    private static void FlattenUseTree(UseTreeContext tree, ImmutableArray<PathSegmentSyntax> prefix, ImmutableArray<UseEntrySyntax>.Builder entries)
    {
        switch (tree)
        {
            case GlobUseContext glob:
            {
                var path = prefix.AddRange(SimplePathSegments(glob.simplePath()));
                entries.Add(new UseEntrySyntax(SpanOf(glob), PathOf(path, SpanOf(glob)), null, IsGlob: true));
                break;
            }
            case GroupUseContext group:
            {
                var path = prefix.AddRange(SimplePathSegments(group.simplePath()));
                foreach (var child in group.useTree()) FlattenUseTree(child, path, entries);
                break;
            }
            case SimpleUseContext simple:
            {
                var segments = SimplePathSegments(simple.simplePath());
                if (segments is [{ Name.Text: "self" }] && prefix.Length > 0) segments = [];
                var path = prefix.AddRange(segments);
                Identifier? alias = simple.IDENT() is { } ident ? IdentifierOf(ident)
                    : simple.UNDERSCORE() is { } underscore ? IdentifierOf(underscore) : null;
                entries.Add(new UseEntrySyntax(SpanOf(simple), PathOf(path, SpanOf(simple)), alias, IsGlob: false));
                break;
            }
        }
    }

    private static PathSyntax PathOf(ImmutableArray<PathSegmentSyntax> segments, TextSpan fallback) =>
        new(segments.IsEmpty ? fallback : Cover(segments[0].Span, segments[^1].Span), segments);

    // simplePath: PATHSEP? pathIdentifier (PATHSEP pathIdentifier)*
    private static ImmutableArray<PathSegmentSyntax> SimplePathSegments(SimplePathContext? context) =>
        context is null
            ? []
            : Map(context.pathIdentifier(), p => new PathSegmentSyntax(SpanOf(p), new Identifier(p.GetText(), SpanOf(p)), [], [], null));

    // genericParams: LT (genericParam (COMMA genericParam)* COMMA?)? GT      whereClause: WHERE ...
    private GenericsSyntax BuildGenerics(GenericParamsContext? parameters, WhereClauseContext? where, int fallbackPosition)
    {
        if (parameters is null && where is null) return GenericsSyntax.Empty(new TextSpan(fallbackPosition, 0));
        var span = parameters is not null && where is not null ? Cover(SpanOf(parameters), SpanOf(where))
            : SpanOf((Antlr4.Runtime.ParserRuleContext?)parameters ?? where!);
        ImmutableArray<GenericParamSyntax> list = parameters is null ? [] : [.. parameters.genericParam().Select(BuildGenericParam).OfType<GenericParamSyntax>()];
        ImmutableArray<WherePredicateSyntax> predicates = where is null ? [] : [.. where.wherePredicate().Select(BuildWherePredicate).OfType<WherePredicateSyntax>()];
        return new GenericsSyntax(span, list, predicates);
    }

    /// <summary>Lifetime parameters are parsed and dropped: ToyRust does not check lifetimes.</summary>
    private GenericParamSyntax? BuildGenericParam(GenericParamContext context) => context switch
    {
        TypeParamContext t => new GenericParamSyntax(SpanOf(t), IdentifierOf(t.IDENT()), BuildTypeBounds(t.typeBounds()), false, null) { Default = t.type_() is { } d ? BuildType(d) : null },
        ConstParamContext c => new GenericParamSyntax(SpanOf(c), IdentifierOf(c.IDENT()), [], true, BuildType(c.type_())),
        _ => null,
    };

    private WherePredicateSyntax? BuildWherePredicate(WherePredicateContext context) => context switch
    {
        TypeWherePredicateContext t => new WherePredicateSyntax(SpanOf(t), BuildType(t.type_()), BuildTypeBounds(t.typeBounds())),
        _ => null,
    };
}
