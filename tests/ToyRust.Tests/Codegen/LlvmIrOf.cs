using NUnit.Framework;
using ToyRust.Driver;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Codegen;

/// <summary>The LLVM IR ToyRust writes for a program at opt-level 0, for tests that hold the IR's shape.</summary>
internal static class LlvmIrOf
{
    public static string Program(string name, string program)
    {
        var folder = Directory.CreateTempSubdirectory($"toyrust-{name}-");
        try
        {
            var stem = Path.Combine(folder.FullName, name);
            var result = Compiler.Compile(new SourceText($"{name}.rs", program), new CompileOptions { Emit = EmitKinds.LlvmIr, OutputStem = stem });
            Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty);
            return File.ReadAllText(result.Outputs.Single());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
