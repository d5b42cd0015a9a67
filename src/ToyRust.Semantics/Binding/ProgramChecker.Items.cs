using System.Collections.Immutable;
using ToyRust.Semantics.Prelude;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Declaring items. Within one list of items: type and trait names first (so fields and
/// signatures may name any of them), then consts, then variants and fields, then trait
/// members, then functions and impls. Bodies are queued and checked after all declarations.
/// </summary>
internal sealed partial class ProgramChecker
{
    private readonly List<ImplSymbol> _impls = [];

    /// <summary>The structs and enums the program declares, in order (their derives are checked once every impl is known).</summary>
    private readonly List<AdtSymbol> _programAdts = [];
    private bool _inPrelude;

    public IReadOnlyList<ImplSymbol> Impls => _impls;

    /// <summary>The function whose body's items are being declared, if any: the parent of the functions among them.</summary>
    private FunctionSymbol? _declaringIn;

    /// <summary>
    /// Declares the items of a file or block in <paramref name="scope"/> and queues their bodies;
    /// <paramref name="parent"/> is the function whose body holds the block.
    /// </summary>
    public void DeclareItems(IEnumerable<ItemSyntax> items, Scope scope, FunctionSymbol? parent = null)
    {
        var outer = _declaringIn;
        _declaringIn = parent;
        DeclareItemList([.. items], scope);
        _declaringIn = outer;
    }

    private void DeclareItemList(List<ItemSyntax> list, Scope scope)
    {
        if (!_inPrelude) list.ForEach(item => ReportLangAttributes(item));
        var adts = new List<(AdtSymbol Symbol, ItemSyntax Syntax)>();
        var traits = new List<(TraitSymbol Symbol, TraitItemSyntax Syntax)>();
        foreach (var item in list)
        {
            if (DeclareAdtName(item, scope) is { } adt) adts.Add((adt, item));
            if (item is TraitItemSyntax t && DeclareTraitName(t, scope) is { } trait) traits.Add((trait, t));
            if (item is ModuleItemSyntax module && _inPrelude) DeclareModuleScope(module, scope);
        }
        if (_inPrelude) DefineTypeLangItems(list, scope);
        // Consts of primitive type may size array fields (`[i32; N]`); consts of struct type need
        // the fields. So: primitive consts, then variants, then the rest.
        var consts = list.OfType<ConstItemSyntax>().ToList();
        var deferred = new List<ConstItemSyntax>();
        foreach (var c in consts.Where(IsPrimitiveConst)) DeclareConstOrDefer(c, scope, deferred);
        // Fields and signatures may name `I::Item` or another trait's `U::IntoIter`: every trait's
        // associated types are known before any field or method.
        foreach (var (trait, syntax) in traits) trait.AssociatedTypes = [.. syntax.Items.OfType<TypeAliasItemSyntax>().Select(a => a.Name.Text).Distinct()];
        foreach (var (adt, syntax) in adts) DeclareVariants(adt, syntax, scope);
        CheckRepresentable([.. adts.Select(a => a.Symbol)]);
        foreach (var c in consts.Where(c => !IsPrimitiveConst(c))) DeclareConstOrDefer(c, scope, deferred);
        foreach (var (trait, syntax) in traits) DeclareTraitMembers(trait, syntax, scope);
        foreach (var item in list) DeclareOther(item, scope);
        foreach (var c in deferred) DeclareConst(c, scope);
    }

    /// <summary>
    /// A const whose initializer does not check yet may need an impl's associated const
    /// (`const ALL: u32 = Square::SIDES + 1;`), and impls are declared last: its errors are taken
    /// back and it is declared again once the impls are (and reports then, if it still fails).
    /// </summary>
    private void DeclareConstOrDefer(ConstItemSyntax c, Scope scope, List<ConstItemSyntax> deferred)
    {
        var reported = _diagnostics.Count;
        var constant = EvaluateConst(c, scope);
        if (_diagnostics.Skip(reported).Any(d => d.IsError))
        {
            _diagnostics.RemoveRange(reported, _diagnostics.Count - reported);
            deferred.Add(c);
            return;
        }
        if (!scope.TryDeclareConst(constant))
            Report(SemanticDiagnostics.DuplicateDefinition(c.Name.Span, c.Name.Text));
    }

    private static bool IsPrimitiveConst(ConstItemSyntax c) => IsPrimitiveTypeSyntax(c.Type);

    /// <summary>`u8`, `&amp;str`, `&amp;&amp;i32`: a primitive, or a reference to one. `&amp;Pair&lt;i32&gt;` is not: its const needs Pair's fields first.</summary>
    private static bool IsPrimitiveTypeSyntax(TypeSyntax type)
    {
        while (type is ReferenceTypeSyntax r) type = r.Referent;
        return type is PathTypeSyntax { Path.Segments.Length: 1 } p && PrimitiveKindFacts.FromName(p.Path.Last.Text) is not null;
    }

    private void DeclareOther(ItemSyntax item, Scope scope)
    {
        switch (item)
        {
            case FunctionItemSyntax f:
                DeclareFunction(f, new TypeContext(scope, null), null, null);
                break;
            case ImplItemSyntax impl:
                DeclareImpl(impl, scope);
                break;
            case UseItemSyntax use:
                CheckUse(use, scope);
                break;
            case ModuleItemSyntax module when _inPrelude:
                DeclareModule(module, scope);
                break;
            case ConstItemSyntax or StructItemSyntax or EnumItemSyntax or TraitItemSyntax:
                break;
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of item"));
                break;
        }
    }

    /// <summary>
    /// `use std::ops::Add;` and the like name prelude items, which are always in scope, or a module
    /// of std ToyRust knows (`std::fmt`, `std::process`, `std::ptr`); other paths are not supported.
    /// A function of a prelude module (`use std::alloc::alloc;`, `use std::ptr::*;`) is imported
    /// into <paramref name="scope"/>: it is not in scope otherwise.
    /// </summary>
    private void CheckUse(UseItemSyntax use, Scope scope)
    {
        foreach (var entry in use.Entries)
        {
            if (TryImportVariants(entry, scope)) continue;
            var first = entry.Path.Segments[0].Name.Text;
            var last = entry.Path.Last.Text;
            var imported = ImportModuleFunctions(entry, scope);
            var known = imported || PreludeScope.LookupTrait(last) is not null || PreludeScope.LookupType(last) is not null
                || entry.IsGlob || MissingStd.KnownModules.Contains(last) || PreludeScope.LookupModule(last) is not null;
            var namesFmtWrite = PreludeScope.LookupTrait(last) is { } trait && LangItems.Is(trait, LangItem.FmtWrite);
            if (namesFmtWrite && IsFmtModulePath(entry))
                ImportsFmtWrite = true;
            else if (namesFmtWrite)
                Report(SemanticDiagnostics.UnsupportedFeature(entry.Span, $"`{entry.Path}`"));
            else if (first is "std" or "core" && (MissingStd.Types.Contains(last) || MissingStd.Traits.Contains(last)))
                Report(SemanticDiagnostics.UnsupportedFeature(entry.Span, $"`{last}`"));
            else if (first is not ("std" or "core") || !known)
                Report(SemanticDiagnostics.UnsupportedFeature(entry.Span, "`use` of anything but the standard library's prelude items"));
        }
    }

    /// <summary>Whether the program imports `std::fmt::Write`, which `write!` into a `String` needs, as in Rust.</summary>
    public bool ImportsFmtWrite { get; private set; }

    /// <summary>`use std::fmt::Write;` (or `core::fmt::Write`): the only path that names the prelude's `Write`.</summary>
    private static bool IsFmtModulePath(UseEntrySyntax entry) =>
        entry.Path.Segments is [{ Name.Text: "std" or "core" }, var module, _] && module.Name.Text == MissingStd.FmtModule && !entry.IsGlob;

    /// <summary>`use std::ptr::null;` or `use std::ptr::*;`: declares the module's function(s) in the program's scope.</summary>
    private bool ImportModuleFunctions(UseEntrySyntax entry, Scope scope)
    {
        var segments = entry.Path.Segments;
        var moduleName = entry.IsGlob ? segments[^1] : segments.Length >= 2 ? segments[^2] : null;
        if (!IsStdPath(segments) || moduleName is null || PreludeScope.LookupModule(moduleName.Name.Text) is not { } module) return false;
        var functions = entry.IsGlob ? [.. module.OwnFunctions] : module.LookupOwnFunction(entry.Path.Last.Text) is { } f ? new[] { f } : [];
        foreach (var function in functions) scope.TryDeclareFunction(function);
        return functions.Length > 0;
    }

    /// <summary>
    /// `mod ptr { … }` in the prelude: its items are declared in a scope of their own, whose
    /// parent is the prelude's (so they see `Option`, `Layout`); a path `ptr::f` names them.
    /// The scope and its type aliases exist from the start, so that signatures of the prelude's
    /// traits may name `fmt::Result` (an alias is resolved where it is used).
    /// </summary>
    private void DeclareModuleScope(ModuleItemSyntax module, Scope scope)
    {
        var unstable = module.Attributes.Any(a => a.Name.Text == "unstable");
        var items = new Scope(scope) { Module = new ModuleSymbol(module.Name.Text) { IsUnstable = unstable } };
        if (!scope.TryDeclareModule(items)) throw new InvalidOperationException($"the prelude declares the module `{module.Name}` twice");
        foreach (var alias in module.Items.OfType<TypeAliasItemSyntax>())
        {
            if (!items.TryDeclareAlias(alias)) throw new InvalidOperationException($"the prelude declares the alias `{alias.Name}` twice");
        }
    }

    private void DeclareModule(ModuleItemSyntax module, Scope scope) =>
        DeclareItemList([.. module.Items.Where(i => i is not TypeAliasItemSyntax)], scope.LookupModule(module.Name.Text)!);

    private AdtSymbol? DeclareAdtName(ItemSyntax item, Scope scope)
    {
        var (name, kind, generics) = item switch
        {
            StructItemSyntax s => (s.Name, AdtKind.Struct, s.Generics),
            EnumItemSyntax e => (e.Name, AdtKind.Enum, e.Generics),
            _ => (null!, AdtKind.Struct, null!),
        };
        if (name is null) return null;
        var parameters = generics.Parameters.Select((g, i) => new GenericParameterSymbol(g.Name.Text, i)).ToImmutableArray();
        var adt = new AdtSymbol(name.Text, kind, parameters, Derives(item.Attributes), item) { IsPrelude = _inPrelude };
        ReportUnknownDerives(item.Attributes);
        if (!scope.TryDeclareType(adt))
        {
            Report(SemanticDiagnostics.DuplicateType(name.Span, name.Text));
            return null;
        }
        if (!_inPrelude) _programAdts.Add(adt);
        return adt;
    }

    private TraitSymbol? DeclareTraitName(TraitItemSyntax t, Scope scope)
    {
        var trait = new TraitSymbol(t.Name.Text, t) { IsPrelude = _inPrelude };
        var declared = t.Generics.Parameters.Select((g, i) => new GenericParameterSymbol(g.Name.Text, i + 1));
        trait.GenericParameters = [trait.SelfParameter, .. declared];
        trait.ParameterDefaults = [.. t.Generics.Parameters.Select(g => g.Default)];
        if (!scope.TryDeclareTrait(trait))
        {
            Report(SemanticDiagnostics.DuplicateType(t.Name.Span, t.Name.Text));
            return null;
        }
        AllTraits.Add(trait);
        return trait;
    }

    /// <summary>`#[derive(Clone, Debug)]`: the derive macros name std's traits, whatever those names mean in scope.</summary>
    private static ImmutableHashSet<LangItem> Derives(ImmutableArray<AttributeSyntax> attributes) =>
        attributes.Where(a => a.Name.Text == "derive").SelectMany(a => a.Arguments)
            .Select(a => LangItems.Derivable(a.Text)).OfType<LangItem>().ToImmutableHashSet();

    /// <summary>
    /// A derive macro ToyRust does not know: std's that it lacks (`Hash`) are not supported yet,
    /// anything else does not exist, as rustc reports it (a misspelt `PartialEqPartialEq` used to
    /// be dropped silently, and the derives that needed it reached code generation without an impl).
    /// </summary>
    private void ReportUnknownDerives(ImmutableArray<AttributeSyntax> attributes)
    {
        foreach (var macro in attributes.Where(a => a.Name.Text == "derive").SelectMany(a => a.Arguments))
        {
            if (LangItems.Derivable(macro.Text) is not null) continue;
            Report(MissingStd.DeriveMacros.Contains(macro.Text)
                ? SemanticDiagnostics.UnsupportedFeature(macro.Span, $"`#[derive({macro.Text})]`")
                : SemanticDiagnostics.UnknownDeriveMacro(macro.Span, macro.Text));
        }
    }

    private void DeclareVariants(AdtSymbol adt, ItemSyntax syntax, Scope scope)
    {
        var self = new AdtType(adt, new ValueArray<TypeSymbol>(adt.GenericParameters.Select(p => (TypeSymbol)new TypeParameterType(p))));
        var context = new TypeContext(scope, self).WithGenerics(adt.GenericParameters);
        // The bounds let field types name associated types (`peeked: Option<Option<I::Item>>` with
        // `I: Iterator`); that a use of the type satisfies them is not checked yet.
        AddBounds(syntax is StructItemSyntax { Generics: var g } ? g : ((EnumItemSyntax)syntax).Generics, adt.GenericParameters, context);
        if (syntax is StructItemSyntax s)
        {
            adt.SetVariants([new VariantSymbol(adt, adt.Name, 0, s.Kind, Fields(s.Fields, context), 0)]);
            return;
        }
        var e = (EnumItemSyntax)syntax;
        var variants = ImmutableArray.CreateBuilder<VariantSymbol>();
        long next = 0;
        var assigned = new Dictionary<long, TextSpan>();
        foreach (var v in e.Variants)
        {
            var discriminant = v.Discriminant switch
            {
                IntegerLiteralSyntax lit => (long)lit.Value,
                UnaryExpressionSyntax { Operator: UnaryOperator.Neg, Operand: IntegerLiteralSyntax negated } => -(long)negated.Value,
                _ => next,
            };
            if (v.Discriminant is not null and not IntegerLiteralSyntax and not UnaryExpressionSyntax { Operand: IntegerLiteralSyntax })
                Report(SemanticDiagnostics.UnsupportedFeature(v.Discriminant.Span, "discriminants other than integer literals"));
            variants.Add(new VariantSymbol(adt, v.Name.Text, variants.Count, v.Kind, Fields(v.Fields, context), discriminant));
            next = discriminant + 1;
            var at = v.Discriminant?.Span ?? v.Name.Span;
            if (assigned.TryGetValue(discriminant, out var first))
                Report(SemanticDiagnostics.DiscriminantAssignedTwice(e.Name.Span, discriminant, first, at));
            else assigned[discriminant] = at;
        }
        adt.SetVariants(variants.ToImmutable());
    }

    private ImmutableArray<FieldSymbol> Fields(ImmutableArray<FieldSyntax> fields, TypeContext context) =>
        fields.Select((f, i) => new FieldSymbol(f.Name?.Text ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture), i, FieldType(f, context with { ImplTraits = ImplTraitSite.FieldTypes })) { IsPublic = f.IsPublic }).ToImmutableArray();

    /// <summary>A field's type; an unsized one (`data: [i32]`, a custom dynamically sized type in Rust) is not supported.</summary>
    private TypeSymbol FieldType(FieldSyntax field, TypeContext context)
    {
        var type = ResolveType(field.Type, context);
        return TypeFacts.IsUnsized(type) ? UnsupportedType(field.Type, "fields of unsized type") : type;
    }

    /// <summary>Trait methods are declared with the trait's `Self` and parameters as their leading generics.</summary>
    private void DeclareTraitMembers(TraitSymbol trait, TraitItemSyntax syntax, Scope scope)
    {
        var self = new TypeParameterType(trait.SelfParameter);
        var context = new TypeContext(scope, self).WithGenerics(trait.GenericParameters.Skip(1));
        trait.Supertraits = [.. syntax.Supertraits.Select(b => ResolveBound(b, context, self)).OfType<TraitRef>()];
        trait.SelfParameter.AddBounds([new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select(p => (TypeSymbol)new TypeParameterType(p)))), .. trait.Supertraits]);
        DeclareAssociatedTypeBounds(trait, syntax, context, self);
        var methods = ImmutableArray.CreateBuilder<FunctionSymbol>();
        var consts = ImmutableArray.CreateBuilder<AssociatedConstSymbol>();
        foreach (var item in syntax.Items)
        {
            switch (item)
            {
                case FunctionItemSyntax f when DeclareFunction(f, context, trait.GenericParameters, self, trait: trait) is { } method:
                    methods.Add(method);
                    break;
                case TypeAliasItemSyntax:
                    break;
                case FunctionItemSyntax:
                    break;
                case ConstItemSyntax c when DeclareTraitConst(trait, c, context) is { } constant:
                    consts.Add(constant);
                    break;
                case ConstItemSyntax:
                    break;
                default:
                    Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of trait member"));
                    break;
            }
        }
        trait.Methods = methods.ToImmutable();
        trait.Consts = consts.ToImmutable();
    }

    /// <summary>`type IntoIter: Iterator&lt;Item = Self::Item&gt;;`: the bounds every impl's type has, which a generic use may rely on.</summary>
    private void DeclareAssociatedTypeBounds(TraitSymbol trait, TraitItemSyntax syntax, TypeContext context, TypeSymbol self)
    {
        var selfRef = new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select(p => (TypeSymbol)new TypeParameterType(p))));
        var bounds = ImmutableDictionary.CreateBuilder<string, ImmutableArray<TraitRef>>(StringComparer.Ordinal);
        foreach (var alias in syntax.Items.OfType<TypeAliasItemSyntax>().Where(a => !a.Bounds.IsDefaultOrEmpty))
        {
            var projection = new ProjectionType(self, selfRef, alias.Name.Text);
            bounds[alias.Name.Text] = [.. alias.Bounds.Where(b => !b.IsMaybe).Select(b => ResolveBound(b, context, projection)).OfType<TraitRef>()];
        }
        trait.AssociatedTypeBounds = bounds.ToImmutable();
    }

    private void DeclareImpl(ImplItemSyntax impl, Scope scope)
    {
        var generics = impl.Generics.Parameters.Select((g, i) => new GenericParameterSymbol(g.Name.Text, i)).ToImmutableArray();
        var context = new TypeContext(scope, null).WithGenerics(generics);
        var selfType = ResolveType(impl.SelfType, context with { ImplTraits = ImplTraitSite.ImplHeaders });
        if (selfType.ContainsError) return;
        // Only std may add inherent methods to a type it does not declare as a struct or enum (`impl<T> *const T`).
        if (impl.Trait is null && !_inPrelude && selfType is not AdtType)
        {
            Report(SemanticDiagnostics.InherentImplOfPrimitive(TextSpan.FromBounds(impl.Span.Start, impl.SelfType.Span.End)));
            return;
        }
        context = context with { SelfType = selfType };
        AddBounds(impl.Generics, generics, context);
        var traitRef = impl.Trait is null ? null : ResolveBound(new TypeBoundSyntax(impl.Trait.Span, impl.Trait, false), context, selfType);
        if (impl.Trait is not null && traitRef is null) return;
        var symbol = new ImplSymbol(generics, selfType, traitRef);
        if (traitRef is not null && !_inPrelude && LangItems.Is(traitRef.Trait, LangItem.Drop) && !IsValidDropImpl(symbol, impl)) return;
        if (traitRef is not null && _impls.Any(other => other.Trait == traitRef && other.SelfType == selfType))
            Report(SemanticDiagnostics.ConflictingImpls(impl.SelfType.Span, traitRef, selfType));
        context = context with { Impl = symbol };
        foreach (var alias in impl.Items.OfType<TypeAliasItemSyntax>()) DeclareImplAssociatedType(symbol, alias, context);
        var missingTypes = FillMissingAssociatedTypes(symbol);
        var missingConsts = DeclareImplConsts(symbol, impl, context);
        // Known to normalization from here on: the members' signatures may say `Self::Item`.
        traitRef?.Trait.Impls.Add(symbol);
        foreach (var item in impl.Items)
        {
            if (item is FunctionItemSyntax f) DeclareImplMember(symbol, f, context);
            else if (item is not (TypeAliasItemSyntax or ConstItemSyntax)) Report(SemanticDiagnostics.UnsupportedFeature(item.Span, "this kind of impl member"));
        }
        if (traitRef is not null) CheckTraitItemsImplemented(symbol, traitRef.Trait, impl, [.. missingTypes, .. missingConsts]);
        _impls.Add(symbol);
    }

    /// <summary>
    /// A `Drop` impl is for a struct or enum of the program (E0120), and for all of its instances:
    /// its arguments are the impl's own parameters, each once (E0366), because drop glue cannot
    /// run a `drop` for `W&lt;i32&gt;` and not for `W&lt;u8&gt;`.
    /// </summary>
    private bool IsValidDropImpl(ImplSymbol symbol, ImplItemSyntax impl)
    {
        if (symbol.SelfType is not AdtType { Adt.IsPrelude: false } adt)
        {
            Report(SemanticDiagnostics.DropOnForeignType(impl.SelfType.Span));
            return false;
        }
        var seen = new HashSet<GenericParameterSymbol>();
        foreach (var argument in adt.Arguments)
        {
            if (argument is TypeParameterType { Parameter: var p } && symbol.GenericParameters.Contains(p) && seen.Add(p)) continue;
            Report(SemanticDiagnostics.SpecializedDropImpl(new TextSpan(impl.Span.Start, impl.SelfType.Span.End - impl.Span.Start), argument));
            return false;
        }
        return true;
    }

    private void DeclareImplMember(ImplSymbol impl, FunctionItemSyntax f, TypeContext context)
    {
        if (impl.Trait is { Trait: var trait } && trait.FindMethod(f.Name.Text) is null)
        {
            Report(SemanticDiagnostics.NotATraitMember(f.Name.Span, f.Name.Text, trait.Name));
            return;
        }
        if (impl.Methods.ContainsKey(f.Name.Text))
        {
            Report(SemanticDiagnostics.DuplicateAssociated(f.Name.Span, f.Name.Text));
            return;
        }
        if (DeclareFunction(f, context, impl.GenericParameters, impl.SelfType, owner: impl) is not { } symbol) return;
        impl.Methods[f.Name.Text] = symbol;
        if (impl.Trait is { } traitRef) CompareWithTraitMethod(impl, traitRef, symbol, traitRef.Trait.FindMethod(f.Name.Text)!);
    }

    private void CheckTraitItemsImplemented(ImplSymbol impl, TraitSymbol trait, ImplItemSyntax syntax, List<string> missingTypes)
    {
        var missing = trait.Methods.Where(m => m.Declaration?.Body is null && !impl.Methods.ContainsKey(m.Name)).Select(m => m.Name)
            .Concat(missingTypes)
            .ToList();
        if (missing.Count > 0) Report(SemanticDiagnostics.MissingTraitItems(syntax.Span, missing));
    }

    /// <summary>
    /// Declares a function: free (no outer generics), an impl member (the impl's generics first)
    /// or a trait method (the trait's `Self` and parameters first).
    /// </summary>
    private FunctionSymbol? DeclareFunction(FunctionItemSyntax f, TypeContext outer, ImmutableArray<GenericParameterSymbol>? outerGenerics, TypeSymbol? selfType, ImplSymbol? owner = null, TraitSymbol? trait = null)
    {
        var leading = outerGenerics ?? [];
        if (owner is not null && MentionsOuterGenerics(f.Generics, leading))
        {
            // `fn unwrap(self) -> T where E: Debug` bounds the impl's E for this method only: the
            // method gets its own copies of the impl's parameters, carrying the extra bounds.
            var copies = leading.Select(g => new GenericParameterSymbol(g.Name, g.Index)).ToImmutableArray();
            for (var i = 0; i < copies.Length; i++) copies[i].AddBounds(leading[i].Bounds);
            var args = new ValueArray<TypeSymbol>(copies.Select(c => (TypeSymbol)new TypeParameterType(c)));
            selfType = selfType is null ? null : GenericSubstitution.Apply(selfType, leading, args);
            outer = outer.WithGenerics(copies) with { SelfType = selfType };
            leading = copies;
        }
        var own = f.Generics.Parameters.Select((g, i) => new GenericParameterSymbol(g.Name.Text, leading.Length + i)).ToImmutableArray();
        var context = outer.WithGenerics(own);
        var selfBounds = trait?.SelfParameter.Bounds.Length ?? 0;
        AddBounds(f.Generics, [.. leading, .. own], context with { ImplTraits = ImplTraitSite.InBounds }, own.Length);
        var requiresSizedSelf = trait is not null && trait.SelfParameter.Bounds.Skip(selfBounds).Any(IsSized);
        // `where Self: Sized` is the method's, not the trait's: a trait object may not meet it.
        if (requiresSizedSelf) trait!.SelfParameter.RemoveBounds(IsSized);
        var parameters = ImmutableArray.CreateBuilder<LocalSymbol>();
        if (f.SelfParam is { } self && selfType is not null)
            parameters.Add(new LocalSymbol("self", SelfParameterType(self, selfType, context), self.IsMutableBinding, self.Span));
        var implTraits = new ImplTraitSite.Parameters(leading.Length + own.Length);
        foreach (var p in f.Parameters)
            parameters.Add(new LocalSymbol(ParameterName(p), ResolveType(p.Type, context with { ImplTraits = implTraits }), IsMutableBinding(p.Pattern), p.Pattern.Span));
        ImmutableArray<GenericParameterSymbol> generics = [.. leading, .. own, .. implTraits.Declared];
        var returnSite = ReturnSite(generics, owner, trait);
        var ret = ResolveReturnType(f.ReturnType, context with { ImplTraits = returnSite });
        var symbol = new FunctionSymbol(f.Name.Text, parameters.ToImmutable(), ret, f)
        {
            ImplSelfType = selfType,
            SelfKind = f.SelfParam is null || selfType is null ? SelfParamKind.None : f.SelfParam.Kind,
            GenericParameters = generics,
            OwnGenericCount = own.Length + implTraits.Declared.Count,
            SyntheticGenericCount = implTraits.Declared.Count,
            Opaques = OwnOpaques(returnSite),
            OwningImpl = owner,
            Trait = trait,
            TrackCaller = f.Attributes.Any(a => a.Name.Text == "track_caller"),
            InlineNever = f.Attributes.Any(a => a.Name.Text == "inline" && a.Arguments.Any(x => x.Text == "never")),
            Cold = f.Attributes.Any(a => a.Name.Text == "cold"),
            RequiresSizedSelf = requiresSizedSelf,
            Intrinsic = _inPrelude && f.Attributes.Any(a => a.Name.Text == Intrinsics.AttributeName)
                ? Intrinsics.FromName(f.Name.Text) ?? throw new InvalidOperationException($"the prelude declares an unknown intrinsic `{f.Name}`")
                : null,
            Module = selfType is null && trait is null ? outer.Scope.Module : null,
            IsPrelude = _inPrelude,
            Parent = selfType is null && trait is null ? _declaringIn : null,
        };
        foreach (var opaque in symbol.Opaques) opaque.Function = symbol;
        if (selfType is null && !outer.Scope.TryDeclareFunction(symbol))
        {
            Report(SemanticDiagnostics.DuplicateDefinition(f.Name.Span, f.Name.Text));
            return null;
        }
        if (f.Body is not null && _inPrelude && !_wholePrelude) _preludeBodies[symbol] = outer.Scope;
        else if (f.Body is not null) _pendingBodies.Enqueue((symbol, outer.Scope));
        else if (trait is null && symbol.Intrinsic is null) ReportMissingBody(f, owner is not null);
        else ReportParameterPatterns(f);
        return symbol;
    }

    /// <summary>A required trait method has no body to bind in: its parameters are plain names or `_` (E0642).</summary>
    private void ReportParameterPatterns(FunctionItemSyntax f)
    {
        foreach (var p in f.Parameters)
        {
            switch (p.Pattern)
            {
                case WildcardPatternSyntax or IdentifierPatternSyntax { IsRef: false, IsMutable: false, SubPattern: null }:
                    break;
                case IdentifierPatternSyntax { IsRef: false, SubPattern: null } id:
                    Report(SemanticDiagnostics.MutInFunctionWithoutBody(p.Pattern.Span, id.Name.Text));
                    break;
                default:
                    Report(SemanticDiagnostics.PatternInFunctionWithoutBody(p.Pattern.Span));
                    break;
            }
        }
    }

    /// <summary>Only a trait method may leave out its body; anything else would reach code generation without one.</summary>
    private void ReportMissingBody(FunctionItemSyntax f, bool inImpl)
    {
        var end = f.Span.End - 1;
        var semicolon = Source.Text[end] == ';' ? new TextSpan(end, 1) : new TextSpan(f.Span.End, 0);
        Report(SemanticDiagnostics.FunctionWithoutBody(new TextSpan(f.Span.Start, semicolon.Start - f.Span.Start), semicolon, inImpl));
    }

    private bool IsSized(TraitRef bound) => LangItems.Is(bound.Trait, LangItem.Sized);

    private static bool MentionsOuterGenerics(GenericsSyntax generics, ImmutableArray<GenericParameterSymbol> outer) =>
        generics.WherePredicates.Any(w => w.Type is PathTypeSyntax { Path.Segments.Length: 1 } p && outer.Any(g => g.Name == p.Path.Last.Text));

    /// <summary>Bounds from `&lt;T: A + B&gt;` (the last <paramref name="declared"/> parameters) and `where T: C` (any of them).</summary>
    private void AddBounds(GenericsSyntax generics, ImmutableArray<GenericParameterSymbol> parameters, TypeContext context, int? declared = null)
    {
        var first = parameters.Length - (declared ?? parameters.Length);
        for (var i = first; i < parameters.Length; i++)
        {
            var self = new TypeParameterType(parameters[i]);
            parameters[i].IsMaybeSized = _inPrelude && generics.Parameters[i - first].Bounds.Any(b => b.IsMaybe);
            parameters[i].AddBounds(generics.Parameters[i - first].Bounds.Select(b => ResolveBound(b, context, self)).OfType<TraitRef>());
        }
        foreach (var predicate in generics.WherePredicates)
        {
            var bounded = ResolveType(predicate.Type, context);
            if (bounded is TypeParameterType { Parameter: var p } && parameters.Contains(p))
                p.AddBounds(predicate.Bounds.Select(b => ResolveBound(b, context, bounded)).OfType<TraitRef>());
            else if (!bounded.ContainsError)
                Report(SemanticDiagnostics.UnsupportedFeature(predicate.Span, "`where` clauses on anything but the item's own type parameters"));
        }
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
        if (!scope.TryDeclareConst(EvaluateConst(c, scope)))
            Report(SemanticDiagnostics.DuplicateDefinition(c.Name.Span, c.Name.Text));
    }

    private ConstSymbol EvaluateConst(ConstItemSyntax c, Scope scope)
    {
        var type = ResolveType(c.Type, new TypeContext(scope, null) { ImplTraits = ImplTraitSite.ConstTypes });
        object? value = null;
        if (c.Value is not null)
        {
            var checker = new FunctionChecker(this, new FunctionSymbol(c.Name.Text, [], type, null), scope);
            var bound = checker.CheckConstInitializer(c.Value, type);
            value = ConstEvaluator.Evaluate(bound, out var failure);
            if (value is null && failure is not null) Report(failure);
        }
        return new ConstSymbol(c.Name.Text, type, value, c.Span);
    }

    private static string ParameterName(ParameterSyntax p) => p.Pattern is IdentifierPatternSyntax id ? id.Name.Text : "_";

    private static bool IsMutableBinding(PatternSyntax p) => p is IdentifierPatternSyntax { IsMutable: true };

    /// <summary>Where a missing `main` is reported: the end of the file, as rustc does.</summary>
    private TextSpan EndOfFile() => new(Math.Max(0, Source.Text.TrimEnd().Length - 1), Source.Text.TrimEnd().Length > 0 ? 1 : 0);
}
