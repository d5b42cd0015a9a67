using NUnit.Framework;
using ToyRust.Tests.EndToEnd;

namespace ToyRust.Tests.Architecture;

/// <summary>
/// The function emitter substitutes types and resolves calls only through the generics seam
/// (IGenericsStrategy, docs/mir.md): no emitter file asks the mono item or the instance resolver
/// itself, so a second generics strategy replaces one class, not the emitter.
/// </summary>
public class GenericsSeamTests
{
    [Test]
    public void The_emitter_substitutes_and_resolves_calls_only_through_the_seam()
    {
        var emitterFiles = Directory.GetFiles(Repo.Full("src/ToyRust.Codegen"), "FunctionEmitter*.cs", SearchOption.AllDirectories);
        Assert.That(emitterFiles, Is.Not.Empty);
        foreach (var file in emitterFiles)
        {
            var text = File.ReadAllText(file);
            Assert.That(text, Does.Not.Contain("_item.Resolve(").And.Not.Contain("ResolveFunction("), Path.GetFileName(file));
        }
    }
}
