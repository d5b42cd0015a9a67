using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using ToyRust.Syntax;
using ToyRust.Syntax.Ast;
using static ToyRust.Tests.Syntax.SyntaxTestHelpers;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// No input crashes or hangs the parser: each ends with a tree and diagnostics. Deep nesting
/// is refused with one diagnostic (a stack overflow cannot be caught in .NET); long flat
/// constructs parse. The time limits are hang guards, far above what the cases need.
/// (tests/ToyRust.Tests/Robustness/ runs the whole compiler over a larger set.)
/// </summary>
public class ParserRobustnessTests
{
    private const int Depth = 20_000;

    private static SyntaxTree ParseWithin(string text, double seconds)
    {
        var watch = Stopwatch.StartNew();
        var tree = Parse(text);
        Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(seconds), "took too long");
        return tree;
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static string FirstMessage(SyntaxTree tree) => tree.Diagnostics.First().Message;

    [Test]
    public void Empty_file()
    {
        var tree = ParseWithin("", 5);
        Assert.That((tree.Diagnostics.Length, tree.Root.Items.Length), Is.EqualTo((0, 0)));
    }

    [Test]
    public void Binary_garbage_and_replacement_characters()
    {
        var bytes = new byte[100_000];
        new Random(42).NextBytes(bytes);
        var tree = ParseWithin(Encoding.UTF8.GetString(bytes), 20);
        Assert.That(tree.Diagnostics, Is.Not.Empty);
    }

    [TestCase("(", ")")]
    [TestCase("{", "}")]
    [TestCase("[", "]")]
    public void Deep_brackets_are_refused_at_the_first_one_past_the_limit(string open, string close)
    {
        var prefix = "fn main() { let x = ";
        var tree = ParseWithin(prefix + Repeat(open, Depth) + "1" + Repeat(close, Depth) + "; }", 10);
        var diagnostic = tree.Diagnostics.Single();
        // `{` of main is the first bracket, so the 256th bracket of the expression is the 257th in all.
        Assert.That((diagnostic.Message, diagnostic.Span.Start),
            Is.EqualTo(("brackets are nested more than 256 deep, which is ToyRust's limit", prefix.Length + 255)));
    }

    [Test]
    public void Nested_blocks()
    {
        var tree = ParseWithin("fn main() " + Repeat("{ ", Depth) + Repeat("} ", Depth), 10);
        Assert.That(FirstMessage(tree), Does.StartWith("brackets are nested more than 256 deep"));
    }

    [Test]
    public void Nesting_just_under_the_limit_parses()
    {
        ParseClean("fn main() { let x = " + Repeat("(", 250) + "1" + Repeat(")", 250) + "; }");
    }

    /// <summary>
    /// 50,000 terms make a left-nested tree 50,000 deep; neither parser nor builder recurses on it.
    /// `-` also starts an expression, which once made each `-` look ahead to the end (quadratic).
    /// </summary>
    [TestCase("+", BinaryOperator.Add)]
    [TestCase("-", BinaryOperator.Sub)]
    public void Fifty_thousand_terms(string op, BinaryOperator expected)
    {
        const int terms = 50_000;
        var tree = ParseWithin("fn main() { let x = " + string.Join($" {op} ", Enumerable.Repeat("a", terms)) + "; }", 20);
        Assert.That(tree.Diagnostics, Is.Empty);
        ExpressionSyntax node = ((LetStatementSyntax)((FunctionItemSyntax)tree.Root.Items[0]).Body!.Statements[0]).Initializer!;
        var depth = 0;
        while (node is BinaryExpressionSyntax binary && binary.Operator == expected)
        {
            node = binary.Left;
            depth++;
        }
        Assert.That(depth, Is.EqualTo(terms - 1));
    }

    [Test]
    public void Fifty_thousand_terms_in_a_match_arm() =>
        Assert.That(ParseWithin("fn main() { match x { A => " + string.Join(" - ", Enumerable.Repeat("1", 50_000)) + ", _ => 0 } }", 20).Diagnostics, Is.Empty);

    [TestCase("return ")]
    [TestCase("break ")]
    [TestCase("|x| ")]
    [TestCase("move || ")]
    public void Chains_of_return_break_and_closures_are_refused(string prefix)
    {
        var tree = ParseWithin("fn main() { " + Repeat(prefix, 100_000) + "1; }", 10);
        Assert.That(FirstMessage(tree), Does.StartWith("`return`, `break` and closures are nested more than 100 deep"));
    }

    /// <summary>
    /// After `return x`, `.x` could continue `x` or the operand `return x`: an ambiguity that full
    /// LL prediction, used once the fast pass has failed, settled by reading to the end of the
    /// chain at every link: a syntax error after 600 links took 19 s to report, so 6,000 would
    /// have taken about half an hour (bug 15).
    /// </summary>
    [TestCase("while { return ", "x.", " } }", "expected `{`, found `}`")]
    [TestCase("while { return ", "x + ", " } }", "expected `{`, found `}`")]
    [TestCase("while { return x", " as u8", " } }", "expected `{`, found `}`")]
    [TestCase("while { return ", "x = ", " } }", "expected `{`, found `}`")]
    [TestCase("while { break ", "x.", " } }", "expected `{`, found `}`")]
    [TestCase("while { |q| ", "x.", " } }", "expected `{`, found `}`")]
    [TestCase("let a = { return ", "x.", " } x }", "expected one of `;` or `else`, found `x`")]
    [TestCase("return ", "x.", "; z z }", "expected one of `!`, `(`, `.`, `::`, `;`, `?`, `[`, `{`, `}`, or an operator, found `z`")]
    public void A_syntax_error_after_a_long_chain_in_return_break_or_a_closure(string prefix, string link, string suffix, string message)
    {
        var text = "fn f() {\n    " + prefix + Repeat(link, 6_000) + "y" + suffix + "\n";
        var diagnostic = ParseWithin(text, 10).Diagnostics.Single();
        // The offending token (`found `z``) is the last of its kind in the text.
        Assert.That((diagnostic.Message, diagnostic.Span.Start), Is.EqualTo((message, text.LastIndexOf(message[^2]))));
    }

    [TestCase("fn f(x: ", "i32) {}", "&")]
    [TestCase("fn main() { let x: ", "i32; }", "Vec<")]
    [TestCase("fn main() { let ", "x = 1; }", "&")]
    [TestCase("fn main() { let x = ", "1; }", "-")]
    [TestCase("fn main() { let x = ", "1; }", "&")]
    public void Other_deep_or_long_chains_end(string prefix, string suffix, string repeated)
    {
        var tree = ParseWithin(prefix + Repeat(repeated, 50_000) + suffix, 20);
        Assert.That(tree.Diagnostics.All(d => d.Message.Contains("ToyRust's limit", StringComparison.Ordinal)), Is.True, () => FirstMessage(tree));
    }

    [Test]
    public void Long_else_if_chain()
    {
        var text = new StringBuilder("fn pick(n: i32) -> i32 {\n    if n == 0 { 0 }\n");
        for (var i = 1; i < Depth; i++) text.Append("    else if n == ").Append(i).Append(" { ").Append(i).Append(" }\n");
        text.Append("    else { -1 }\n}\n");
        Assert.That(ParseWithin(text.ToString(), 20).Diagnostics, Is.Empty);
    }

    [Test]
    public void Unterminated_string_at_the_start_of_a_large_file()
    {
        var tree = ParseWithin("fn main() { let s = \"" + Repeat("fn f() {}\n", 100_000), 10);
        Assert.That(FirstMessage(tree), Is.EqualTo("unterminated double quote string"));
    }

    /// <summary>10 MB of varied functions (the parser reads one item at a time, so memory stays bounded).</summary>
    [Test]
    public void Ten_megabytes()
    {
        const string function = """
            fn f{0}(a: i32, v: Vec<i64>) -> Option<i64> {{
                let mut s: i64 = 0;
                for k in 0..a {{
                    if k % 2 == 0 && s > -3 {{ s += k as i64 * 2; }} else {{ s -= v[0]; }}
                }}
                let t = v.iter().map(|x| x * 2).filter(|x| *x > 2).count();
                match t {{ 0 => println!("zero {{}}", s), n @ 1..=5 => println!("{{n}}"), _ => {{}} }}
                Some(s + t as i64)
            }}

            """;
        var text = new StringBuilder(10_500_000);
        for (var i = 0; text.Length < 10_000_000; i++) text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, function, i);
        var tree = ParseWithin(text.ToString(), 60);
        Assert.That((tree.Diagnostics.Length, tree.Root.Items.Length > 25_000), Is.EqualTo((0, true)));
    }
}
