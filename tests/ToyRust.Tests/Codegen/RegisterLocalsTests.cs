using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ToyRust.Tests.Codegen;

/// <summary>
/// At `-C opt-level=0` the code generator keeps MIR locals that are defined once and read where
/// the definition dominates in LLVM registers (RegisterLocals): arguments, call results, the
/// `(value, overflowed)` pair of a checked operation read in the assert's successor, and `_0`.
/// Locals that are borrowed, or assigned on two paths, keep a stack slot. The program's output is
/// held to rustc's by the program tests; this test holds the IR's shape.
/// </summary>
public partial class RegisterLocalsTests
{
    private const string Program = """
        trait Weight {
            fn weight(self) -> u64;
        }

        impl Weight for u8 {
            fn weight(self) -> u64 {
                self as u64 + 1
            }
        }

        fn twice<T: Weight + Copy>(x: T) -> u64 {
            x.weight() + x.weight()
        }

        fn pick(c: bool) -> u64 {
            let mut v = 1;
            if c { v = 2; }
            let r = &v;
            *r
        }

        fn main() {
            println!("{} {}", twice(3u8), pick(true));
        }
        """;

    [Test]
    public void Arguments_call_results_and_checked_pairs_need_no_stack_slot()
    {
        var ir = LlvmIr();
        Assert.That(Allocas(ir, "twice"), Is.Empty, "twice: x, both call results, the checked sum and _0 are registers");
        Assert.That(Allocas(ir, "weight"), Is.Empty);
    }

    [Test]
    public void A_borrowed_or_reassigned_local_keeps_its_slot()
    {
        Assert.That(Allocas(LlvmIr(), "pick"), Does.Contain("%v"));
    }

    private static string LlvmIr() => LlvmIrOf.Program("registers", Program);

    /// <summary>The names of the `alloca`s in the function whose v0 symbol names <paramref name="name"/>.</summary>
    private static List<string> Allocas(string ir, string name)
    {
        var function = Regex.Match(ir, $@"define internal [^@]*@_R\w*{name.Length}{name}\w*\(.*?\n}}", RegexOptions.Singleline);
        Assert.That(function.Success, $"no function `{name}` in the IR");
        return [.. AllocaLine().Matches(function.Value).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex(@"(%\w+) = alloca")]
    private static partial Regex AllocaLine();
}
