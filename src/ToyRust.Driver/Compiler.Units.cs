using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ToyRust.Codegen;
using ToyRust.Driver.Toolchain;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Mir.Building;
using ToyRust.Mono;

namespace ToyRust.Driver;

/// <summary>
/// A build of several codegen units (`-C codegen-units=N`, <see cref="Partitioning"/>): each unit is
/// generated into a module of its own LLVM context (in turn: a unit learns which of its items the
/// others use only when all are generated), then the modules are optimised and emitted to objects
/// on as many threads as the machine has cores, each thread with its own target machine, and the
/// objects are linked in unit order. Each unit's object depends only on the unit, so the
/// executable is the same bytes for the same N.
/// </summary>
public static partial class Compiler
{
    /// <summary>Stack of a unit's worker thread: LLVM's passes recurse over large functions.</summary>
    private const int WorkerStackSize = 256 * 1024 * 1024;

    private sealed partial class Pipeline
    {
        private string? GenerateUnits(MonoProgram mono, MirProgram mir, ImmutableArray<CodegenUnit> units)
        {
            var triple = Targets.LlvmTriple(options.Target);
            var machines = units.Select(_ => LlvmTargetMachine.Create(triple, level: CodegenLevel(options.OptLevel))).ToList();
            var contexts = units.Select(_ => new LlvmContext()).ToList();
            try
            {
                var codegenOptions = new CodegenOptions(machines[0], options.EffectiveOverflowChecks, source, mir);
                var modules = Time("codegen", () => CodeGenerator.Generate(contexts, mono, units, codegenOptions));
                foreach (var module in modules)
                {
                    if (module.Verify() is { } problem)
                        throw new InvalidOperationException("LLVM rejected the generated module: " + problem);
                }
                var records = new BuildRecords?[units.Length];
                Time("optimize", () =>
                {
                    InParallel(units.Length, i => records[i] = OptimizeModule(modules[i], machines[i]));
                    return true;
                });
                if (options.RecordInstances) _records = Merge(records!);
                var elf = Targets.Find(options.Target)?.ObjectFormat == ObjectFormat.Elf;
                return Time("emit", () =>
                {
                    var objects = new byte[units.Length][];
                    InParallel(units.Length, i =>
                    {
                        if (options.FunctionSections && elf) FunctionSections.Apply(modules[i]);
                        objects[i] = machines[i].EmitToMemory(modules[i], LLVMCodeGenFileType.LLVMObjectFile);
                    });
                    return LinkUnits(objects);
                });
            }
            finally
            {
                contexts.ForEach(c => c.Dispose());
                machines.ForEach(m => m.Dispose());
            }
        }

        private string? LinkUnits(byte[][] objects)
        {
            var paths = objects.Select((bytes, i) =>
            {
                var path = $"{options.OutputStem}.cgu{i}.tmp.o";
                WriteBytes(path, bytes);
                return path;
            }).ToList();
            return LinkExecutable(paths, keepObjects: false);
        }

        /// <summary>The units' records as one build's: what any unit defines (a local copy kept in two units is one function).</summary>
        private static BuildRecords Merge(IReadOnlyList<BuildRecords> records)
        {
            static LlvmInventory Union(IEnumerable<LlvmInventory> inventories) => new(
                inventories.SelectMany(i => i.Functions).GroupBy(f => f.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal),
                inventories.SelectMany(i => i.Aliases).GroupBy(a => a.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
            var merged = records.All(r => r.Merged is not null) ? Union(records.Select(r => r.Merged!)) : null;
            return new BuildRecords(Union(records.Select(r => r.Unoptimized)), Union(records.Select(r => r.Optimized)), merged);
        }
    }

    /// <summary>Runs <paramref name="work"/> for 0..count-1 on up to one thread per core; the first failure is rethrown.</summary>
    private static void InParallel(int count, Action<int> work)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        var workers = Enumerable.Range(0, Math.Min(count, Environment.ProcessorCount)).Select(_ => new Thread(() =>
        {
            int i;
            while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    work(i);
                }
#pragma warning disable CA1031 // rethrown on the calling thread
                catch (Exception e)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
            }
        }, WorkerStackSize)).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        failure?.Throw();
    }
}
