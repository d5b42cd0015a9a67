using System.Reflection;
using NUnit.Framework;

namespace ToyRust.Tests.Architecture;

/// <summary>
/// The phase projects reference each other one way only
/// (Syntax ← Semantics ← Mir ← Mono ← Codegen → Llvm; Driver wires them; Analysis measures what they produced; Cli only parses and prints).
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["ToyRust.Syntax"] = [],
        ["ToyRust.Semantics"] = ["ToyRust.Syntax"],
        ["ToyRust.Mir"] = ["ToyRust.Semantics", "ToyRust.Syntax"],
        ["ToyRust.Mono"] = ["ToyRust.Mir", "ToyRust.Semantics", "ToyRust.Syntax"],
        ["ToyRust.Llvm"] = [],
        ["ToyRust.Codegen"] = ["ToyRust.Mir", "ToyRust.Mono", "ToyRust.Semantics", "ToyRust.Syntax", "ToyRust.Llvm"],
        ["ToyRust.Driver"] = ["ToyRust.Codegen", "ToyRust.Mir", "ToyRust.Mono", "ToyRust.Semantics", "ToyRust.Syntax", "ToyRust.Llvm"],
        ["ToyRust.Analysis"] = ["ToyRust.Driver", "ToyRust.Mono", "ToyRust.Llvm", "ToyRust.Syntax"],
    };

    [TestCaseSource(nameof(PhaseNames))]
    public void Phase_references_only_lower_phases(string phase)
    {
        var assembly = Assembly.Load(phase);
        var ours = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("ToyRust.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(ours, Is.SubsetOf(Allowed[phase]));
    }

    [Test]
    public void No_public_syntax_type_mentions_antlr()
    {
        var assembly = Assembly.Load("ToyRust.Syntax");
        var leaks = assembly.GetExportedTypes()
            .SelectMany(t => MentionedTypes(t).Select(m => (t, m)))
            .Where(p => p.m.Namespace?.StartsWith("Antlr4", StringComparison.Ordinal) == true)
            .Select(p => $"{p.t.FullName} -> {p.m.FullName}")
            .ToArray();
        Assert.That(leaks, Is.Empty);
    }

    private static IEnumerable<string> PhaseNames() => Allowed.Keys;

    private static IEnumerable<Type> MentionedTypes(Type t)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (t.BaseType is { } b) yield return b;
        foreach (var i in t.GetInterfaces()) yield return i;
        foreach (var f in t.GetFields(Visible)) yield return f.FieldType;
        foreach (var p in t.GetProperties(Visible)) yield return p.PropertyType;
        foreach (var m in t.GetMethods(Visible))
        {
            yield return m.ReturnType;
            foreach (var prm in m.GetParameters()) yield return prm.ParameterType;
        }
    }
}
