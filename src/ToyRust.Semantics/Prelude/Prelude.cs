using System.Security.Cryptography;
using System.Text;
using ToyRust.Syntax;
using ToyRust.Syntax.Serialization;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Prelude;

/// <summary>
/// The prelude's source (Prelude/prelude.rs) and its tree, both embedded in the compiler, loaded once
/// per process. The tree comes from Prelude/prelude.ast, the prelude parsed when the compiler was
/// built and written by <see cref="AstCodec"/>: decoding it takes milliseconds where parsing took
/// ~350 ms in a native run. The form is keyed by a hash of the source, so an edited prelude.rs
/// whose prelude.ast was not regenerated is parsed instead (slower, never wrong), and a test
/// (PreludeFormTests) fails until `TOYRUST_BLESS=1` rewrites it.
/// </summary>
internal static class PreludeSource
{
    private static readonly Lazy<SyntaxTree> Loaded = new(Load);

    public static SyntaxTree Tree => Loaded.Value;

    /// <summary>Whether <see cref="Tree"/> was decoded from the embedded form (false: prelude.ast is stale and prelude.rs was parsed).</summary>
    public static bool FromEmbeddedForm { get; private set; }

    /// <summary>The key the embedded form is written under: the SHA-256 of the prelude's text.</summary>
    public static string KeyOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The embedded form of a prelude text (what Prelude/prelude.ast must hold).</summary>
    public static byte[] Encode(string text) => AstCodec.Encode(ParseText(text).Root, KeyOf(text));

    private static SyntaxTree Load()
    {
        var text = Encoding.UTF8.GetString(Resource("prelude.rs"));
        var source = new SourceText("<prelude>", text);
        if (AstCodec.TryDecode(Resource("prelude.ast"), KeyOf(text)) is { } root)
        {
            FromEmbeddedForm = true;
            return new SyntaxTree(source, root, []);
        }
        return ParseText(text);
    }

    private static SyntaxTree ParseText(string text)
    {
        var tree = SyntaxTree.Parse(new SourceText("<prelude>", text));
        if (tree.Diagnostics.Any(d => d.IsError))
            throw new InvalidOperationException("the prelude does not parse: " + tree.Diagnostics.First(d => d.IsError).Message);
        return tree;
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PreludeSource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is missing from the compiler's resources");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
