using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `#[lang = "name"]`. In the prelude it marks an item the compiler must know: right after the
/// prelude is declared, the marked traits, enums and functions fill <see cref="LangItems"/>, once. In a
/// program the attribute is an error, reported as a stable rustc reports it:
/// <code>
/// #[lang = "foo"] trait Foo {}       E0658 lang items are subject to change
///                                    E0522 definition of an unknown lang item: `foo`
/// #[lang = "clone"] fn f() {}        E0658, then E0718 `clone` lang item must be applied to a trait
/// #[lang = "clone"] trait MyClone {} E0658, then E0152 found duplicate lang item `clone`
/// </code>
/// rustc stops at the first duplicate of a crate, and so does this. A name only ToyRust has
/// (`debug`) is unknown to rustc, so it is E0522 here too; a rustc lang item ToyRust does not
/// have (`deref`, until the prelude has it) is also E0522, where rustc says E0152.
/// </summary>
internal sealed partial class ProgramChecker
{
    private const string LangAttributeName = "lang";

    /// <summary>Where an item is declared, which decides how rustc names it in E0718 ("inherent method").</summary>
    private enum ItemPlace
    {
        Free,
        Trait,
        InherentImpl,
        TraitImpl,
    }

    /// <summary>The prelude's lang items; complete once the prelude is declared.</summary>
    public LangItems LangItems { get; } = new();

    private readonly List<(AttributeSyntax Attribute, ItemSyntax Item, ItemPlace Place)> _programLangAttributes = [];

    /// <summary>Fills the table from the prelude's attributes; a mistake there is a compiler bug, so it throws.</summary>
    private void DefineLangItems(IEnumerable<ItemSyntax> items, Scope scope)
    {
        DefineLangItemsIn(items, scope);
        LangItems.Complete();
    }

    private void DefineLangItemsIn(IEnumerable<ItemSyntax> items, Scope scope)
    {
        foreach (var item in items)
        {
            // `std::ptr::drop_in_place` is marked inside the prelude's `mod ptr`.
            if (item is ModuleItemSyntax module && scope.LookupModule(module.Name.Text) is { } inner) DefineLangItemsIn(module.Items, inner);
            // `#[lang = "branch"]` is on `Try::branch`, inside its trait.
            if (item is TraitItemSyntax traitItem) DefineMethodLangItems(traitItem, scope.LookupTrait(traitItem.Name.Text)!);
            if (item is not FunctionItemSyntax f) continue;
            foreach (var attribute in LangAttributes(item))
            {
                var definition = PreludeLangItem(attribute);
                if (definition.Target != LangItemTarget.Function) throw MisplacedLangItem(definition);
                LangItems.Define(definition.Item, scope.LookupFunction(f.Name.Text)!);
            }
        }
    }

    /// <summary>
    /// The prelude's marked traits, enums and structs, as soon as their names are declared (before
    /// any signature is resolved): the prelude's own signatures need them, `F: FnMut(&amp;T) -&gt; K`.
    /// </summary>
    private void DefineTypeLangItems(IEnumerable<ItemSyntax> items, Scope scope)
    {
        foreach (var item in items)
        {
            foreach (var attribute in LangAttributes(item))
            {
                var definition = PreludeLangItem(attribute);
                switch (item)
                {
                    case TraitItemSyntax t when definition.Target == LangItemTarget.Trait:
                        LangItems.Define(definition.Item, scope.LookupTrait(t.Name.Text)!);
                        break;
                    case EnumItemSyntax e when definition.Target == LangItemTarget.Enum:
                        LangItems.Define(definition.Item, scope.LookupType(e.Name.Text)!);
                        break;
                    case StructItemSyntax st when definition.Target == LangItemTarget.Struct:
                        LangItems.Define(definition.Item, scope.LookupType(st.Name.Text)!);
                        break;
                    case FunctionItemSyntax when definition.Target == LangItemTarget.Function:
                        break;
                    default:
                        throw MisplacedLangItem(definition);
                }
            }
        }
    }

    private LangItemDefinition PreludeLangItem(AttributeSyntax attribute) =>
        (attribute.Value is { } name ? LangItems.Definition(name) : null)
            ?? throw new InvalidOperationException($"the prelude marks an unknown lang item `{attribute.Value}`");

    private static InvalidOperationException MisplacedLangItem(LangItemDefinition definition) =>
        new($"the prelude puts `#[lang = \"{definition.Name}\"]` on something other than a {definition.TargetText}");

    private void DefineMethodLangItems(TraitItemSyntax traitItem, TraitSymbol trait)
    {
        foreach (var method in traitItem.Items.OfType<FunctionItemSyntax>())
        {
            foreach (var attribute in LangAttributes(method))
            {
                var definition = (attribute.Value is { } name ? LangItems.Definition(name) : null)
                    ?? throw new InvalidOperationException($"the prelude marks an unknown lang item `{attribute.Value}`");
                if (definition.Target != LangItemTarget.RequiredMethod || method.Body is not null)
                    throw new InvalidOperationException($"the prelude puts `#[lang = \"{definition.Name}\"]` on something other than a {definition.TargetText}");
                LangItems.Define(definition.Item, trait.FindMethod(method.Name.Text)!);
            }
        }
    }

    /// <summary>E0658 for every `#[lang]` on a program's item and on the items inside it (trait and impl members).</summary>
    private void ReportLangAttributes(ItemSyntax item, ItemPlace place = ItemPlace.Free)
    {
        foreach (var attribute in LangAttributes(item))
        {
            Report(SemanticDiagnostics.LangItemsAreUnstable(attribute.Span));
            _programLangAttributes.Add((attribute, item, place));
        }
        var (members, memberPlace) = item switch
        {
            TraitItemSyntax t => (t.Items, ItemPlace.Trait),
            ImplItemSyntax i => (i.Items, i.Trait is null ? ItemPlace.InherentImpl : ItemPlace.TraitImpl),
            ModuleItemSyntax m => (m.Items, ItemPlace.Free),
            _ => ([], place),
        };
        foreach (var member in members) ReportLangAttributes(member, memberPlace);
    }

    /// <summary>
    /// Once the whole program is declared (items in blocks are declared while bodies are checked):
    /// rustc's lang item collection, in source order. It stops at the first duplicate, and its
    /// check for unknown names comes after it, so a duplicate hides every E0522.
    /// </summary>
    private void ReportProgramLangItems()
    {
        var unknown = new List<Diagnostic>();
        foreach (var (attribute, item, place) in _programLangAttributes.OrderBy(a => a.Attribute.Span.Start))
        {
            if (attribute.Value is not { } name) continue;
            if (LangItems.Definition(name) is not { IsRustc: true } definition)
            {
                unknown.Add(SemanticDiagnostics.UnknownLangItem(attribute.Span, name));
                continue;
            }
            if (!Fits(item, place, definition.Target))
            {
                Report(SemanticDiagnostics.LangItemOnWrongItem(attribute.Span, name, definition.TargetText, Describe(item, place)));
                continue;
            }
            var crate = Path.GetFileNameWithoutExtension(Source.Path);
            Report(SemanticDiagnostics.DuplicateLangItem(WithoutAttributes(item), name, crate));
            return;
        }
        unknown.ForEach(Report);
    }

    private static bool Fits(ItemSyntax item, ItemPlace place, LangItemTarget target) => target switch
    {
        LangItemTarget.RequiredMethod => item is FunctionItemSyntax { Body: null } && place == ItemPlace.Trait,
        LangItemTarget.Trait => item is TraitItemSyntax,
        LangItemTarget.Enum => item is EnumItemSyntax,
        LangItemTarget.Struct => item is StructItemSyntax,
        LangItemTarget.Function => item is FunctionItemSyntax,
        _ => throw new InvalidOperationException($"unknown lang item target {target}"),
    };

    private static IEnumerable<AttributeSyntax> LangAttributes(ItemSyntax item) =>
        item.Attributes.Where(a => !a.IsInner && a.Name.Text == LangAttributeName);

    /// <summary>rustc's span of an item starts after its attributes (and the comments between).</summary>
    private TextSpan WithoutAttributes(ItemSyntax item)
    {
        var text = Source.Text;
        var start = item.Attributes.IsEmpty ? item.Span.Start : item.Attributes[^1].Span.End;
        while (start < item.Span.End)
        {
            if (char.IsWhiteSpace(text[start])) start++;
            else if (string.CompareOrdinal(text, start, "//", 0, 2) == 0) start = LineEnd(text, start);
            else if (string.CompareOrdinal(text, start, "/*", 0, 2) == 0)
                start = text.IndexOf("*/", start + 2, StringComparison.Ordinal) + 2;
            else break;
        }
        return TextSpan.FromBounds(start, item.Span.End);
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>What rustc calls the item in E0718: "function", "inherent method", "implementation block", …</summary>
    private static string Describe(ItemSyntax item, ItemPlace place) => item switch
    {
        FunctionItemSyntax f => place switch
        {
            ItemPlace.Trait => f.Body is null ? "required trait method" : "provided trait method",
            ItemPlace.InherentImpl => "inherent method",
            ItemPlace.TraitImpl => "trait method in an impl block",
            _ => "function",
        },
        ConstItemSyntax => place == ItemPlace.Free ? "constant" : "associated const",
        TypeAliasItemSyntax => place == ItemPlace.Free ? "type alias" : "associated type",
        StaticItemSyntax => "static",
        StructItemSyntax => "struct",
        EnumItemSyntax => "enum",
        TraitItemSyntax => "trait",
        ImplItemSyntax => "implementation block",
        UseItemSyntax => "use",
        ModuleItemSyntax => "module",
        _ => throw new InvalidOperationException($"unknown kind of item {item.GetType().Name}"),
    };
}
