using System.Buffers.Binary;
using NUnit.Framework;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Tests.Llvm;

[Parallelizable(ParallelScope.All)]
public class LlvmBindingTests
{
    private const string LinuxX64 = "x86_64-unknown-linux-gnu";

    [Test]
    public void Library_loads()
    {
        Assert.That(LlvmLibrary.TryLoad(out var error), Is.True, error);
        Assert.That(error, Is.Null);
    }

    [Test]
    public void A_bad_override_path_is_reported_in_one_line_naming_the_fix()
    {
        var (handle, error) = LlvmLibrary.Probe("/nonexistent/libLLVM.so.19.1");
        Assert.That(handle, Is.EqualTo(nint.Zero));
        Assert.That(error, Does.Contain("TOYRUST_LIBLLVM=/nonexistent/libLLVM.so.19.1").And.Contain("apt-get install libllvm19"));
        Assert.That(error, Does.Not.Contain('\n'));
        Assert.That(new LlvmUnavailableException().Message, Is.EqualTo(
            "libLLVM 19 was not found: install Debian's package libllvm19 (apt-get install libllvm19) or set TOYRUST_LIBLLVM to its path"));
    }

    [Test]
    public void Factorial_verifies_and_prints()
    {
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context);
        Assert.That(module.Verify(), Is.Null);
        var ir = module.PrintToString();
        Assert.That(ir, Does.Contain("define i32 @factorial(i32 %n)"));
        Assert.That(ir, Does.Contain("%i = phi i32 [ 1, %entry ], [ %step, %next ]"));
        Assert.That(ir, Does.Contain("call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %current, i32 %i)"));
        Assert.That(ir, Does.Contain("%overflowed = extractvalue { i32, i1 } %pair, 1"));
        Assert.That(ir, Does.Contain("attributes #0 = { noinline nounwind }"));
    }

    [Test]
    public void Every_builder_family_produces_valid_ir()
    {
        using var context = new LlvmContext();
        using var module = SampleModules.Kitchen(context);
        Assert.That(module.Verify(), Is.Null, module.PrintToString());
        var ir = module.PrintToString();
        Assert.That(ir, Does.Contain("%Point = type { i32, double }"));
        Assert.That(ir, Does.Contain("@greeting = private unnamed_addr constant [6 x i8] c\"hello\\00\", align 1"));
        Assert.That(ir, Does.Contain("@table = global [2 x i64] [i64 7, i64 -1]"));
        Assert.That(ir, Does.Contain("call void @llvm.memcpy"));
        Assert.That(ir, Does.Contain("switch i32"));
    }

    [Test]
    public void A_block_without_terminator_fails_verification()
    {
        using var context = new LlvmContext();
        using var module = context.CreateModule("broken");
        var f = module.AddFunction("f", context.Function(context.Void, []));
        var entry = context.AppendBasicBlock(f, "entry");
        Assert.That(entry.Terminator.IsNull, Is.True);
        var message = module.Verify();
        Assert.That(message, Does.Contain("does not have terminator"));
    }

    [Test]
    public void Block_queries_follow_the_builder()
    {
        using var context = new LlvmContext();
        using var module = context.CreateModule("blocks");
        var f = module.AddFunction("f", context.Function(context.Void, []));
        var first = context.AppendBasicBlock(f, "first");
        var second = context.AppendBasicBlock(f, "second");
        using var b = context.CreateBuilder();
        b.PositionAtEnd(first);
        Assert.That(b.InsertBlock, Is.EqualTo(first));
        var ret = b.BuildRetVoid();
        Assert.That(first.Terminator, Is.EqualTo(ret));
        Assert.That(first.Parent, Is.EqualTo(f));
        Assert.That(ret.InstructionOpcode, Is.EqualTo(LLVMOpcode.LLVMRet));
        second.MoveBefore(first);
        Assert.That(f.EntryBasicBlock.Name, Is.EqualTo("second"));
        second.Delete();
        Assert.That(f.BasicBlocksCount, Is.EqualTo(1u));
        Assert.That(module.GetNamedFunction("f"), Is.EqualTo(f));
        Assert.That(module.GetNamedFunction("missing").IsNull, Is.True);
    }

    [TestCase("default<O0>")]
    [TestCase("default<O1>")]
    [TestCase("default<O2>")]
    [TestCase("default<O3>")]
    [TestCase("default<Os>")]
    [TestCase("default<Oz>")]
    public void Standard_pipelines_run_and_keep_the_module_valid(string pipeline)
    {
        using var machine = LlvmTargetMachine.Create(LinuxX64);
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context, machine: machine);
        using var options = new LlvmPassBuilderOptions();
        options.SetLoopVectorization(true);
        Assert.That(module.RunPasses(pipeline, machine, options), Is.Null);
        Assert.That(module.Verify(), Is.Null);
        Assert.That(module.PrintToString(), Does.Contain("@factorial"));
    }

    [Test]
    public void A_malformed_pipeline_returns_llvms_message()
    {
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context);
        Assert.That(module.RunPasses("no-such-pass", null), Does.Contain("no-such-pass"));
    }

    [TestCase(LinuxX64, "elf", 62)]
    [TestCase("aarch64-unknown-linux-gnu", "elf", 183)]
    [TestCase("x86_64-apple-darwin", "macho", 0x01000007)]
    [TestCase("aarch64-apple-darwin", "macho", 0x0100000C)]
    [TestCase("x86_64-pc-windows-msvc", "coff", 0x8664)]
    public void Object_files_have_the_targets_header(string triple, string format, int machineCode)
    {
        using var machine = LlvmTargetMachine.Create(triple);
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context, machine: machine);
        var bytes = machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMObjectFile);
        switch (format)
        {
            case "elf":
                Assert.That(bytes[..4], Is.EqualTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }));
                Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(18)), Is.EqualTo(machineCode));
                break;
            case "macho":
                Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(bytes), Is.EqualTo(0xFEEDFACFu));
                Assert.That(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)), Is.EqualTo(machineCode));
                break;
            default:
                Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(bytes), Is.EqualTo(machineCode));
                break;
        }
    }

    [Test]
    public void Assembly_text_names_the_function()
    {
        using var machine = LlvmTargetMachine.Create(LinuxX64);
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context, machine: machine);
        var asm = System.Text.Encoding.UTF8.GetString(machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMAssemblyFile));
        Assert.That(asm, Does.Contain("factorial:").And.Contain("imul").And.Contain("ud2"));
    }

    [Test]
    public void Emission_is_deterministic_and_leaves_the_module_untouched()
    {
        using var machine = LlvmTargetMachine.Create(LinuxX64);
        using var context = new LlvmContext();
        using var module = SampleModules.Factorial(context, machine: machine);
        var irBefore = module.PrintToString();
        var first = machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMObjectFile);
        var second = machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMObjectFile);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(module.PrintToString(), Is.EqualTo(irBefore));

        using var otherContext = new LlvmContext();
        using var rebuilt = SampleModules.Factorial(otherContext, machine: machine);
        Assert.That(machine.EmitToMemory(rebuilt, LLVMCodeGenFileType.LLVMObjectFile), Is.EqualTo(first));
    }

    [TestCase(LinuxX64)]
    [TestCase("aarch64-apple-darwin")]
    [TestCase("x86_64-pc-windows-msvc")]
    public void Contexts_compile_in_parallel_to_identical_bytes(string triple)
    {
        var results = new byte[8][];
        Parallel.For(0, results.Length, i =>
        {
            using var machine = LlvmTargetMachine.Create(triple, level: LLVMCodeGenOptLevel.LLVMCodeGenLevelAggressive);
            using var context = new LlvmContext();
            using var module = SampleModules.Factorial(context, machine: machine);
            Assert.That(module.RunPasses("default<O2>", machine), Is.Null);
            results[i] = machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMObjectFile);
        });
        Assert.That(results, Has.All.EqualTo(results[0]));
    }

    [Test]
    public void Data_layout_answers_abi_questions()
    {
        using var machine = LlvmTargetMachine.Create(LinuxX64);
        using var context = new LlvmContext();
        var pair = context.Struct([context.Int8, context.Int64]);
        Assert.That(machine.Triple, Is.EqualTo(LinuxX64));
        Assert.That(machine.DataLayout, Does.StartWith("e-m:e"));
        Assert.That(machine.AbiSizeOfType(pair), Is.EqualTo(16));
        Assert.That(machine.OffsetOfElement(pair, 1), Is.EqualTo(8));
        Assert.That(machine.SizeOfTypeInBits(context.Int1), Is.EqualTo(1));
        Assert.That(machine.StoreSizeOfType(context.Int1), Is.EqualTo(1));
        Assert.That(machine.AbiAlignmentOfType(context.Int128), Is.EqualTo(16));
    }

    [Test]
    public void Types_and_constants_report_themselves()
    {
        using var context = new LlvmContext();
        var max = context.ConstInt128(context.Int128, Int128.MaxValue);
        Assert.That(max.PrintToString(), Is.EqualTo("i128 170141183460469231731687303715884105727"));
        Assert.That(context.ConstInt(context.Int8, unchecked((ulong)-1), signExtend: true).PrintToString(), Is.EqualTo("i8 -1"));
        Assert.That(context.IntType(24).IntWidth, Is.EqualTo(24));
        Assert.That(context.Pointer.Kind, Is.EqualTo(LLVMTypeKind.LLVMPointerTypeKind));
        Assert.That(context.Function(context.Void, [context.Pointer], isVarArg: true).PrintToString(), Is.EqualTo("void (ptr, ...)"));
        Assert.That(context.ConstReal(context.Double, 1.5).TypeOf, Is.EqualTo(context.Double));
        Assert.That(context.Poison(context.Float).PrintToString(), Is.EqualTo("float poison"));
        Assert.That(context.ConstString([1, 2], nullTerminate: false).TypeOf.ArrayLength, Is.EqualTo(2));
        var node = context.CreateNamedStruct("Node");
        Assert.That(node.IsOpaqueStruct, Is.True);
        node.StructSetBody([context.Int32, context.Pointer]);
        Assert.That((node.StructName, node.StructElementTypesCount), Is.EqualTo(("Node", 2u)));
    }

    [Test]
    public void Misnamed_things_are_rejected_up_front()
    {
        using var context = new LlvmContext();
        using var module = context.CreateModule("m");
        var f = module.AddFunction("f", context.Function(context.Void, []));
        Assert.That(() => f.AddFunctionAttribute("no-such-attribute"), Throws.ArgumentException);
        Assert.That(() => module.GetIntrinsicDeclaration("llvm.no.such.intrinsic"), Throws.ArgumentException);
        Assert.That(() => LlvmTargetMachine.Create("sparc-sun-solaris"), Throws.TypeOf<LlvmException>().With.Message.Not.Empty);
    }

    [Test]
    public void Disposing_a_context_disposes_its_modules_and_builders()
    {
        var context = new LlvmContext();
        var module = context.CreateModule("m");
        var builder = context.CreateBuilder();
        context.Dispose();
        Assert.That(() => module.Handle, Throws.TypeOf<ObjectDisposedException>());
        Assert.That(() => builder.Handle, Throws.TypeOf<ObjectDisposedException>());
        module.Dispose();
        context.Dispose();
    }
}
