using System.Reflection;
using System.Runtime.InteropServices;
using NUnit.Framework;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Tests.Llvm;

/// <summary>Checks the raw layer against the library itself, without calling anything.</summary>
public class RawBindingTests
{
    [Test]
    public void Every_bound_entry_point_is_exported_by_libllvm()
    {
        var (library, error) = LlvmLibrary.Probe(Environment.GetEnvironmentVariable(LlvmLibrary.EnvironmentVariable));
        Assert.That(error, Is.Null);
        var entryPoints = typeof(LLVM).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LibraryImportAttribute>()?.EntryPoint)
            .OfType<string>()
            .ToArray();
        Assert.That(entryPoints, Has.Length.GreaterThan(200));
        var missing = entryPoints.Where(e => !NativeLibrary.TryGetExport(library, e, out _)).ToArray();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Handles_are_one_pointer_wide()
    {
        Assert.That(Marshal.SizeOf<LLVMValueRef>(), Is.EqualTo(IntPtr.Size));
        Assert.That(default(LLVMTypeRef).IsNull, Is.True);
    }
}
