using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>rustc's flag spellings, as the CLI and `//@ compile-flags` directives share them.</summary>
public class RustcFlagsTests
{
    private static readonly CompileOptions Defaults = new() { OutputStem = "x" };

    [Test]
    public void Directive_flags_apply_in_order()
    {
        Assert.That(RustcFlags.TryApply(Defaults, ["-C", "overflow-checks=off", "-Copt-level=s", "--target", Targets.Aarch64Linux], out var options, out var error), Is.True, error);
        Assert.That(options, Is.EqualTo(Defaults with { OverflowChecks = false, OptLevel = OptLevel.Os, Target = Targets.Aarch64Linux }));
    }

    [Test]
    public void Dash_O_is_opt_level_3_as_in_rustc_1_95()
    {
        Assert.That(RustcFlags.TryApply(Defaults, ["-O"], out var options, out _), Is.True);
        Assert.That(options.OptLevel, Is.EqualTo(OptLevel.O3));
    }

    [TestCase("overflow-checks", true)]
    [TestCase("overflow-checks=yes", true)]
    [TestCase("overflow-checks=n", false)]
    public void Overflow_checks_take_rustc_booleans(string flag, bool expected)
    {
        Assert.That(RustcFlags.TryApplyCodegenOption(Defaults, flag, out var options, out _), Is.True);
        Assert.That(options.OverflowChecks, Is.EqualTo(expected));
    }

    [Test]
    public void Emit_accepts_rustc_and_toyrust_names()
    {
        Assert.That(RustcFlags.TryParseEmit(["link,obj", "asm", "llvm-ir"], out var kinds, out _), Is.True);
        Assert.That(kinds, Is.EqualTo(EmitKinds.Exe | EmitKinds.Obj | EmitKinds.Asm | EmitKinds.LlvmIr));
    }
}
