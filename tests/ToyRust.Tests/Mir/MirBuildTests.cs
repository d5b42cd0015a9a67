using NUnit.Framework;
using ToyRust.Mir;
using ToyRust.Mir.Building;
using ToyRust.Mir.Printing;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mir;

/// <summary>
/// Every program of `examples/`, `tests/programs/` and `tests/mono/` (the prelude's functions
/// included) builds to MIR, with overflow checks and without, and every body passes
/// <see cref="MirValidator"/> and prints. What the MIR says is checked by the golden tests
/// (<see cref="MirGoldenTests"/>); here, that the builder covers the whole language without
/// throwing and without making a malformed body.
/// </summary>
public class MirBuildTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        from program in new[] { "examples", "tests/programs", "tests/mono" }.SelectMany(Repo.RelativeSources)
        from checks in new[] { true, false }
        select new TestCaseData(program, checks).SetArgDisplayNames(program, checks ? "overflow-checks" : "no-overflow-checks");

    [TestCaseSource(nameof(Cases))]
    public void Every_body_builds_and_validates(string program, bool overflowChecks)
    {
        var mir = MirPrograms.Build(program, overflowChecks);
        var problems = mir.Bodies.SelectMany(b => MirValidator.Validate(b)).ToList();
        Assert.That(problems, Is.Empty);
        Assert.That(MirPrinter.Print(mir, includePrelude: true), Is.Not.Empty);
    }

    [Test]
    public void Building_is_deterministic()
    {
        const string program = "tests/programs/l2/stack_vm.rs";
        var first = MirPrinter.Print(MirPrograms.Build(program), includePrelude: true);
        var second = MirPrinter.Print(MirPrograms.Build(program), includePrelude: true);
        Assert.That(second, Is.EqualTo(first));
    }
}
