using System.Collections.Immutable;
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
/// Code generation: mono items and their MIR → one LLVM module per codegen unit.
///
/// Layout of a module: every mono item becomes an `internal` function named with its v0
/// symbol (external and hidden when another unit calls it); a C `main` calls the program's `main` and flushes stdout; the runtime's functions
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
    /// <summary>The whole program as one module (one codegen unit).</summary>
    public static LlvmModule Generate(LlvmContext context, MonoProgram program, CodegenOptions options) =>
        Generate([context], program, [new CodegenUnit(0, program.Functions, HoldsEntry: true)], options)[0];

    /// <summary>
    /// One module per codegen unit (<see cref="Partitioning"/>), each in its own context so that they
    /// can be optimised and emitted on separate threads. Generation itself is sequential: a unit
    /// learns which of its items others use only when every unit has been generated.
    /// </summary>
    public static ImmutableArray<LlvmModule> Generate(IReadOnlyList<LlvmContext> contexts, MonoProgram program, ImmutableArray<CodegenUnit> units, CodegenOptions options)
    {
        var placed = units.SelectMany(u => u.Items).ToHashSet(ReferenceEqualityComparer.Instance);
        var links = new UnitLinks(program.Functions.Where(f => !placed.Contains(f)), units.Length == 1);
        var emitters = units.Select((unit, i) => new ModuleEmitter(contexts[i], program, options, unit, links)).ToList();
        var modules = emitters.Select(e => e.Emit()).ToImmutableArray();
        foreach (var emitter in emitters) emitter.ExportUsed();
        return modules;
    }
}

/// <summary>What the units of one build share: the items copied into each unit that uses them, and the items used across units.</summary>
internal sealed class UnitLinks(IEnumerable<MonoFunction> localCopies, bool single)
{
    private readonly HashSet<MonoFunction> _copies = new(localCopies, ReferenceEqualityComparer.Instance);
    private readonly HashSet<MonoFunction> _exported = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the build has one unit (its module keeps the crate's name).</summary>
    public bool Single { get; } = single;

    public bool IsLocalCopy(MonoFunction item) => _copies.Contains(item);

    public void Export(MonoFunction item) => _exported.Add(item);

    public bool IsExported(MonoFunction item) => _exported.Contains(item);
}
