using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Mir;

/// <summary>
/// `--emit mir` through the driver: every `tests/emit-mir/NAME.rs` is compiled with
/// `--emit mir` alone, and `NAME.mir` must match exactly. The expectation was written with
/// TOYRUST_BLESS=1 and read against the source: part 2's instances are part 1's generic bodies
/// with `T` replaced, locals and blocks numbered the same, and the collector's items in its order.
/// </summary>
public class EmitMirTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Repo.RelativeSources("tests/emit-mir").Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    [TestCaseSource(nameof(Cases))]
    public void Emit_mir_writes_the_bodies_before_and_after_monomorphization(string program)
    {
        var folder = Directory.CreateTempSubdirectory("toyrust-emit-mir-");
        try
        {
            var path = Repo.Full(program);
            var stem = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(program));
            var result = Compiler.Compile(new SourceText(program, File.ReadAllText(path)), new CompileOptions { Emit = EmitKinds.Mir, OutputStem = stem });
            Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty);
            Assert.That(result.Outputs, Is.EqualTo(new[] { stem + ".mir" }), "--emit mir alone writes the .mir file and nothing else");
            var actual = File.ReadAllText(stem + ".mir");
            var expectedPath = Path.ChangeExtension(path, ".mir");
            if (Environment.GetEnvironmentVariable("TOYRUST_BLESS") == "1") File.WriteAllText(expectedPath, actual);
            Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Emit_mir_is_an_emission_type()
    {
        Assert.That(RustcFlags.TryParseEmit(["mir,obj"], out var kinds, out _), Is.True);
        Assert.That(kinds, Is.EqualTo(EmitKinds.Mir | EmitKinds.Obj));
    }
}
