using System.Text.RegularExpressions;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Codegen;

/// <summary>
/// The shape of generated code that the run-time benchmark (bench/kernels, docs/performance.md)
/// depends on, and that no program output would reveal if it regressed: a bounds check is a
/// compare and one cold call; `#[inline(never)]` and `#[cold]` reach LLVM, and `Vec::push` grows
/// through an out-of-line cold `grow_one`, as std's; at `-O` a `zip` of two slices is one counted
/// loop, as rustc's indexed `Zip`. The panic messages themselves are held to rustc's by the program
/// tests.
/// </summary>
public partial class RuntimeCodeShapeTests
{
    private const string Indexing = """
        fn get(v: &[u64], i: usize) -> u64 {
            v[i]
        }

        fn main() {
            let a = [1, 2, 3];
            println!("{}", get(&a, 2));
        }
        """;

    [Test]
    public void A_bounds_check_calls_the_runtime_once_with_the_index_and_the_length()
    {
        var get = Function(LlvmIr(Indexing), "get");
        Assert.That(Calls(get), Is.EqualTo(new[] { "__toyrust_panic_bounds" }), "no message buffer, no formatting at the call site");
    }

    private const string Hints = """
        #[inline(never)]
        fn slow(x: u64) -> u64 {
            x + 1
        }

        #[cold]
        fn rare() -> u64 {
            7
        }

        fn plain() -> u64 {
            3
        }

        fn main() {
            let mut v = Vec::new();
            v.push(slow(1) + rare() + plain());
            println!("{}", v[0]);
        }
        """;

    [Test]
    public void Inline_never_and_cold_become_llvm_attributes()
    {
        var ir = LlvmIr(Hints);
        Assert.That(Attributes(ir, "slow"), Does.Contain("noinline").And.Not.Contain("cold"));
        Assert.That(Attributes(ir, "rare"), Does.Contain("cold").And.Not.Contain("noinline"));
        Assert.That(Attributes(ir, "plain"), Does.Not.Contain("noinline").And.Not.Contain("cold"));
    }

    [Test]
    public void Vec_push_grows_through_an_out_of_line_cold_function()
    {
        var ir = LlvmIr(Hints);
        Assert.That(Attributes(ir, "grow_one"), Does.Contain("noinline").And.Contain("cold"));
        Assert.That(Calls(Function(ir, "push")), Does.Contain(Regex.Match(ir, @"@(_R\w*8grow_one\w*)\(").Groups[1].Value));
    }

    private const string Zipped = """
        #[inline(never)]
        fn dot(a: &[f64], b: &[f64]) -> f64 {
            a.iter().zip(b.iter()).map(|(x, y)| x * y).sum::<f64>()
        }

        #[inline(never)]
        fn same(xs: &[i32], ys: &[i32]) -> usize {
            xs.iter().zip(ys.iter()).filter(|(x, y)| x == y).count()
        }

        fn main() {
            let a = vec![1.0, 2.0, 3.0];
            let b = vec![1, 2, 3, 4];
            println!("{} {}", dot(&a, &a), same(&b, &b));
        }
        """;

    [Test]
    public void A_zip_of_slices_is_one_counted_loop_at_O3()
    {
        var ir = LlvmIr(Zipped, OptLevel.O3);
        var dot = Function(ir, "dot");
        var same = Function(ir, "same");
        Assert.That(Calls(dot), Is.Empty, "every adapter inlined");
        Assert.That(Calls(same), Is.Empty, "every adapter inlined");
        Assert.That(dot, Does.Not.Match(@"icmp (eq|ne) ptr"), "no null test of an `Option<(&f64, &f64)>` per item");
        Assert.That(same, Does.Contain("vector.body"), "the indexed loop is vectorized");
    }

    private static string LlvmIr(string program, OptLevel opt = OptLevel.O0)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-shape-");
        try
        {
            var stem = Path.Combine(folder.FullName, "shape");
            var result = Compiler.Compile(new SourceText("shape.rs", program), new CompileOptions { Emit = EmitKinds.LlvmIr, OutputStem = stem, OptLevel = opt });
            Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty);
            return File.ReadAllText(result.Outputs.Single());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The text of the function whose v0 symbol names <paramref name="name"/>.</summary>
    private static string Function(string ir, string name)
    {
        var function = Regex.Match(ir, $@"define internal [^@]*@_R\w*{name.Length}{name}\w*\(.*?\n}}", RegexOptions.Singleline);
        Assert.That(function.Success, $"no function `{name}` in the IR");
        return function.Value;
    }

    /// <summary>The function attributes of the function named <paramref name="name"/> (its `#N` group).</summary>
    private static string Attributes(string ir, string name)
    {
        var group = Regex.Match(Function(ir, name), @"^define[^{]*\) [^{]*#(\d+)");
        Assert.That(group.Success, $"`{name}` has no attribute group");
        return Regex.Match(ir, $@"^attributes #{group.Groups[1].Value} = {{(.*)}}$", RegexOptions.Multiline).Groups[1].Value;
    }

    private static List<string> Calls(string function) =>
        [.. CallLine().Matches(function).Select(m => m.Groups[1].Value).Where(name => !name.StartsWith("llvm.", StringComparison.Ordinal))];

    [GeneratedRegex(@"(?:call|invoke) [^@]*@([\w.]+)\(")]
    private static partial Regex CallLine();
}
