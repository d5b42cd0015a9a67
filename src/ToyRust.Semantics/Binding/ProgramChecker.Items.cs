using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Declaring items. Order matters only within one list of items: type names first (so fields
/// and signatures may name any type of the file), then consts, then variants and fields, then
/// functions and impl members. Bodies are queued and checked after all declarations.
/// </summary>
internal sealed partial class ProgramChecker
{
    private readonly Dictionary<AdtSymbol, Dictionary<string, FunctionSymbol>> _inherent = new(ReferenceEqualityComparer.Instance);

    /// <summary>Declares the items of a file or block in <paramref name="scope"/> and queues their bodies.</summary>
    public void DeclareItems(IEnumerable<ItemSyntax> items, Scope scope)
    {
        var list = items.ToList();
        var adts = new List<(AdtSymbol Symbol, ItemSyntax Syntax)>();
        foreach (var item in list)
        {
            if (DeclareAdtName(item, scope) is { } adt) adts.Add((adt, item));
        }
        foreach (var c in list.OfType<ConstItemSyntax>()) DeclareConst(c, scope);
        foreach (var (adt, syntax) in adts) DeclareVariants(adt, syntax, scope);
        foreach (var item in list)
        {
            switch (item)
            {
                case FunctionItemSyntax f:
                    DeclareFunction(f, scope, null);
                    break;
                case ImplItemSyntax impl:
                    DeclareImpl(impl, scope);
                    break;
                case ConstItemSyntax or StructItemSyntax or EnumItemSyntax:
                    break;
                case UseItemSyntax use:
                    Report(SemanticDiagnostics.UnsupportedFeature(use.Span, "`use` declarations"));
                    break;
                default:
                    Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of item"));
                    break;
            }
        }
    }

    /// <summary>Methods and associated functions of an inherent impl of <paramref name="adt"/>.</summary>
    public FunctionSymbol? LookupInherent(AdtSymbol adt, string name) =>
        _inherent.TryGetValue(adt, out var members) && members.TryGetValue(name, out var f) ? f : null;

    private AdtSymbol? DeclareAdtName(ItemSyntax item, Scope scope)
    {
        var (name, kind, generics) = item switch
        {
            StructItemSyntax s => (s.Name, AdtKind.Struct, s.Generics),
            EnumItemSyntax e => (e.Name, AdtKind.Enum, e.Generics),
            _ => (null!, AdtKind.Struct, null!),
        };
        if (name is null) return null;
        if (!generics.Parameters.IsDefaultOrEmpty) Report(SemanticDiagnostics.UnsupportedFeature(generics.Span, "generic structs and enums"));
        var adt = new AdtSymbol(name.Text, kind, [], Derives(item.Attributes), item);
        if (!scope.TryDeclareType(adt))
        {
            Report(SemanticDiagnostics.DuplicateType(name.Span, name.Text));
            return null;
        }
        return adt;
    }

    private static ImmutableHashSet<string> Derives(ImmutableArray<AttributeSyntax> attributes) =>
        attributes.Where(a => a.Name.Text == "derive").SelectMany(a => a.Arguments).Select(a => a.Text).ToImmutableHashSet();

    private void DeclareVariants(AdtSymbol adt, ItemSyntax syntax, Scope scope)
    {
        var context = new TypeContext(scope, new AdtType(adt, ValueArray<TypeSymbol>.Empty));
        if (syntax is StructItemSyntax s)
        {
            adt.SetVariants([new VariantSymbol(adt, adt.Name, 0, s.Kind, Fields(s.Fields, context), 0)]);
            return;
        }
        var e = (EnumItemSyntax)syntax;
        var variants = ImmutableArray.CreateBuilder<VariantSymbol>();
        long next = 0;
        foreach (var v in e.Variants)
        {
            var discriminant = v.Discriminant is IntegerLiteralSyntax lit ? (long)lit.Value : next;
            if (v.Discriminant is not null and not IntegerLiteralSyntax)
                Report(SemanticDiagnostics.UnsupportedFeature(v.Discriminant.Span, "discriminants other than integer literals"));
            variants.Add(new VariantSymbol(adt, v.Name.Text, variants.Count, v.Kind, Fields(v.Fields, context), discriminant));
            next = discriminant + 1;
        }
        adt.SetVariants(variants.ToImmutable());
    }

    private ImmutableArray<FieldSymbol> Fields(ImmutableArray<FieldSyntax> fields, TypeContext context) =>
        fields.Select((f, i) => new FieldSymbol(f.Name?.Text ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture), i, ResolveType(f.Type, context))).ToImmutableArray();

    private void DeclareImpl(ImplItemSyntax impl, Scope scope)
    {
        if (!impl.Generics.Parameters.IsDefaultOrEmpty || impl.Trait is not null)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(impl.Span, impl.Trait is null ? "generic impls" : "trait impls"));
            return;
        }
        var selfType = ResolveType(impl.SelfType, new TypeContext(scope, null));
        if (selfType is not AdtType { Adt: var adt })
        {
            if (!selfType.ContainsError) Report(SemanticDiagnostics.UnsupportedFeature(impl.SelfType.Span, "inherent impls on types other than structs and enums"));
            return;
        }
        foreach (var item in impl.Items)
        {
            if (item is FunctionItemSyntax f) DeclareMethod(adt, f, scope, selfType);
            else Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of impl member"));
        }
    }

    private void DeclareMethod(AdtSymbol adt, FunctionItemSyntax f, Scope scope, TypeSymbol selfType)
    {
        if (!_inherent.TryGetValue(adt, out var members)) _inherent[adt] = members = new Dictionary<string, FunctionSymbol>(StringComparer.Ordinal);
        if (members.ContainsKey(f.Name.Text))
        {
            Report(SemanticDiagnostics.DuplicateAssociated(f.Name.Span, f.Name.Text));
            return;
        }
        if (DeclareFunction(f, scope, selfType) is { } symbol) members[f.Name.Text] = symbol;
    }

    private FunctionSymbol? DeclareFunction(FunctionItemSyntax f, Scope scope, TypeSymbol? selfType)
    {
        if (!f.Generics.Parameters.IsDefaultOrEmpty)
            Report(SemanticDiagnostics.UnsupportedFeature(f.Name.Span, "generic functions"));
        var context = new TypeContext(scope, selfType);
        var parameters = ImmutableArray.CreateBuilder<LocalSymbol>();
        if (f.SelfParam is { } self && selfType is not null)
            parameters.Add(new LocalSymbol("self", SelfParameterType(self, selfType, context), self.IsMutableBinding, self.Span));
        foreach (var p in f.Parameters)
            parameters.Add(new LocalSymbol(ParameterName(p), ResolveType(p.Type, context), IsMutableBinding(p.Pattern), p.Pattern.Span));
        var ret = f.ReturnType is null ? TypeSymbol.Unit : ResolveType(f.ReturnType, context);
        var symbol = new FunctionSymbol(f.Name.Text, parameters.ToImmutable(), ret, f)
        {
            ImplSelfType = selfType,
            SelfKind = f.SelfParam is null || selfType is null ? SelfParamKind.None : f.SelfParam.Kind,
        };
        if (selfType is null && !scope.TryDeclareFunction(symbol))
        {
            Report(SemanticDiagnostics.DuplicateDefinition(f.Name.Span, f.Name.Text));
            return null;
        }
        if (f.Body is not null) _pendingBodies.Enqueue((symbol, scope));
        return symbol;
    }

    private TypeSymbol SelfParameterType(SelfParamSyntax self, TypeSymbol selfType, TypeContext context) => self.Kind switch
    {
        _ when self.ExplicitType is not null => ResolveType(self.ExplicitType, context),
        SelfParamKind.Ref => new ReferenceType(selfType, false),
        SelfParamKind.RefMut => new ReferenceType(selfType, true),
        _ => selfType,
    };

    private void DeclareConst(ConstItemSyntax c, Scope scope)
    {
        var type = ResolveType(c.Type, new TypeContext(scope, null));
        object? value = null;
        if (c.Value is not null)
        {
            var checker = new FunctionChecker(this, new FunctionSymbol(c.Name.Text, [], type, null), scope);
            var bound = checker.CheckConstInitializer(c.Value, type);
            value = ConstEvaluator.Evaluate(bound, out var failure);
            if (value is null && failure is not null) Report(failure);
        }
        if (!scope.TryDeclareConst(new ConstSymbol(c.Name.Text, type, value, c.Span)))
            Report(SemanticDiagnostics.DuplicateDefinition(c.Name.Span, c.Name.Text));
    }

    private static string ParameterName(ParameterSyntax p) => p.Pattern is IdentifierPatternSyntax id ? id.Name.Text : "_";

    private static bool IsMutableBinding(PatternSyntax p) => p is IdentifierPatternSyntax { IsMutable: true };

    /// <summary>Where a missing `main` is reported: the end of the file, as rustc does.</summary>
    private TextSpan EndOfFile() => new(Math.Max(0, Source.Text.TrimEnd().Length - 1), Source.Text.TrimEnd().Length > 0 ? 1 : 0);
}
