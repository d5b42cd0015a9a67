using NUnit.Framework;
using ToyRust.Driver;

namespace ToyRust.Tests.EndToEnd;

/// <summary>One record per target (<see cref="TargetSpec"/>): what `--target` accepts, links and runs comes from it alone.</summary>
public class TargetTests
{
    [Test]
    public void Each_triple_is_described_once()
    {
        Assert.That(Targets.Specs.Select(s => s.Triple), Is.Unique);
        Assert.That(Targets.All, Is.EqualTo(Targets.Specs.Select(s => s.Triple)));
    }

    [Test]
    public void The_linkable_targets_are_the_two_linux_ones_and_aarch64_runs_under_qemu()
    {
        Assert.That(Targets.Linkable, Is.EqualTo(new[] { Targets.X86_64Linux, Targets.Aarch64Linux }));
        Assert.That(Targets.Find(Targets.X86_64Linux)!.Emulator, Is.Null);
        Assert.That(Targets.Find(Targets.Aarch64Linux)!.Emulator, Is.EqualTo("qemu-aarch64"));
        Assert.That(Targets.Find(Targets.Aarch64Linux)!.Sysroot, Is.EqualTo(Targets.Aarch64Sysroot));
    }

    [TestCase(Targets.X86_64Linux, ObjectFormat.Elf)]
    [TestCase(Targets.Aarch64Darwin, ObjectFormat.MachO)]
    [TestCase(Targets.X86_64Windows, ObjectFormat.Coff)]
    public void A_target_names_its_object_format(string triple, ObjectFormat format) =>
        Assert.That(Targets.Find(triple)!.ObjectFormat, Is.EqualTo(format));

    [Test]
    public void An_unknown_triple_is_not_found() => Assert.That(Targets.Find("riscv64gc-unknown-linux-gnu"), Is.Null);
}
