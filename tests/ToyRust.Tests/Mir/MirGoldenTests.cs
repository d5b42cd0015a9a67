using NUnit.Framework;
using ToyRust.Mir;
using ToyRust.Mir.Analysis;
using ToyRust.Mir.Printing;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mir;

/// <summary>
/// Every `tests/mir/NAME.rs` is built to MIR (with overflow checks, as rustc's debug builds), its
/// drops elaborated (as the code generator reads it), and printed; the program's own functions, in program order, must match `tests/mir/NAME.mir`
/// exactly. A test file is also a real Rust program, so rustc's own MIR of it can be put beside
/// ours (`RUSTC_BOOTSTRAP=1 rustc --edition 2021 -Zunpretty=mir NAME.rs`).
///
/// The expectations were written by running the printer (set TOYRUST_BLESS=1 to rewrite them)
/// and then read, line by line, against the source and against rustc's MIR of the same program
/// (rustc 1.95): they show what the MIR must say, not merely what it says. The decision trees,
/// checks, evaluation order, temporaries and trait calls are rustc's. The differences:
/// - notation, as <see cref="MirPrinter"/> documents: no unwind edges (`-> bb1`), no scopes,
///   run-time assert messages, our own `print!`/`panic!`/`std::process::exit` callees, paths
///   instead of `&lt;impl at …&gt;`, constants as `1.5_f64` and `-2147483648_i32` (rustc: `1.5f64`,
///   `i32::MIN`), signed switch values;
/// - a bounds check reads `Len(a)` where rustc has the array's constant length;
/// - drops are elaborated, but not their unwind paths (rustc's `drop(_2) -> [return: bb3, unwind: bb5]`);
/// - rustc promotes constant operands of a borrow (`const f::promoted[0]`); we use a temporary;
/// - blocks are numbered in the order the builder makes them, which is sometimes not rustc's;
/// - rustc's std desugars differently: a `for` loop calls `Iterator::next` (ours counts),
///   `println!` builds `fmt::Arguments`.
/// </summary>
public class MirGoldenTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Repo.RelativeSources("tests/mir").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void Mir_is_as_expected(string program)
    {
        var mir = DropElaboration.Run(MirPrograms.Build(program));
        Assert.That(mir.Bodies.SelectMany(b => MirValidator.Validate(b)), Is.Empty);
        var actual = MirPrinter.Print(mir);
        var expectedPath = Repo.Full(Path.ChangeExtension(program, ".mir"));
        if (Environment.GetEnvironmentVariable("TOYRUST_BLESS") == "1") File.WriteAllText(expectedPath, actual);
        Assert.That(File.Exists(expectedPath), Is.True, $"{expectedPath} is missing (TOYRUST_BLESS=1 writes it; then review it)");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath)));
    }
}
