using System.Text.RegularExpressions;
using NUnit.Framework;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Syntax;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Architecture;

/// <summary>
/// Items the compiler must know are lang items marked in the prelude, never trait, method or
/// variant names matched as strings (STYLE.md, item 11): every trait and enum of the prelude is
/// marked `#[lang = "..."]`, and outside the table itself (Symbols/LangItems.cs) the checker,
/// the trait solver, the MIR builder, the collector and the code generator hold no string literal equal to a lang item's name or
/// to the name of one of its methods or variants.
/// </summary>
public partial class LangItemTests
{
    private const string Prelude = "src/ToyRust.Semantics/Prelude/prelude.rs";

    private static readonly string[] ScannedProjects = ["src/ToyRust.Semantics", "src/ToyRust.Mir", "src/ToyRust.Mono", "src/ToyRust.Codegen"];

    private const string Table = "src/ToyRust.Semantics/Symbols/LangItems.cs";

    /// <summary>The names of std's modules and of what the prelude lacks (`fmt` the module is not `Debug::fmt`).</summary>
    private const string StdNames = "src/ToyRust.Semantics/Prelude/MissingStd.cs";

    [Test]
    public void Every_prelude_trait_and_enum_is_a_lang_item()
    {
        var tree = SyntaxTree.Parse(new SourceText(Prelude, File.ReadAllText(Repo.Full(Prelude))));
        var unmarked = tree.Root.Items
            .Where(i => i is TraitItemSyntax or EnumItemSyntax)
            .Where(i => !i.Attributes.Any(a => a.Name.Text == "lang"))
            .Select(i => i is TraitItemSyntax t ? t.Name.Text : ((EnumItemSyntax)i).Name.Text)
            .ToArray();
        Assert.That(unmarked, Is.Empty);
    }

    [Test]
    public void No_lang_item_name_is_a_string_literal_outside_the_table()
    {
        var names = LangItemNames();
        var found = new List<string>();
        foreach (var file in ScannedProjects.SelectMany(SourceFiles).Where(f => f != Table && f != StdNames))
        {
            var lines = File.ReadAllLines(Repo.Full(file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match literal in StringLiteral().Matches(lines[i]))
                {
                    if (names.Contains(literal.Groups["text"].Value)) found.Add($"{file}:{i + 1}: {literal.Value}");
                }
            }
        }
        Assert.That(found, Is.Empty, "compare symbols through LangItems instead");
    }

    /// <summary>The names of every lang item of a checked program, with its methods' or variants' names.</summary>
    private static HashSet<string> LangItemNames()
    {
        var result = Checker.Check(SyntaxTree.Parse(new SourceText("main.rs", "fn main() {}")));
        var langItems = result.Program.LangItems;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Enum.GetValues<LangItem>())
        {
            if (LangItems.Definition(item).Target == LangItemTarget.Trait)
            {
                var trait = langItems.Trait(item);
                names.Add(trait.Name);
                names.UnionWith(trait.Methods.Select(m => m.Name));
            }
            else if (LangItems.Definition(item).Target is LangItemTarget.Function or LangItemTarget.RequiredMethod)
            {
                names.Add(langItems.Function(item).Name);
            }
            else
            {
                var adt = langItems.Adt(item);
                names.Add(adt.Name);
                names.UnionWith(adt.Variants.Select(v => v.Name));
            }
        }
        return names;
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(Repo.Full(project), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();
}
