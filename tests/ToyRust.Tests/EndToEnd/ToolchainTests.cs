using System.Diagnostics;
using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Driver.Toolchain;

namespace ToyRust.Tests.EndToEnd;

/// <summary>
/// The linker, the runtime and the runner, tried on programs written in C against the runtime's ABI
/// (what the code generator emits calls to), so they are tested independently of the compiler.
/// </summary>
public class ToolchainTests
{
    private const string RuntimeAbi = """
        #include <stdint.h>
        typedef struct { uint8_t *ptr; uint64_t len, cap; } TrBuf;
        void __toyrust_buf_str(TrBuf *b, const uint8_t *p, uint64_t n, const void *spec);
        void __toyrust_buf_int(TrBuf *b, uint64_t bits, int32_t width, int32_t is_signed, const void *spec);
        void __toyrust_print(int32_t stream, TrBuf *b);
        void __toyrust_panic_str(const uint8_t *msg, uint64_t len, const uint8_t *file, uint64_t file_len, uint32_t line, uint32_t col);

        """;

    private const string Hello = RuntimeAbi + """
        int main(void) {
            TrBuf b = {0};
            __toyrust_buf_str(&b, (const uint8_t *)"answer ", 7, 0);
            __toyrust_buf_int(&b, (uint64_t)-42, 32, 1, 0);
            __toyrust_buf_str(&b, (const uint8_t *)" \xc3\xa9\n", 4, 0);
            __toyrust_print(1, &b);
            return 3;
        }
        """;

    private const string Panics = RuntimeAbi + """
        int main(void) {
            TrBuf b = {0};
            __toyrust_buf_str(&b, (const uint8_t *)"before\n", 7, 0);
            __toyrust_print(1, &b);
            __toyrust_panic_str((const uint8_t *)"attempt to divide by zero", 25, (const uint8_t *)"src/main.rs", 11, 5, 5);
        }
        """;

    public static IEnumerable<string> LinkableTargets() => Targets.Linkable;

    [TestCaseSource(nameof(LinkableTargets))]
    public void System_has_every_piece(string target) =>
        Assert.That(SystemCheck.For(target), Is.Null);

    [TestCaseSource(nameof(LinkableTargets))]
    public void Linked_program_prints_through_the_runtime_and_exits_with_its_code(string target)
    {
        using var dir = new TempDir();
        var exe = Build(dir, target, Hello);
        var run = ProgramRunner.Run(exe, target, new RunOptions { Timeout = TimeSpan.FromSeconds(10) });
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo("answer -42 é\n"));
            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.ExitCode, Is.EqualTo(3));
            Assert.That(run.TimedOut, Is.False);
        });
    }

    [TestCaseSource(nameof(LinkableTargets))]
    public void Panic_flushes_stdout_then_exits_with_101(string target)
    {
        using var dir = new TempDir();
        var exe = Build(dir, target, Panics);
        var run = ProgramRunner.Run(exe, target, new RunOptions { Timeout = TimeSpan.FromSeconds(10) });
        Assert.Multiple(() =>
        {
            Assert.That(run.Stdout, Is.EqualTo("before\n"));
            Assert.That(run.Stderr, Does.Contain("panicked at src/main.rs:5:5:\nattempt to divide by zero\n"));
            Assert.That(run.ExitCode, Is.EqualTo(101));
        });
    }

    [TestCaseSource(nameof(LinkableTargets))]
    public void Executables_are_pie_and_byte_for_byte_reproducible(string target)
    {
        using var dir = new TempDir();
        var obj = CompileC(dir, target, Hello);
        var first = Path.Combine(dir.Path, "first");
        var second = Path.Combine(dir.Path, "second");
        Assert.That(Linker.Link([obj], target, first), Is.Null);
        Assert.That(Linker.Link([obj], target, second), Is.Null);
        var bytes = File.ReadAllBytes(first);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(second), Is.EqualTo(bytes));
            Assert.That(BitConverter.ToUInt16(bytes, 16), Is.EqualTo(3), "e_type should be ET_DYN (PIE)");
            Assert.That(ToyRust.Analysis.Objects.ObjectReader.Read(first).Sections.Single(s => s.Name == ".text").Size, Is.GreaterThan(0));
        });
    }

    [TestCaseSource(nameof(LinkableTargets))]
    public void Runtime_object_is_built_once_and_cached(string target)
    {
        var path = RuntimeLibrary.ObjectFor(target);
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(path), Is.True);
            Assert.That(Path.GetFileName(path), Does.StartWith($"toyrust_rt-{target}-"));
            Assert.That(RuntimeLibrary.ObjectFor(target), Is.EqualTo(path));
        });
    }

    [Test]
    public void Link_error_is_one_line_naming_the_linker()
    {
        using var dir = new TempDir();
        var obj = CompileC(dir, Targets.Host, "void missing(void); int main(void) { missing(); return 0; }");
        var error = Linker.Link([obj], Targets.Host, Path.Combine(dir.Path, "a.out"));
        Assert.That(error, Does.StartWith("linking with `cc` failed: ").And.Not.Contain("\n"));
    }

    [Test]
    public void Unlinkable_target_is_reported_not_thrown() =>
        Assert.That(Linker.Link([], Targets.X86_64Darwin, "/tmp/never"), Does.Contain("cannot link"));

    [Test]
    public void Runaway_program_is_killed_at_the_timeout()
    {
        using var dir = new TempDir();
        var exe = Build(dir, Targets.Host, "int main(void) { for (;;) {} }");
        var clock = Stopwatch.StartNew();
        var run = ProgramRunner.Run(exe, Targets.Host, new RunOptions { Timeout = TimeSpan.FromMilliseconds(500) });
        Assert.Multiple(() =>
        {
            Assert.That(run.TimedOut, Is.True);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void Arguments_reach_the_program()
    {
        using var dir = new TempDir();
        var exe = Build(dir, Targets.Aarch64Linux, "int main(int argc, char **argv) { return argc; }");
        var run = ProgramRunner.Run(exe, Targets.Aarch64Linux, new RunOptions { Arguments = ["a b", "--x"], Timeout = TimeSpan.FromSeconds(10) });
        Assert.That(run.ExitCode, Is.EqualTo(3));
    }

    private static string Build(TempDir dir, string target, string c)
    {
        var obj = CompileC(dir, target, c);
        var exe = Path.Combine(dir.Path, "prog");
        var error = Linker.Link([obj], target, exe);
        Assert.That(error, Is.Null);
        return exe;
    }

    /// <summary>Compiles C source to a PIC object with the target's C compiler, as the code generator would emit one.</summary>
    private static string CompileC(TempDir dir, string target, string c)
    {
        var source = Path.Combine(dir.Path, "prog.c");
        var obj = Path.Combine(dir.Path, "prog.o");
        File.WriteAllText(source, c);
        var compiler = target == Targets.Aarch64Linux ? "aarch64-linux-gnu-gcc" : "cc";
        var info = new ProcessStartInfo(compiler) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-O1", "-fPIC", "-c", source, "-o", obj }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, stderr);
        return obj;
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
public sealed class TempDir : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("toyrust-test-");

    public string Path => _dir.FullName;

    public void Dispose() => _dir.Delete(recursive: true);
}
