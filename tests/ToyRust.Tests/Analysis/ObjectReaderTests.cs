using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using NUnit.Framework;
using ToyRust.Analysis.Demangling;
using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Sizes;
using ToyRust.Cli;
using ToyRust.Driver;
using ToyRust.Syntax.Text;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Analysis;

/// <summary>
/// <see cref="ObjectReader"/> against the tools that define the answer: binutils' `size -A` and
/// `nm -S` for ELF (x86-64 and AArch64, ToyRust's and rustc's executables) and COFF, `llvm-size-19`
/// and `llvm-nm-19` for Mach-O. Then damaged input (truncated and bit-flipped files, things that are
/// no object at all), read by the built `toyrust size` in a child process because LLVM's object C API
/// ends the process on some damage: each must end with exit code 0 or 1 and at most one `error:` line.
/// </summary>
public class ObjectReaderTests
{
    private const string Example = "examples/generic_copies.rs";
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(10);

    private DirectoryInfo folder = null!;
    private readonly ConcurrentDictionary<string, Lazy<string>> builds = new();

    [OneTimeSetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("toyrust-reader-");

    [OneTimeTearDown]
    public void DeleteFolder() => folder.Delete(recursive: true);

    // ---- ELF: sections, symbols and function bytes exactly as binutils sees them ----

    [TestCase("x86_64-O0"), TestCase("x86_64-O2"), TestCase("aarch64-O0"), TestCase("aarch64-O2"), TestCase("rustc-v0"), TestCase("rustc-legacy")]
    public void Elf_sections_agree_with_size(string build)
    {
        var (file, size, _) = Elf(build);
        var ours = ObjectReader.Read(file).Sections.Select(s => (s.Name, s.Size)).ToList();
        var theirs = SizeA(size, file).Select(s => (s.Name, s.Size)).ToList();
        Assert.That(theirs, Has.Count.GreaterThan(10));
        Assert.That(theirs.Except(ours), Is.Empty, "sections `size -A` lists that we do not, or with another size");
        Assert.That(ours.Except(theirs).Select(s => s.Name), Is.SubsetOf(new[] { ".symtab", ".strtab", ".shstrtab" }), "`size -A` omits only the non-alloc tables");
    }

    [TestCase("x86_64-O0"), TestCase("x86_64-O2"), TestCase("aarch64-O0"), TestCase("aarch64-O2"), TestCase("rustc-v0"), TestCase("rustc-legacy")]
    public void Elf_symbols_with_sizes_agree_with_nm(string build)
    {
        var (file, _, nm) = Elf(build);
        // `nm --size-sort` lists only symbols with a size, so ours are compared with a size too; that
        // leaves out the section symbols LLVM names after their section (size 0) and labels such as `_end`.
        var ours = ObjectReader.Read(file).Symbols.Where(s => s.Size > 0).Select(s => $"{s.Name} {s.Size}").Order(StringComparer.Ordinal).ToList();
        var theirs = NmSized(nm, file).Select(s => $"{s.Name} {s.Size}").Order(StringComparer.Ordinal).ToList();
        Assert.That(theirs, Has.Count.GreaterThan(20));
        Assert.That(ours, Is.EqualTo(theirs), "(name, size) of every defined symbol with a size, duplicates (locals of several files) included");
    }

    [TestCase("x86_64-O0"), TestCase("x86_64-O2"), TestCase("aarch64-O0"), TestCase("aarch64-O2"), TestCase("rustc-v0"), TestCase("rustc-legacy")]
    public void Function_bytes_agree_with_nm(string build)
    {
        var (file, size, nm) = Elf(build);
        var code = SizeA(size, file).Where(s => SectionNames.KindOf(s.Name) == SectionKind.Code).ToList();
        var expected = NmSized(nm, file)
            .Where(s => "tTwW".Contains(s.Type) && code.Any(c => s.Address >= c.Address && s.Address < c.Address + (ulong)c.Size))
            .GroupBy(s => s.Address).Sum(g => g.Max(s => s.Size));
        var report = SizeAnalyzer.Analyze(ObjectReader.Read(file));
        Assert.That(report.Functions.Sum(f => f.Bytes), Is.EqualTo(expected).And.GreaterThan(0));
        Assert.That(report.Functions.Select(f => f.Symbol), Is.Unique);
    }


    [TestCase("x86_64-O0"), TestCase("x86_64-O2"), TestCase("aarch64-O0"), TestCase("aarch64-O2"), TestCase("rustc-v0"), TestCase("rustc-legacy")]
    public void Elf_defined_symbols_agree_with_nm(string build)
    {
        var (file, _, nm) = Elf(build);
        // What differs, and why: `nm` also lists absolute symbols (`a`: `_DYNAMIC` of GNU ld's AArch64
        // output), which are in no section and so not ours; and it hides what it calls special symbols:
        // section symbols (LLVM names them after their section; the AArch64 crt objects keep them) and
        // AArch64's mapping symbols `$x` and `$d`, which mark code and data, not functions.
        var ours = ObjectReader.Read(file).Symbols
            .Where(s => !(s.Size == 0 && s.Name == s.Section.Name && s.Address == s.Section.Address) && !IsMappingSymbol(s.Name))
            .Select(s => $"{s.Address:x} {s.Name}").Order(StringComparer.Ordinal).ToList();
        var theirs = Tool(nm, "--defined-only", file).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 3)).Where(f => f[1] is not ("a" or "A"))
            .Select(f => $"{Convert.ToUInt64(f[0], 16):x} {f[2]}").Order(StringComparer.Ordinal).ToList();
        Assert.That(theirs, Has.Count.GreaterThan(40));
        Assert.That(ours, Is.EqualTo(theirs), "(address, name) of every defined symbol, with or without a size");
    }

    private static bool IsMappingSymbol(string name) => name is "$x" or "$d" || name.StartsWith("$x.", StringComparison.Ordinal) || name.StartsWith("$d.", StringComparison.Ordinal);

    // ---- COFF and Mach-O: no sizes in the symbol table, so sizes from gaps ----

    [Test]
    public void Coff_sections_agree_with_size_and_functions_fit_in_the_code()
    {
        var file = ToyRustBuild(Targets.X86_64Windows, OptLevel.O0);
        var image = ObjectReader.Read(file);
        var theirs = SizeA("size", file).Select(s => $"{s.Name} {s.Size}").ToList();
        var ours = image.Sections.Select(s => $"{s.Name} {s.Size}").ToList();
        Assert.That(theirs, Is.SubsetOf(ours).And.Count.GreaterThan(3));
        Assert.That(image.Architecture, Is.EqualTo("x86_64"));
        AssertGapSizedFunctions(image);
        Assert.That(image.Functions.Select(f => f.Name), Is.SupersetOf(NmCode("nm", file)), "every t/T symbol of `nm`");
    }

    [TestCase(Targets.X86_64Darwin, "x86_64"), TestCase(Targets.Aarch64Darwin, "aarch64")]
    public void Mach_o_sections_agree_with_llvm_size_and_functions_fit_in_the_code(string target, string architecture)
    {
        var file = ToyRustBuild(target, OptLevel.O0);
        var image = ObjectReader.Read(file);
        var theirs = SizeA("llvm-size-19", file).Select(s => $"{s.Name} {s.Size}").ToList();
        Assert.That(image.Sections.Select(s => $"{s.Name} {s.Size}"), Is.SupersetOf(theirs));
        Assert.That(theirs, Has.Count.GreaterThan(2));
        Assert.That(image.Architecture, Is.EqualTo(architecture));
        AssertGapSizedFunctions(image);
        Assert.That(image.Functions.Select(f => "_" + f.Name), Is.SupersetOf(NmCode("llvm-nm-19", file)), "every t/T symbol of `llvm-nm`, less its `_`");
        var rust = image.Functions.Where(f => f.Name.StartsWith("_R", StringComparison.Ordinal)).ToList();
        Assert.That(rust, Is.Not.Empty);
        Assert.That(rust.Select(f => RustDemangler.TryDemangle(f.Name)?.Demangled), Has.None.Null.And.Some.Contains("toyrust_program::show_sorted::<"));
    }

    /// <summary>
    /// Sizes from gaps: each function has bytes, and together they cover each code section from its
    /// first symbol to its end, no more and no less.
    /// </summary>
    private static void AssertGapSizedFunctions(ObjectImage image)
    {
        var functions = image.Functions.ToList();
        Assert.That(functions, Has.Count.GreaterThan(5));
        Assert.That(functions, Has.All.Matches<ObjectSymbol>(f => f.SizeFromGap && f.Size > 0));
        var covered = image.Sections.Where(s => s.Kind == SectionKind.Code)
            .Select(s => (Section: s, Symbols: image.Symbols.Where(y => y.Section == s).ToList()))
            .Where(c => c.Symbols.Count > 0)
            .Sum(c => (long)(c.Section.Address + (ulong)c.Section.Size - c.Symbols.Min(y => y.Address)));
        var bytes = functions.GroupBy(f => (f.Section, f.Address)).Sum(g => g.Max(f => f.Size));
        Assert.That(bytes, Is.EqualTo(covered).And.LessThanOrEqualTo(image.CodeSize));
    }

    // ---- A stripped executable ----

    [Test]
    public void Stripped_executable_has_sections_and_no_symbols()
    {
        var file = ToyRustBuild(Targets.X86_64Linux, OptLevel.O0, StripLevel.Symbols);
        var image = ObjectReader.Read(file);
        Assert.That(image.Sections.Select(s => s.Name), Does.Contain(".text"));
        Assert.That(image.Symbols, Is.Empty);

        var (code, _, err) = Cli("size", file);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1).And.All.StartsWith("error: ").And.All.Contains("no symbol table"));

        var (sectionsCode, output, sectionsErr) = Cli("size", file, "--table", "sections");
        Assert.That(sectionsCode, Is.Zero, sectionsErr);
        Assert.That(output, Does.Contain(".text"));
    }

    // ---- Bad input never crashes ----

    [Test]
    public void Bad_input_ends_in_one_error_line_never_a_crash()
    {
        var cases = BadInputs().ToList();
        var failures = new ConcurrentBag<string>();
        var toyrust = Path.Combine(AppContext.BaseDirectory, "toyrust.dll");
        Assert.That(File.Exists(toyrust), toyrust);
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
        {
            if (Check(toyrust, c.Path) is { } failure) failures.Add($"{c.Name}: {failure}");
        });
        Assert.That(cases, Has.Count.GreaterThan(90));
        Assert.That(failures.Order(StringComparer.Ordinal), Is.Empty);
    }

    private IEnumerable<(string Name, string Path)> BadInputs()
    {
        var elf = ToyRustBuild(Targets.X86_64Linux, OptLevel.O2);
        var coff = ToyRustBuild(Targets.X86_64Windows, OptLevel.O2);
        var machO = ToyRustBuild(Targets.Aarch64Darwin, OptLevel.O2);
        yield return ("text", Write("text.txt", "fn main() { println!(\"not an object\"); }\n"u8.ToArray()));
        yield return ("empty", Write("empty.o", []));
        yield return ("archive", Archive(coff));
        yield return ("directory", folder.CreateSubdirectory("a-directory").FullName);
        yield return ("missing", Path.Combine(folder.FullName, "no-such-file.o"));
        foreach (var (kind, file) in new[] { ("elf", elf), ("coff", coff), ("macho", machO) })
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var length in TruncatedLengths(bytes.Length))
                yield return ($"{kind} cut at {length}", Write($"{kind}-cut-{length}", bytes[..length]));
        }
        var random = new Random(20250610);
        for (var i = 0; i < 42; i++)
        {
            var (kind, file) = (i % 3) switch { 0 => ("elf", elf), 1 => ("coff", coff), _ => ("macho", machO) };
            var bytes = File.ReadAllBytes(file);
            var regions = Regions(kind, bytes);
            var flips = new List<int>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var (start, length) = regions[random.Next(regions.Count)];
                var bit = (start + random.Next(length)) * 8 + random.Next(8);
                bytes[bit / 8] ^= (byte)(1 << (bit % 8));
                flips.Add(bit);
            }
            yield return ($"{kind} with bits {string.Join(",", flips)} flipped", Write($"{kind}-flip-{i}", bytes));
        }
    }

    private static IEnumerable<int> TruncatedLengths(int length) =>
        new[] { 1, 4, 7, 16, 20, 32, 52, 63, 64, 100, 200, length / 8, length / 4, length / 2, length * 3 / 4, length - 100, length - 1 }
            .Where(n => n > 0 && n < length).Distinct();

    /// <summary>Where a flip does most harm: the file header, the section (or load command) headers, the symbol and string tables.</summary>
    private static List<(int Start, int Length)> Regions(string kind, byte[] b)
    {
        var regions = new List<(int, int)> { (0, 64) };
        if (kind == "elf")
        {
            var shoff = (int)BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(0x28));
            var shnum = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(0x3C));
            regions.Add((shoff, shnum * 64));
            for (var i = 0; i < shnum; i++)
            {
                var header = b.AsSpan(shoff + i * 64);
                if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) is 2 or 3) // SHT_SYMTAB, SHT_STRTAB
                    regions.Add(((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]), (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x20..])));
            }
        }
        else if (kind == "coff")
        {
            var sections = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(2));
            var symbols = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(8));
            regions.Add((20, sections * 40));
            regions.Add((symbols, b.Length - symbols)); // the symbol table and the string table after it
        }
        else
        {
            var commands = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(20));
            regions.Add((32, commands));
            for (var at = 32; at < 32 + commands; at += BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 4)))
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at)) != 2) continue; // LC_SYMTAB
                var symoff = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 8));
                var stroff = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 16));
                regions.Add((symoff, BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 12)) * 16));
                regions.Add((stroff, BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 20))));
            }
        }
        return regions;
    }

    /// <summary>Reads <paramref name="file"/> with `toyrust size` in a child; null when it ended as it should.</summary>
    private static string? Check(string toyrust, string file)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { toyrust, "size", file }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ChildTimeout))
        {
            process.Kill(entireProcessTree: true);
            return $"no answer within {ChildTimeout.TotalSeconds} s";
        }
        process.WaitForExit();
        var err = stderr.Result;
        var lines = err.TrimEnd('\n').Split('\n');
        if (process.ExitCode is not (0 or 1)) return $"exit code {process.ExitCode}: {err}";
        if (err.Contains("Unhandled exception", StringComparison.Ordinal) || lines.Any(l => l.StartsWith("   at ", StringComparison.Ordinal)))
            return "a stack trace: " + err;
        if (process.ExitCode == 1 && (lines.Length != 1 || !lines[0].StartsWith("error: ", StringComparison.Ordinal)))
            return "exit code 1 without exactly one `error:` line: " + err;
        _ = stdout.Result;
        return null;
    }

    // ---- Builds, in the fixture's folder, once each ----

    private (string File, string Size, string Nm) Elf(string build) => build switch
    {
        "rustc-v0" => (RustcBuild(v0: true), "size", "nm"),
        "rustc-legacy" => (RustcBuild(v0: false), "size", "nm"),
        _ when build.StartsWith("aarch64", StringComparison.Ordinal) =>
            (ToyRustBuild(Targets.Aarch64Linux, build.EndsWith("O2", StringComparison.Ordinal) ? OptLevel.O2 : OptLevel.O0), "aarch64-linux-gnu-size", "aarch64-linux-gnu-nm"),
        _ => (ToyRustBuild(Targets.X86_64Linux, build.EndsWith("O2", StringComparison.Ordinal) ? OptLevel.O2 : OptLevel.O0), "size", "nm"),
    };

    private string ToyRustBuild(string target, OptLevel opt, StripLevel strip = StripLevel.None) =>
        Once($"{target}-{opt}-{strip}", stem =>
        {
            var linked = target is Targets.X86_64Linux or Targets.Aarch64Linux;
            var options = new CompileOptions { Target = target, OptLevel = opt, OutputStem = stem, Strip = strip, Emit = linked ? EmitKinds.Exe | EmitKinds.Obj : EmitKinds.Obj };
            var result = Compiler.Compile(new SourceText(Example, File.ReadAllText(Repo.Full(Example))), options);
            Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics.Select(d => d.Message)) + result.SystemError);
            return linked ? result.Executable! : result.Outputs.Single(o => o.EndsWith(".o", StringComparison.Ordinal) || o.EndsWith(".obj", StringComparison.Ordinal));
        });

    private string RustcBuild(bool v0) =>
        Once($"rustc-{(v0 ? "v0" : "legacy")}", stem =>
        {
            if (!Rustc.IsAvailable) Assert.Ignore("rustc is not installed");
            var result = Rustc.Run([Example, .. v0 ? new[] { "-C", "symbol-mangling-version=v0" } : [], "-o", stem]);
            Assert.That(result.ExitCode, Is.Zero, result.Stderr);
            return stem;
        });

    private string Once(string key, Func<string, string> build)
    {
        var file = builds.GetOrAdd(key, k => new Lazy<string>(() => build(Path.Combine(folder.FullName, k)))).Value;
        Assert.That(file, Does.Exist);
        return file;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder.FullName, "bad-" + name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Archive(string member)
    {
        var path = Path.Combine(folder.FullName, "bad-archive.a");
        Tool("ar", "rc", path, member);
        return path;
    }

    // ---- The reference tools ----

    private sealed record ToolSection(string Name, long Size, ulong Address);

    private sealed record NmSymbol(string Name, ulong Address, long Size, char Type);

    /// <summary>`size -A`: a title line, a header line, one line per section, then `Total`.</summary>
    private static List<ToolSection> SizeA(string tool, string file) =>
    [
        .. Tool(tool, "-A", file).Split('\n')
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 3 && f[0] != "section" && long.TryParse(f[1], out _))
            .Select(f => new ToolSection(f[0], long.Parse(f[1]), ulong.Parse(f[2]))),
    ];

    /// <summary>`nm -S --size-sort --defined-only`: address, size, type, name (only symbols with a size).</summary>
    private static List<NmSymbol> NmSized(string tool, string file) =>
    [
        .. Tool(tool, "-S", "--size-sort", "--defined-only", file).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 4))
            .Select(f => new NmSymbol(f[3], Convert.ToUInt64(f[0], 16), Convert.ToInt64(f[1], 16), f[2][0])),
    ];

    /// <summary>The names of defined code symbols (`t`, `T`) `nm` lists, less assembler labels that mark no function.</summary>
    private static List<string> NmCode(string tool, string file) =>
    [
        .. Tool(tool, "--defined-only", file).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', 3))
            .Where(f => f.Length == 3 && f[1] is "t" or "T" && !f[2].StartsWith('l') && !f[2].StartsWith('L') && !f[2].StartsWith('.'))
            .Select(f => f[2]),
    ];

    private static string Tool(string name, params string[] args)
    {
        var info = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{name} {string.Join(" ", args)}: {stderr.Result}");
        return stdout;
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = ToyRustCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
