using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ToyRust.Codegen;
using ToyRust.Driver.Toolchain;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Mir.Analysis;
using ToyRust.Mir.Building;
using ToyRust.Mir.Ir;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Syntax;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Driver;

/// <summary>
/// The pipeline: parse → check → collect mono items → generate LLVM IR → optimise → emit → link.
/// One entry point, used in-process by the tests and by the CLI.
///
/// Every phase is recursive over trees, and inputs may nest deeply (a 50,000-term expression is a
/// 50,000-deep tree), so the whole pipeline runs on a thread with a large stack. Bad input ends
/// in diagnostics; an exception escaping from here is an internal compiler error.
/// </summary>
public static partial class Compiler
{
    /// <summary>Stack for the compiling thread: ample for the deepest trees the parser accepts.</summary>
    private const int StackSize = 1024 * 1024 * 1024;

    public static CompileResult Compile(SourceText source, CompileOptions options, ILogger? logger = null)
    {
        CompileResult? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = new Pipeline(source, options, logger ?? NullLogger.Instance).Run();
            }
#pragma warning disable CA1031 // rethrown on the calling thread
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }

    private sealed partial class Pipeline(SourceText source, CompileOptions options, ILogger logger)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<PassTiming> _timings = [];
        private readonly List<string> _outputs = [];

        public CompileResult Run()
        {
            var tree = Time("parse", () => SyntaxTree.Parse(source));
            _diagnostics.AddRange(tree.Diagnostics);
            if (HasErrors) return Result(null);
            var checkedProgram = Time("check", () => Checker.Check(tree, options.WholePrelude));
            _diagnostics.AddRange(checkedProgram.Diagnostics);
            if (HasErrors) return Result(null);
            var buildOptions = new MirBuildOptions(options.EffectiveOverflowChecks);
            if (options.Emit == EmitKinds.None)
            {
                // Checking only: the MIR for the borrow checker's passes, and nothing after it.
                _diagnostics.AddRange(Time("borrowck", () => BorrowCheck(MirBuilder.BuildProgram(checkedProgram.Program, buildOptions))));
                return Result(null);
            }
            var built = Time("mir", () => MirBuilder.BuildProgram(checkedProgram.Program, buildOptions));
            _diagnostics.AddRange(Time("borrowck", () => BorrowCheck(built)));
            if (HasErrors) return Result(null);
            var mir = Time("drops", () => DropElaboration.Run(built));
            // One path for a build and for `--print mono-items` (which stops after collecting).
            var collected = Time("mono", () => MonoCollector.Collect(checkedProgram.Program, mir));
            _diagnostics.AddRange(collected.Diagnostics);
            if (collected.Program is not { } mono) return Result(null);
            _monoItems = [.. mono.Functions.Select(MonoItemReport.From)];
            _vtables = VtableReport.From(mono);
            if (options.Emit == EmitKinds.Mono) return Result(null);
            if (options.Emit.HasFlag(EmitKinds.Mir)) WriteText(PathFor(EmitKinds.Mir, ".mir", SingleOutputKind()), MirDump.Write(mir, mono));
            if ((options.Emit & ~EmitKinds.Mir) == EmitKinds.None) return Result(null);
            if (!Targets.IsKnown(options.Target)) return Result(RustcFlags.UnknownTarget(options.Target));
            var missing = SystemCheck.ForCompiling() ?? (options.Emit.HasFlag(EmitKinds.Exe) ? SystemCheck.ForLinking(options.Target) : null);
            return Result(missing ?? Generate(mono, mir));
        }

        private bool HasErrors => _diagnostics.Any(d => d.IsError);

        private ImmutableArray<MonoItemReport> _monoItems = [];

        private ImmutableArray<VtableReport> _vtables = [];

        private CompileResult Result(string? systemError) =>
            new(source, [.. _diagnostics], [.. _outputs], [.. _timings], systemError) { Executable = _executable, MonoItems = _monoItems, Vtables = _vtables, Records = _records };

        private string? _executable;

        /// <summary>The MIR dataflow passes: definite initialization (E0381, E0384), then use after move (E0382).</summary>
        private static ImmutableArray<Diagnostic> BorrowCheck(MirProgram mir) =>
            [.. mir.Bodies.SelectMany(b => DefiniteInitialization.Check(b).AddRange(MoveCheck.Check(b, mir.Options.Drops)))];

        private string? Generate(MonoProgram mono, MirProgram mir)
        {
            LlvmTargets.InitializeAll();
            var units = Partitioning.Partition(mono, options.EffectiveCodegenUnits, localCopies: options.OptLevel != OptLevel.O0);
            if (units.Length > 1) return GenerateUnits(mono, mir, units);
            using var machine = LlvmTargetMachine.Create(Targets.LlvmTriple(options.Target), level: CodegenLevel(options.OptLevel));
            using var context = new LlvmContext();
            var codegenOptions = new CodegenOptions(machine, options.EffectiveOverflowChecks, source, mir);
            var module = Time("codegen", () => CodeGenerator.Generate(context, mono, codegenOptions));
            if (module.Verify() is { } problem)
                throw new InvalidOperationException("LLVM rejected the generated module: " + problem);
            Time("optimize", () => Optimize(module, machine));
            // After optimising: `mergefunc` does not fold functions whose sections differ.
            if (options.FunctionSections && Targets.Find(options.Target)?.ObjectFormat == ObjectFormat.Elf) FunctionSections.Apply(module);
            return Time("emit", () => WriteOutputs(module, machine));
        }

        /// <summary>
        /// The opt-level's pipeline, then `mergefunc` on its own (where rustc's pipeline runs it, at the
        /// end), so that with <see cref="CompileOptions.RecordInstances"/> an inventory before and after
        /// each step says exactly which functions the optimiser inlined away and which merging folded.
        /// </summary>
        private bool Optimize(LlvmModule module, LlvmTargetMachine machine)
        {
            _records = OptimizeModule(module, machine);
            return true;
        }

        /// <summary>Optimises one module; with <see cref="CompileOptions.RecordInstances"/>, what became of its functions.</summary>
        private BuildRecords? OptimizeModule(LlvmModule module, LlvmTargetMachine machine)
        {
            var unoptimized = options.RecordInstances ? LlvmInventory.Of(module) : null;
            using var passOptions = new LlvmPassBuilderOptions();
            if (options.InlineThreshold is { } threshold) passOptions.SetInlinerThreshold(threshold);
            if (module.RunPasses(PassPipeline(options.OptLevel), machine, passOptions) is { } passError)
                throw new InvalidOperationException("LLVM's optimiser failed: " + passError);
            var optimized = options.RecordInstances ? LlvmInventory.Of(module) : null;
            LlvmInventory? merged = null;
            if (options.EffectiveMergeFunctions)
            {
                if (module.RunPasses("mergefunc", machine) is { } mergeError)
                    throw new InvalidOperationException("LLVM's mergefunc failed: " + mergeError);
                if (options.RecordInstances) merged = LlvmInventory.Of(module);
            }
            return unoptimized is null ? null : new BuildRecords(unoptimized, optimized!, merged);
        }

        private BuildRecords? _records;

        private string? WriteOutputs(LlvmModule module, LlvmTargetMachine machine)
        {
            var single = SingleOutputKind();
            if (options.Emit.HasFlag(EmitKinds.LlvmIr)) WriteText(PathFor(EmitKinds.LlvmIr, ".ll", single), module.PrintToString());
            if (options.Emit.HasFlag(EmitKinds.Asm)) WriteBytes(PathFor(EmitKinds.Asm, ".s", single), machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMAssemblyFile));
            if (!options.Emit.HasFlag(EmitKinds.Obj) && !options.Emit.HasFlag(EmitKinds.Exe)) return null;
            var objectBytes = machine.EmitToMemory(module, LLVMCodeGenFileType.LLVMObjectFile);
            var objectPath = options.Emit.HasFlag(EmitKinds.Obj) ? PathFor(EmitKinds.Obj, ".o", single) : options.OutputStem + ".tmp.o";
            WriteBytes(objectPath, objectBytes);
            if (!options.Emit.HasFlag(EmitKinds.Exe)) return null;
            return LinkExecutable([objectPath], keepObjects: options.Emit.HasFlag(EmitKinds.Obj));
        }

        /// <summary>Links the objects into the executable (deleting them unless asked to keep them); the linker's error, or null.</summary>
        private string? LinkExecutable(IReadOnlyList<string> objectPaths, bool keepObjects)
        {
            if (!Targets.CanLink(options.Target))
                return $"ToyRust cannot link executables for `{options.Target}`; use `--emit obj`";
            var exePath = PathFor(EmitKinds.Exe, "", SingleOutputKind());
            var linkError = Time("link", () => Linker.Link(objectPaths, options.Target, exePath, LinkOptions.From(options)));
            if (!keepObjects) objectPaths.ToList().ForEach(File.Delete);
            if (linkError is not null) return linkError;
            _outputs.Add(exePath);
            _executable = exePath;
            return null;
        }

        private EmitKinds? SingleOutputKind() =>
            options.ExplicitOutput is null ? null : options.Emit.HasFlag(EmitKinds.Exe) ? EmitKinds.Exe : options.Emit;

        private string PathFor(EmitKinds kind, string extension, EmitKinds? single) =>
            single == kind ? options.ExplicitOutput! : options.OutputStem + extension;

        private void WriteText(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

        private void WriteBytes(string path, byte[] bytes)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
            File.WriteAllBytes(path, bytes);
            if (!path.EndsWith(".tmp.o", StringComparison.Ordinal)) _outputs.Add(path);
        }

        private T Time<T>(string pass, Func<T> run)
        {
            var watch = Stopwatch.StartNew();
            var value = run();
            watch.Stop();
            _timings.Add(new PassTiming(pass, watch.Elapsed));
            if (logger.IsEnabled(LogLevel.Debug))
                logger.LogDebug("{Pass} took {Milliseconds:F1} ms", pass, watch.Elapsed.TotalMilliseconds);
            return value;
        }

        private static LLVMCodeGenOptLevel CodegenLevel(OptLevel level) => level switch
        {
            OptLevel.O0 => LLVMCodeGenOptLevel.LLVMCodeGenLevelNone,
            OptLevel.O1 => LLVMCodeGenOptLevel.LLVMCodeGenLevelLess,
            OptLevel.O3 => LLVMCodeGenOptLevel.LLVMCodeGenLevelAggressive,
            _ => LLVMCodeGenOptLevel.LLVMCodeGenLevelDefault,
        };

        private static string PassPipeline(OptLevel level) => level switch
        {
            OptLevel.O0 => "default<O0>",
            OptLevel.O1 => "default<O1>",
            OptLevel.O2 => "default<O2>",
            OptLevel.O3 => "default<O3>",
            OptLevel.Os => "default<Os>",
            _ => "default<Oz>",
        };
    }
}
