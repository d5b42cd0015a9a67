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

    private static readonly string[] SizeFlags =
    [
        "-Z", "merge-functions=disabled", "-Z", "function-sections=no", "-C", "link-dead-code", "-C", "strip=symbols",
        "-C", "link-arg=-fuse-ld=lld", "-C", "link-args=-Wl,--icf=all -Wl,-O1", "-C", "llvm-args=-inline-threshold=25",
    ];

    [Test]
    public void Size_flags_apply_as_rustc_spells_them()
    {
        Assert.That(RustcFlags.TryApply(Defaults, SizeFlags, out var o, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(o.MergeFunctions, Is.False);
            Assert.That(o.FunctionSections, Is.False);
            Assert.That(o.LinkDeadCode, Is.True);
            Assert.That(o.Strip, Is.EqualTo(StripLevel.Symbols));
            Assert.That(o.LinkArgs, Is.EqualTo(new[] { "-fuse-ld=lld", "-Wl,--icf=all", "-Wl,-O1" }));
            Assert.That(o.InlineThreshold, Is.EqualTo(25));
        });
    }

    [Test]
    public void Merging_is_on_when_optimising_unless_disabled_as_in_rustc()
    {
        Assert.That((Defaults with { OptLevel = OptLevel.O0 }).EffectiveMergeFunctions, Is.False);
        Assert.That((Defaults with { OptLevel = OptLevel.O2 }).EffectiveMergeFunctions, Is.True);
        Assert.That((Defaults with { OptLevel = OptLevel.O2, MergeFunctions = false }).EffectiveMergeFunctions, Is.False);
    }

    [TestCase("merge-functions=sometimes", "incorrect value `sometimes` for unstable option `merge-functions`")]
    [TestCase("frobnicate=1", "unknown unstable option: `frobnicate`")]
    public void Bad_unstable_options_get_rustc_messages(string flag, string message)
    {
        Assert.That(RustcFlags.TryApplyUnstableOption(Defaults, flag, out _, out var error), Is.False);
        Assert.That(error, Does.StartWith(message));
    }

    /// <summary>Every flag ToyRust takes for the size tools is one rustc takes too: rustc builds a program with all of them.</summary>
    [Test]
    public void Rustc_accepts_the_same_size_flags()
    {
        if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
        var work = Directory.CreateTempSubdirectory("toyrust-flags-");
        try
        {
            var source = Path.Combine(work.FullName, "f.rs");
            File.WriteAllText(source, "fn main() { println!(\"hi\"); }\n");
            var run = Rustc.Run([source, "-o", Path.Combine(work.FullName, "f"), .. SizeFlags], unstable: true);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
