using ToyRust.Syntax;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Prelude;

/// <summary>The prelude's source (Prelude/prelude.rs, embedded), parsed once per process.</summary>
internal static class PreludeSource
{
    private static readonly Lazy<SyntaxTree> Parsed = new(Parse);

    public static SyntaxTree Tree => Parsed.Value;

    private static SyntaxTree Parse()
    {
        using var stream = typeof(PreludeSource).Assembly.GetManifestResourceStream("prelude.rs")
            ?? throw new InvalidOperationException("the prelude is missing from the compiler's resources");
        using var reader = new StreamReader(stream);
        var tree = SyntaxTree.Parse(new SourceText("<prelude>", reader.ReadToEnd()));
        if (tree.Diagnostics.Any(d => d.IsError))
            throw new InvalidOperationException("the prelude does not parse: " + tree.Diagnostics.First(d => d.IsError).Message);
        return tree;
    }
}
