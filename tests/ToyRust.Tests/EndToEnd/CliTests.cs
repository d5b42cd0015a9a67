using NUnit.Framework;
using ToyRust.Cli;

namespace ToyRust.Tests.EndToEnd;

/// <summary>The `toyrust` command's own behaviour: exit codes and rustc's messages for bad input.</summary>
public class CliTests
{
    [Test]
    public void Missing_file_is_reported_as_rustc_does()
    {
        var (code, _, err) = Run("build", "no/such/file.rs");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Is.EqualTo("error: couldn't read `no/such/file.rs`: No such file or directory (os error 2)\n\nerror: aborting due to 1 previous error\n\n"));
        });
    }

    [Test]
    public void Invalid_utf8_is_reported_as_rustc_does()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "bad.rs");
        File.WriteAllBytes(file, [(byte)'f', (byte)'n', 0xFF]);
        var (code, _, err) = Run("build", file);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(err, Does.StartWith($"error: couldn't read `{file}`: stream did not contain valid UTF-8\n  |\n  = note: invalid utf-8 at byte `2`\n"));
        });
    }

    [TestCase("build", "x.rs", "-C", "opt-level=9", ExpectedResult = "error: optimization level needs to be between 0-3, s or z (instead was `9`)\n")]
    [TestCase("build", "x.rs", "-Coverflow-checks=maybe", ExpectedResult = "error: incorrect value `maybe` for codegen option `overflow-checks` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected\n")]
    [TestCase("build", "x.rs", "-C", "lto", ExpectedResult = "error: unknown codegen option: `lto`\n")]
    [TestCase("build", "x.rs", "--emit=obj,dep-info", ExpectedResult = "error: unknown emission type: `dep-info` - expected one of: `link` (or `exe`), `obj`, `asm`, `llvm-ir`, `mir`, `metadata`\n")]
    [TestCase("build", "x.rs", "--error-format", "xml", ExpectedResult = "error: argument for `--error-format` must be `human` or `json` (instead was `xml`)\n")]
    [TestCase("build", "x.rs", "--bogus", ExpectedResult = "error: Unrecognized command or argument '--bogus'.\n")]
    [TestCase("frob", ExpectedResult = "error: Unrecognized command or argument 'frob'.\n")]
    public string Bad_flag_is_one_error_line_and_exit_code_1(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.That(code, Is.EqualTo(1));
        return err;
    }

    [Test]
    public void Print_mono_items_lists_each_instance_with_its_cause()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "g.rs");
        File.WriteAllText(file, "fn id<T>(x: T) -> T { x }\nfn twice<T: Copy>(x: T) -> (T, T) { (id(x), id(x)) }\nfn main() { println!(\"{:?}\", twice(1u8)); }\n");
        var (code, output, _) = Run("build", file, "--print", "mono-items=why");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output, Does.Contain("fn twice::<u8>    origin `twice` with u8    _RINvC15toyrust_program5twicehE    used by `main`\n"));
            Assert.That(output, Does.Contain("fn id::<u8>    origin `id` with u8    _RINvC15toyrust_program2idhE    used by `twice::<u8>` ← `main`\n"));
            Assert.That(File.Exists(Path.Combine(dir.Path, "g")), Is.False, "--print alone builds nothing");
        });
    }

    [Test]
    public void Print_mono_items_as_json_is_one_object_per_item()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "g.rs");
        File.WriteAllText(file, "fn id<T>(x: T) -> T { x }\nfn main() { println!(\"{}\", id(true)); }\n");
        var (code, output, _) = Run("build", file, "--print", "mono-items", "--format", "json");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[1], Is.EqualTo("{\"name\":\"id::<bool>\",\"origin\":\"id\",\"type_arguments\":[\"bool\"],\"symbol\":\"_RINvC15toyrust_program2idbE\",\"caused_by\":[\"main\"]}"));
        });
    }

    [Test]
    public void Version_names_the_tool()
    {
        var (code, stdout, _) = Run("--version");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(stdout, Does.StartWith("toyrust 0."));
        });
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = ToyRustCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
