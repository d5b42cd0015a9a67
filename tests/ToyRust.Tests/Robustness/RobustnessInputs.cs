using System.Text;

namespace ToyRust.Tests.Robustness;

/// <summary>
/// One hostile input. <paramref name="Generate"/> runs when the case runs, not when NUnit lists the
/// cases, so the 10 MB file is built once and only by the test that needs it.
/// </summary>
/// <param name="IsValidRust">rustc accepts it as a program (or would, but for its own stack):
/// ToyRust then also emits an object file for it.</param>
/// <param name="MustCompile">ToyRust must accept it, not merely reject it cleanly.</param>
public sealed record RobustnessInput(string Name, Func<string> Generate, bool IsValidRust, bool MustCompile)
{
    public override string ToString() => Name;
}

/// <summary>
/// The inputs of <see cref="RobustnessTests"/>: degenerate files, deep nesting, very long flat
/// constructs, huge files and unterminated tokens. Sizes are chosen so the whole fixture runs in
/// well under a minute on the project's 2-core machines; where a size was shrunk the comment says so.
/// </summary>
public static class RobustnessInputs
{
    /// <summary>Nesting depth for brackets, blocks and ifs: far beyond any limit, and beyond where rustc 1.95 itself overflows its stack.</summary>
    public const int Depth = 20_000;

    public const int Terms = 50_000;

    public static IEnumerable<RobustnessInput> All()
    {
        yield return new("empty file", () => "", IsValidRust: false, MustCompile: false);
        yield return new("only whitespace and comments", WhitespaceAndComments, IsValidRust: false, MustCompile: false);
        yield return new("64 KB of random bytes", () => RandomText(64 * 1024, seed: 20_240_601), IsValidRust: false, MustCompile: false);
        yield return new("random bytes after a valid main", () => "fn main() {}\n" + RandomText(4 * 1024, seed: 7), IsValidRust: false, MustCompile: false);

        yield return new($"{Depth} nested parentheses", () => InMain($"let x = {Repeat("(", Depth)}1{Repeat(")", Depth)};\n    println!(\"{{}}\", x);"), IsValidRust: true, MustCompile: false);
        yield return new($"{Depth} nested blocks", () => InMain($"let x = {Repeat("{ ", Depth)}1{Repeat(" }", Depth)};\n    println!(\"{{}}\", x);"), IsValidRust: true, MustCompile: false);
        yield return new($"{Depth} nested ifs", () => InMain($"{Repeat("if true { ", Depth)}println!(\"deep\");{Repeat(" }", Depth)}"), IsValidRust: true, MustCompile: false);
        yield return new($"{Depth} nested array literals", () => InMain($"let x = {Repeat("[", Depth)}1{Repeat("]", Depth)};"), IsValidRust: true, MustCompile: false);
        yield return new("5000-deep nested tuple type", NestedTupleType, IsValidRust: true, MustCompile: false);

        // Deep trees that contain no brackets at all, so the parser's bracket limit does not stop them.
        yield return new($"{Terms}-term sum", () => InMain($"let x: i64 = {string.Join(" + ", Enumerable.Repeat("1", Terms))};\n    println!(\"{{}}\", x);"), IsValidRust: true, MustCompile: true);
        yield return new($"{Terms} chained comparisons with &&", () => InMain($"let a = 1;\n    let b = {string.Join(" && ", Enumerable.Repeat("a < 2", Terms))};\n    println!(\"{{}}\", b);"), IsValidRust: true, MustCompile: false);
        yield return new($"{Terms} prefix operators", () => InMain($"let x = {Repeat("-", Terms)}1i64;\n    let b = {Repeat("!", Terms)}true;\n    println!(\"{{}} {{}}\", x, b);"), IsValidRust: true, MustCompile: false);
        yield return new($"{Depth}-deep reference type and expression", () => InMain($"let x: {Repeat("&", Depth)}i32 = {Repeat("&", Depth)}1;\n    let _ = x;"), IsValidRust: true, MustCompile: false);
        // Code generation resolved and hashed every level's type anew: about a minute at this depth (corpus hang-deep-reference-codegen.rs).
        yield return new($"{Depth}-deep reference expression", () => InMain($"let flag = true;\n    let _y = {Repeat("&", Depth)}flag;"), IsValidRust: true, MustCompile: true);
        yield return new($"{Depth} dereferences of a {Depth}-deep reference", () => InMain($"let flag = true;\n    let y = {Repeat("&", Depth)}flag;\n    println!(\"{{}}\", {Repeat("*", Depth)}y);"), IsValidRust: true, MustCompile: true);
        // Found by the crash fuzzer: the E0308 message printed the type one level at a time, 12 s at 81,776 levels
        // (corpus hang-deep-reference-type-error.rs; TypePrintingTests guards the time).
        yield return new($"{Depth}-deep reference in a type error", () => InMain($"let mut n = 0;\n    n += {Repeat("&", Depth)}1;"), IsValidRust: false, MustCompile: false);
        yield return new($"{Depth}-arm else-if chain", () => ElseIfChain(Depth), IsValidRust: true, MustCompile: false);
        yield return new("1000-arm else-if chain", () => ElseIfChain(1_000), IsValidRust: true, MustCompile: true);
        yield return new($"{Terms} statements in one function", ManyStatements, IsValidRust: true, MustCompile: true);
        yield return new($"{Terms} casts", () => InMain($"let x = 1{Repeat(" as i64", Terms)};\n    println!(\"{{}}\", x);"), IsValidRust: true, MustCompile: false);

        yield return new("10 MB of small functions", TenMegabytesOfFunctions, IsValidRust: true, MustCompile: true);
        yield return new("10,000 syntax errors", TenThousandSyntaxErrors, IsValidRust: false, MustCompile: false);
        yield return new("10,000 type errors", TenThousandTypeErrors, IsValidRust: false, MustCompile: false);
        yield return new("unterminated string", () => "fn main() {\n    println!(\"never closed);\n}\n", IsValidRust: false, MustCompile: false);
        yield return new("unterminated raw string", () => "fn main() {\n    let s = r##\"never \"# closed;\n}\n", IsValidRust: false, MustCompile: false);
        yield return new("unterminated block comment", () => "fn main() {}\n/* outer /* inner */ still open\n", IsValidRust: false, MustCompile: false);
        yield return new("unterminated char literal", () => "fn main() {\n    let c = 'a", IsValidRust: false, MustCompile: false);
        yield return new("unclosed brace at end of file", () => "fn main() {\n    let x = 1;\n", IsValidRust: false, MustCompile: false);
        yield return new("100,000-character identifiers", LongIdentifiers, IsValidRust: true, MustCompile: true);
        yield return new("1,000,000-digit integer literal", () => InMain($"let x = 1{Repeat("0", 1_000_000)};\n    println!(\"{{}}\", x);"), IsValidRust: false, MustCompile: false);
        yield return new("100,000-digit integer literal", () => InMain($"let x = 1{Repeat("0", 100_000)};\n    println!(\"{{}}\", x);"), IsValidRust: false, MustCompile: false);
        yield return new("1,000,000-digit float literal", () => InMain($"let x = 1{Repeat("0", 1_000_000)}.5;\n    println!(\"{{}}\", x);"), IsValidRust: false, MustCompile: false);
        yield return new("1 MB string literal", () => InMain($"println!(\"{{}}\", \"{Repeat("ab\\n", 350_000)}\");"), IsValidRust: true, MustCompile: true);
        // Found by the crash fuzzer: asking whether P is Debug asked it again inside its own fields, forever.
        yield return new("recursive structs with a derived Debug in use", () =>
            "#[derive(Debug)]\nstruct P {\n    y: Big,\n}\n\n#[derive(Debug)]\nstruct Big {\n    origin: P,\n}\n\n"
            + "fn show(a: P) {\n    println!(\"{:?}\", a);\n}\n\nfn main() {}\n", IsValidRust: false, MustCompile: false);
        yield return new("NUL, BOM and control characters", () => "\uFEFFfn main() {\0\u0001 let x = 1;\u202E }\n", IsValidRust: false, MustCompile: false);
    }

    private static string InMain(string body) => $"fn main() {{\n    {body}\n}}\n";

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static string WhitespaceAndComments() =>
        "  \t\r\n\n// a line comment\n/* a block /* nested */ comment */\n/// a doc comment\n\u00a0\n\t\t\n";

    /// <summary>Random bytes decoded as UTF-8; invalid sequences become U+FFFD (the file reader would reject them instead).</summary>
    private static string RandomText(int bytes, int seed)
    {
        var buffer = new byte[bytes];
        new Random(seed).NextBytes(buffer);
        return Encoding.UTF8.GetString(buffer);
    }

    private static string NestedTupleType()
    {
        const int depth = 5_000;
        var type = Repeat("(", depth) + "i32" + Repeat(",)", depth);
        var value = Repeat("(", depth) + "1" + Repeat(",)", depth);
        return InMain($"let x: {type} = {value};\n    let _ = x;");
    }

    private static string ElseIfChain(int arms)
    {
        var text = new StringBuilder("fn pick(n: i32) -> i32 {\n    if n == 0 { 0 }\n");
        for (var i = 1; i < arms; i++) text.Append("    else if n == ").Append(i).Append(" { ").Append(i).Append(" }\n");
        text.Append("    else { -1 }\n}\n\nfn main() {\n    println!(\"{}\", pick(999));\n}\n");
        return text.ToString();
    }

    private static string ManyStatements()
    {
        var text = new StringBuilder("fn main() {\n    let mut x: i64 = 0;\n");
        for (var i = 0; i < Terms; i++) text.Append("    x += ").Append(i % 7).Append(";\n");
        text.Append("    println!(\"{}\", x);\n}\n");
        return text.ToString();
    }

    /// <summary>Small valid functions up to 10 MB (about 230,000 of them), and a main that calls a few.</summary>
    private static string TenMegabytesOfFunctions()
    {
        const int size = 10 * 1024 * 1024;
        var text = new StringBuilder(size + 1024);
        var count = 0;
        while (text.Length < size)
        {
            text.Append("fn f").Append(count).Append("(a: i32) -> i32 {\n    a * 3 + 1\n}\n\n");
            count++;
        }
        text.Append("fn main() {\n    println!(\"{} {}\", f0(1), f").Append(count - 1).Append("(2));\n}\n");
        return text.ToString();
    }

    /// <summary>The parser stops at the first syntax error, as rustc does; this checks that it stops cleanly and fast.</summary>
    private static string TenThousandSyntaxErrors()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 10_000; i++) text.Append("fn broken").Append(i).Append("( { let = ; ] }\n");
        return text.ToString();
    }

    /// <summary>Ten thousand errors that all get reported, since the checker recovers from each.</summary>
    private static string TenThousandTypeErrors()
    {
        var text = new StringBuilder("fn main() {\n");
        for (var i = 0; i < 10_000; i++) text.Append("    let x").Append(i).Append(": bool = ").Append(i).Append(";\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static string LongIdentifiers()
    {
        var local = Repeat("a", 100_000);
        var function = "f" + Repeat("b", 99_999);
        var type = "S" + Repeat("c", 99_999);
        return $"struct {type} {{ {local}: i32 }}\n\nfn {function}(s: {type}) -> i32 {{\n    s.{local} + 1\n}}\n\n"
            + InMain($"let {local} = {function}({type} {{ {local}: 41 }});\n    println!(\"{{}}\", {local});");
    }
}
