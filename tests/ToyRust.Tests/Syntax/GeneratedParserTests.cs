using System.Diagnostics;
using NUnit.Framework;

namespace ToyRust.Tests.Syntax;

/// <summary>
/// The committed parser in src/ToyRust.Syntax/Generated is what grammar/generate.sh makes of
/// grammar/ToyRust.g4: regenerate into a temporary folder and compare (grammar/README.md).
/// </summary>
public class GeneratedParserTests
{
    [Test]
    public void GeneratedParserIsCurrent()
    {
        var root = RepositoryRoot();
        var tool = Path.Combine(root, "node_modules", ".bin", "antlr-ng");
        if (!File.Exists(tool)) Assert.Fail($"antlr-ng is not installed: run `npm ci` in {root}");

        var output = Path.Combine(Path.GetTempPath(), "toyrust-generated-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(root, "grammar", "generate.sh"), output])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "grammar/generate.sh did not finish");
            Assert.That(process.ExitCode, Is.Zero, () => errors.Result);

            var committed = Path.Combine(root, "src", "ToyRust.Syntax", "Generated");
            var expected = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
            Assert.That(Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(expected));
            foreach (var name in expected)
            {
                Assert.That(File.ReadAllText(Path.Combine(committed, name!)), Is.EqualTo(File.ReadAllText(Path.Combine(output, name!))),
                    $"{name} is out of date: run grammar/generate.sh and commit the result");
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "grammar", "ToyRust.g4"))) return directory.FullName;
        }
        throw new InvalidOperationException("no grammar/ToyRust.g4 above the test directory");
    }
}
