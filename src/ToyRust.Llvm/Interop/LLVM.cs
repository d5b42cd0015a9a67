namespace ToyRust.Llvm.Interop;

public static unsafe partial class LLVM
{
    // Every P/Invoke of the assembly lives in this class, so running the resolver installation
    // from its static constructor guarantees it happens once and before the first native call.
    static LLVM() => LlvmLibrary.InstallResolver();
}
