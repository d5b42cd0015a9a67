using ToyRust.Llvm;
using ToyRust.Llvm.Interop;

namespace ToyRust.Driver;

/// <summary>
/// rustc's `-Z function-sections` (on by default for ELF targets): every defined function goes in a
/// section of its own, `.text.SYMBOL`, as `-ffunction-sections` places them. The linker can then
/// drop an unreferenced function alone (`--gc-sections`) or fold two identical ones (`--icf=all`).
/// LLVM's C API has no switch for this, so each function is given its section by name.
/// </summary>
internal static class FunctionSections
{
    public static void Apply(LlvmModule module)
    {
        for (var f = LLVM.GetFirstFunction(module.Handle); !f.IsNull; f = LLVM.GetNextFunction(f))
        {
            if (LLVM.IsDeclaration(f) == 0) f.SetSection(".text." + f.Name);
        }
    }
}
