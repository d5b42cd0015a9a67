using NUnit.Framework;
using ToyRust.Semantics.Prelude;
using ToyRust.Syntax;
using ToyRust.Syntax.Serialization;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// The binary AST form the prelude is embedded in: the generated codec is current, it reproduces
/// every tree exactly (the prelude and every program of the suite), and the embedded
/// Prelude/prelude.ast is prelude.rs parsed by today's parser. `TOYRUST_BLESS=1` rewrites the two
/// generated files; review the diff.
/// </summary>
public class AstCodecTests
{
    private static bool Bless => Environment.GetEnvironmentVariable("TOYRUST_BLESS") == "1";

    [Test]
    public void Generated_codec_is_current()
    {
        var path = Repo.Full("src/ToyRust.Syntax/Serialization/AstCodec.g.cs");
        var generated = AstCodecGenerator.Generate();
        if (Bless) File.WriteAllText(path, generated);
        Assert.That(File.ReadAllText(path), Is.EqualTo(generated), "AstCodec.g.cs is out of date: TOYRUST_BLESS=1 dotnet test --filter AstCodecTests");
    }

    [Test]
    public void Embedded_prelude_is_the_current_prelude_parsed()
    {
        var path = Repo.Full("src/ToyRust.Semantics/Prelude/prelude.ast");
        var expected = PreludeSource.Encode(File.ReadAllText(Repo.Full("src/ToyRust.Semantics/Prelude/prelude.rs")));
        if (Bless) File.WriteAllBytes(path, expected);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(expected), "prelude.ast is out of date: TOYRUST_BLESS=1 dotnet test --filter AstCodecTests");
    }

    [Test]
    public void Compiler_decodes_the_embedded_prelude_instead_of_parsing_it()
    {
        _ = PreludeSource.Tree;
        Assert.That(PreludeSource.FromEmbeddedForm, Is.True, "the embedded prelude.ast did not match prelude.rs");
    }

    public static IEnumerable<TestCaseData> Sources() =>
        new[] { "src/ToyRust.Semantics/Prelude/prelude.rs" }
            .Concat(ProgramTests.Programs())
            .Concat(Repo.RelativeSources("tests/ui"))
            .Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    /// <summary>
    /// Decoding gives the same tree: the same bytes when encoded again (the encoder writes every
    /// field of every node), and the same text when printed.
    /// </summary>
    [TestCaseSource(nameof(Sources))]
    public void Codec_reproduces_the_tree(string file)
    {
        var tree = SyntaxTree.Parse(new SourceText(file, File.ReadAllText(Repo.Full(file))));
        var bytes = AstCodec.Encode(tree.Root, "key");
        var decoded = AstCodec.TryDecode(bytes, "key");
        Assert.That(decoded, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(AstCodec.Encode(decoded!, "key"), Is.EqualTo(bytes));
            Assert.That(AstPrinter.Print(decoded), Is.EqualTo(AstPrinter.Print(tree.Root)));
            Assert.That(AstCodec.TryDecode(bytes, "another key"), Is.Null);
        });
    }
}
