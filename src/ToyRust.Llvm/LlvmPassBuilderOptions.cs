using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>
/// Options for <see cref="LlvmModule.RunPasses"/>. The pipeline itself is a string in the new pass
/// manager's syntax; the standard ones are <c>default&lt;O0&gt;</c> … <c>default&lt;O3&gt;</c>,
/// <c>default&lt;Os&gt;</c> and <c>default&lt;Oz&gt;</c>.
/// </summary>
public sealed class LlvmPassBuilderOptions : IDisposable
{
    private LLVMPassBuilderOptionsRef handle = LLVM.CreatePassBuilderOptions();

    public LLVMPassBuilderOptionsRef Handle
    {
        get
        {
            ObjectDisposedException.ThrowIf(handle.IsNull, this);
            return handle;
        }
    }

    /// <summary>Verify the module after every pass: slow, but pins a miscompile on the pass that caused it.</summary>
    public void SetVerifyEach(bool value) => LLVM.PassBuilderOptionsSetVerifyEach(Handle, value ? 1 : 0);

    public void SetLoopInterleaving(bool value) => LLVM.PassBuilderOptionsSetLoopInterleaving(Handle, value ? 1 : 0);

    public void SetLoopVectorization(bool value) => LLVM.PassBuilderOptionsSetLoopVectorization(Handle, value ? 1 : 0);

    public void SetSLPVectorization(bool value) => LLVM.PassBuilderOptionsSetSLPVectorization(Handle, value ? 1 : 0);

    public void SetLoopUnrolling(bool value) => LLVM.PassBuilderOptionsSetLoopUnrolling(Handle, value ? 1 : 0);

    public void SetMergeFunctions(bool value) => LLVM.PassBuilderOptionsSetMergeFunctions(Handle, value ? 1 : 0);

    public void SetInlinerThreshold(int threshold) => LLVM.PassBuilderOptionsSetInlinerThreshold(Handle, threshold);

    public void Dispose()
    {
        if (handle.IsNull) return;
        LLVM.DisposePassBuilderOptions(handle);
        handle = default;
    }
}
