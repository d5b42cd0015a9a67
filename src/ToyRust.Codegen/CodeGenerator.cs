using ToyRust.Llvm;
using ToyRust.Mir.Building;
using ToyRust.Mono;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>What code generation needs besides the program.</summary>
/// <param name="Machine">The target machine: triple, data layout, and the sizes of types (enum payloads).</param>
/// <param name="OverflowChecks">Whether integer arithmetic panics on overflow (rustc's debug default).</param>
/// <param name="Source">The source file, for panic locations (`src/main.rs:3:5`).</param>
/// <param name="Mir">The program's MIR, from which every mono item's body is generated.</param>
public sealed record CodegenOptions(LlvmTargetMachine Machine, bool OverflowChecks, SourceText Source, MirProgram Mir);

/// <summary>
/// Code generation: mono items and their MIR → one LLVM module.
///
/// Layout of the module: every mono item becomes an `internal` function named with its v0
/// symbol; a C `main` calls the program's `main` and flushes stdout; the runtime's functions
/// (`__toyrust_*`, see Driver/Runtime/toyrust_rt.c) are declared and linked in later.
///
/// Values: integers are `iN`, `bool` is `i1`, `char` is `i32`, tuples and structs are literal
/// structs, arrays are `[N x T]`, references are `ptr`, `&amp;str` is `{ ptr, i64 }`, `()` is `{}`
/// (and `void` as a return type). An enum is `{ tag, [K x iA] }`: the tag holds the variant's
/// discriminant and the payload words (aligned as the most aligned variant) hold the fields of the
/// largest variant; a variant's fields are read through a pointer to the payload typed as that
/// variant's own struct. An enum with one variant with data and others without is that variant's
/// struct alone, the others written into a niche of it (<see cref="NicheLayout"/>). Values cross
/// calls as <see cref="FunctionAbi"/> says: large ones by pointer. Locals live in `alloca`s of the
/// entry block or in registers (RegisterLocals); LLVM's mem2reg (part of every optimising pipeline)
/// turns the slots into registers too.
///
/// Bodies: every mono item is generated from its MIR body (docs/mir.md), one LLVM block per MIR
/// block; the types in the body are substituted with the item's type arguments as it goes.
///
/// Entry point: <see cref="Generate"/>.
/// </summary>
public static class CodeGenerator
{
    public static LlvmModule Generate(LlvmContext context, MonoProgram program, CodegenOptions options)
    {
        var emitter = new ModuleEmitter(context, program, options);
        return emitter.Emit();
    }
}
