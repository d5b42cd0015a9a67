using System.Collections.Immutable;
using ToyRust.Llvm.Interop;

namespace ToyRust.Llvm;

/// <summary>One defined function of a module: its IR instruction count and the functions it calls directly (one entry per call site).</summary>
public sealed record LlvmFunctionRecord(string Name, int Instructions, ImmutableArray<string> Calls);

/// <summary>
/// What a module defines at one moment: its functions and its aliases (name → aliasee, as
/// `mergefunc` leaves them). Taken before and after optimisation, two inventories tell what the
/// optimiser did to each function: kept, inlined into its callers, merged, or deleted.
/// </summary>
public sealed record LlvmInventory(ImmutableDictionary<string, LlvmFunctionRecord> Functions, ImmutableDictionary<string, string> Aliases)
{
    public static LlvmInventory Of(LlvmModule module)
    {
        var functions = ImmutableDictionary.CreateBuilder<string, LlvmFunctionRecord>(StringComparer.Ordinal);
        for (var f = LLVM.GetFirstFunction(module.Handle); !f.IsNull; f = LLVM.GetNextFunction(f))
        {
            if (LLVM.IsDeclaration(f) == 0) functions[f.Name] = Record(f);
        }
        var aliases = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var a = LLVM.GetFirstGlobalAlias(module.Handle); !a.IsNull; a = LLVM.GetNextGlobalAlias(a))
            aliases[a.Name] = LLVM.AliasGetAliasee(a).Name;
        return new LlvmInventory(functions.ToImmutable(), aliases.ToImmutable());
    }

    private static LlvmFunctionRecord Record(LLVMValueRef function)
    {
        var count = 0;
        var calls = ImmutableArray.CreateBuilder<string>();
        for (var block = LLVM.GetFirstBasicBlock(function); !block.IsNull; block = LLVM.GetNextBasicBlock(block))
        {
            for (var i = block.FirstInstruction; !i.IsNull; i = LLVM.GetNextInstruction(i))
            {
                count++;
                if (i.InstructionOpcode is not (LLVMOpcode.LLVMCall or LLVMOpcode.LLVMInvoke)) continue;
                var callee = LLVM.GetCalledValue(i);
                if (!LLVM.IsAFunction(callee).IsNull) calls.Add(callee.Name);
            }
        }
        return new LlvmFunctionRecord(function.Name, count, calls.ToImmutable());
    }
}
