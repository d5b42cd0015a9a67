using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>Registers the back ends ToyRust can emit for: X86 and AArch64 (ELF, Mach-O and COFF alike).</summary>
public static class LlvmTargets
{
    private static readonly Lock Gate = new();
    private static bool initialized;

    /// <summary>
    /// Idempotent and thread-safe. LLVM's target registry is a plain global list with no locking
    /// of its own, so registration happens once under a lock, before any lookup can race with it.
    /// </summary>
    public static void InitializeAll()
    {
        lock (Gate)
        {
            if (initialized) return;
            LLVM.InitializeX86TargetInfo();
            LLVM.InitializeX86Target();
            LLVM.InitializeX86TargetMC();
            LLVM.InitializeX86AsmPrinter();
            LLVM.InitializeX86AsmParser();
            LLVM.InitializeAArch64TargetInfo();
            LLVM.InitializeAArch64Target();
            LLVM.InitializeAArch64TargetMC();
            LLVM.InitializeAArch64AsmPrinter();
            LLVM.InitializeAArch64AsmParser();
            initialized = true;
        }
    }
}
