using System.Runtime.InteropServices;
using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>
/// A target machine for one triple, plus its data layout (sizes, alignments and field offsets as the
/// target's ABI sees them). Independent of any context; one thread at a time may emit with it.
/// </summary>
public sealed unsafe class LlvmTargetMachine : IDisposable
{
    private LLVMTargetMachineRef handle;
    private LLVMTargetDataRef dataLayout;

    private LlvmTargetMachine(LLVMTargetMachineRef handle)
    {
        this.handle = handle;
        dataLayout = LLVM.CreateTargetDataLayout(handle);
        Triple = LlvmStrings.Take(LLVM.GetTargetMachineTriple(handle));
        DataLayout = LlvmStrings.Take(LLVM.CopyStringRepOfTargetData(dataLayout));
    }

    /// <summary>Throws <see cref="LlvmException"/> with LLVM's message when the triple names no registered target.</summary>
    public static LlvmTargetMachine Create(
        string triple,
        string cpu = "generic",
        string features = "",
        LLVMCodeGenOptLevel level = LLVMCodeGenOptLevel.LLVMCodeGenLevelDefault,
        LLVMRelocMode reloc = LLVMRelocMode.LLVMRelocPIC,
        LLVMCodeModel model = LLVMCodeModel.LLVMCodeModelDefault)
    {
        LlvmTargets.InitializeAll();
        LLVMTargetRef target;
        sbyte* error = null;
        if (LLVM.GetTargetFromTriple(triple, &target, &error) != 0)
            throw new LlvmException(LlvmStrings.Take(error));
        LlvmStrings.Take(error);
        var machine = LLVM.CreateTargetMachine(target, triple, cpu, features, level, reloc, model);
        if (machine.IsNull) throw new LlvmException($"LLVM could not create a target machine for '{triple}' (cpu '{cpu}')");
        return new LlvmTargetMachine(machine);
    }

    /// <summary>The triple LLVM was configured for on this machine, e.g. <c>x86_64-pc-linux-gnu</c>.</summary>
    public static string HostTriple => LlvmStrings.Take(LLVM.GetDefaultTargetTriple());

    public static string NormalizeTriple(string triple) => LlvmStrings.Take(LLVM.NormalizeTargetTriple(triple));

    public LLVMTargetMachineRef Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return handle;
        }
    }

    public string Triple { get; }

    /// <summary>The data layout string to put on modules compiled for this machine.</summary>
    public string DataLayout { get; }

    /// <summary>Gives <paramref name="module"/> this machine's triple and data layout, as codegen expects.</summary>
    public void ConfigureModule(LlvmModule module)
    {
        module.SetTarget(Triple);
        module.SetDataLayout(DataLayout);
    }

    public ulong SizeOfTypeInBits(LLVMTypeRef type) => LLVM.SizeOfTypeInBits(Data, type);

    /// <summary>Bytes a store of the type writes (no tail padding).</summary>
    public ulong StoreSizeOfType(LLVMTypeRef type) => LLVM.StoreSizeOfType(Data, type);

    /// <summary>Bytes between consecutive array elements of the type (with tail padding): Rust's size_of.</summary>
    public ulong AbiSizeOfType(LLVMTypeRef type) => LLVM.ABISizeOfType(Data, type);

    public uint AbiAlignmentOfType(LLVMTypeRef type) => LLVM.ABIAlignmentOfType(Data, type);

    public ulong OffsetOfElement(LLVMTypeRef structType, uint element) => LLVM.OffsetOfElement(Data, structType, element);

    /// <summary>
    /// Compiles <paramref name="module"/> to an object file or assembly text. Code generation rewrites
    /// the IR it is given, so it runs on a copy: the module is left exactly as it was and may be
    /// emitted again (say, as assembly after the object file) with the same result.
    /// </summary>
    public byte[] EmitToMemory(LlvmModule module, LLVMCodeGenFileType fileType)
    {
        var copy = LLVM.CloneModule(module.Handle);
        try
        {
            sbyte* error = null;
            LLVMMemoryBufferRef buffer;
            if (LLVM.TargetMachineEmitToMemoryBuffer(Handle, copy, fileType, &error, &buffer) != 0)
                throw new LlvmException(LlvmStrings.Take(error));
            LlvmStrings.Take(error);
            try
            {
                var size = checked((int)LLVM.GetBufferSize(buffer));
                var bytes = new byte[size];
                Marshal.Copy((nint)LLVM.GetBufferStart(buffer), bytes, 0, size);
                return bytes;
            }
            finally
            {
                LLVM.DisposeMemoryBuffer(buffer);
            }
        }
        finally
        {
            LLVM.DisposeModule(copy);
        }
    }

    /// <summary>Like <see cref="EmitToMemory"/>, written straight to <paramref name="path"/>.</summary>
    public void EmitToFile(LlvmModule module, string path, LLVMCodeGenFileType fileType) =>
        File.WriteAllBytes(path, EmitToMemory(module, fileType));

    public void Dispose()
    {
        if (handle.IsNull) return;
        LLVM.DisposeTargetData(dataLayout);
        LLVM.DisposeTargetMachine(handle);
        dataLayout = default;
        handle = default;
    }

    private LLVMTargetDataRef Data
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return dataLayout;
        }
    }
}
