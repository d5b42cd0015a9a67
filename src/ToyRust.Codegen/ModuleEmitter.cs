using System.Text;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Codegen;

/// <summary>
/// Module-wide state of one codegen unit: declared functions, the runtime's entry points, interned
/// constants. A unit defines its own items (<see cref="CodegenUnit.Items"/>); an item of another
/// unit is declared on first use and marked exported in <see cref="UnitLinks"/>; a local copy
/// (<see cref="Partitioning.IsLocalCopy"/>) is defined, privately, in each unit that uses it.
/// </summary>
internal sealed partial class ModuleEmitter
{
    private readonly Dictionary<MonoFunction, (LLVMValueRef Function, FunctionAbi Abi)> _functions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, LLVMValueRef> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<FormatSpec, LLVMValueRef> _specs = [];
    private readonly CodegenUnit _unit;
    private readonly UnitLinks _links;
    private readonly Queue<MonoFunction> _copies = new();

    public ModuleEmitter(LlvmContext context, MonoProgram program, CodegenOptions options, CodegenUnit unit, UnitLinks links)
    {
        Context = context;
        Program = program;
        Options = options;
        _unit = unit;
        _links = links;
        Module = context.CreateModule(links.Single ? Mono.SymbolMangler.CrateName : unit.Name);
        options.Machine.ConfigureModule(Module);
        Types = new TypeLowering(context, options.Machine);
        Runtime = new RuntimeFunctions(context, Module);
    }

    public LlvmContext Context { get; }

    public LlvmModule Module { get; }

    public MonoProgram Program { get; }

    public CodegenOptions Options { get; }

    public TypeLowering Types { get; }

    public RuntimeFunctions Runtime { get; }

    public LlvmModule Emit()
    {
        foreach (var item in _unit.Items) Declare(item, LLVMLinkage.LLVMInternalLinkage);
        foreach (var item in _unit.Items) EmitBody(item);
        while (_copies.TryDequeue(out var copy)) EmitBody(copy);
        if (_unit.HoldsEntry) EmitEntryPoint();
        return Module;
    }

    /// <summary>Gives the unit's items that other units use external linkage and hidden visibility (call once every unit is emitted).</summary>
    public void ExportUsed()
    {
        foreach (var item in _unit.Items.Where(_links.IsExported))
        {
            var function = _functions[item].Function;
            function.SetLinkage(LLVMLinkage.LLVMExternalLinkage);
            LLVM.SetVisibility(function, LLVMVisibility.LLVMHiddenVisibility);
        }
    }

    /// <summary>The function of <paramref name="item"/> in this module: its own, a local copy made now, or a declaration of another unit's.</summary>
    public (LLVMValueRef Function, FunctionAbi Abi) FunctionFor(MonoFunction item)
    {
        if (_functions.TryGetValue(item, out var known)) return known;
        if (_links.IsLocalCopy(item))
        {
            _copies.Enqueue(item);
            return Declare(item, LLVMLinkage.LLVMInternalLinkage);
        }
        _links.Export(item);
        return Declare(item, LLVMLinkage.LLVMExternalLinkage);
    }

    private void EmitBody(MonoFunction item)
    {
        new FunctionEmitter(this, item).EmitMir(item.Body);
    }

    /// <summary>
    /// Declares one mono item with its <see cref="FunctionAbi"/>. A `#[track_caller]` function takes two
    /// hidden parameters after its own — the caller's line and column — which its panics report
    /// instead of their own location.
    /// </summary>
    private (LLVMValueRef Function, FunctionAbi Abi) Declare(MonoFunction item, LLVMLinkage linkage)
    {
        var body = item.Body;
        var parameters = item.SpreadsArguments
            ? [.. ((Semantics.Types.TupleType)item.Resolve(body[new Mir.Ir.Local(2)].Type)).Elements.Select(Types.Lower)]
            : body.Arguments.Select(a => Types.Lower(item.Resolve(body[a].Type))).ToArray();
        LLVMTypeRef[] hidden = item.TrackCaller ? [Context.Int32, Context.Int32] : [];
        var abi = FunctionAbi.For(Context, Options.Machine, Types.LowerReturn(item.Resolve(body.ReturnType)), parameters, hidden);
        var value = Module.AddFunction(item.Symbol, abi.Type);
        abi.AddAttributes(value, Options.Machine);
        value.SetLinkage(linkage);
        // Unwind tables on every function, as rustc has them: a panic unwinds through frames without cleanups too.
        value.AddFunctionAttribute("uwtable", 2);
        if (!item.IsShim && item.Definition.InlineNever) value.AddFunctionAttribute("noinline");
        if (!item.IsShim && item.Definition.Cold) value.AddFunctionAttribute("cold");
        _functions[item] = (value, abi);
        return (value, abi);
    }

    /// <summary>
    /// `int main(int, char**)`: runs the program's `main`, flushes stdout, returns 0 — or, when
    /// `main` returns a value (`Result&lt;(), E&gt;`), what its `Termination::report` makes of it, as
    /// rustc's `lang_start` does. The value crosses from one call to the other as both ABIs want it
    /// (the same type, so the same pass mode): directly, or in the return area `main` wrote.
    /// </summary>
    private void EmitEntryPoint()
    {
        var type = Context.Function(Context.Int32, [Context.Int32, Context.Pointer]);
        var main = Module.AddFunction("main", type);
        main.AddFunctionAttribute("uwtable", 2);
        using var builder = Context.CreateBuilder();
        builder.PositionAtEnd(Context.AppendBasicBlock(main, "start"));
        var (userMain, userAbi) = FunctionFor(Program.Entry);
        var exitCode = Context.ConstInt(Context.Int32, 0, false);
        if (Program.Report is { } report)
        {
            var (reportFunction, reportAbi) = FunctionFor(report);
            LLVMValueRef passed;
            if (userAbi.ReturnMode == PassMode.Indirect)
            {
                passed = builder.BuildAlloca(userAbi.ReturnType, "main.result");
                builder.BuildCall2(userAbi.Type, userMain, [passed], "");
            }
            else
            {
                passed = builder.BuildCall2(userAbi.Type, userMain, [], "main.result");
            }
            exitCode = builder.BuildCall2(reportAbi.Type, reportFunction, [passed], "exit.code");
        }
        else
        {
            builder.BuildCall2(userAbi.Type, userMain, [], "");
        }
        Runtime.Call(builder, Runtime.Flush);
        builder.BuildRet(exitCode);
    }

    /// <summary>A private constant holding the UTF-8 bytes of <paramref name="text"/> (one per distinct text).</summary>
    public LLVMValueRef StringBytes(string text)
    {
        if (_strings.TryGetValue(text, out var existing)) return existing;
        var bytes = Encoding.UTF8.GetBytes(text);
        var constant = Context.ConstString(bytes, nullTerminate: false);
        var global = Module.AddGlobal(constant.TypeOf, $"str.{_strings.Count}");
        global.SetInitializer(constant);
        global.SetGlobalConstant(true);
        global.SetLinkage(LLVMLinkage.LLVMPrivateLinkage);
        global.SetUnnamedAddress(LLVMUnnamedAddr.LLVMGlobalUnnamedAddr);
        _strings[text] = global;
        return global;
    }

    private int _promoted;

    /// <summary>A promoted constant (`&amp;8`): the value in a private read-only global, and a pointer to it.</summary>
    public LLVMValueRef Promoted(LLVMValueRef value)
    {
        var global = Module.AddGlobal(value.TypeOf, $"promoted.{_promoted++}");
        global.SetInitializer(value);
        global.SetGlobalConstant(true);
        global.SetLinkage(LLVMLinkage.LLVMPrivateLinkage);
        global.SetUnnamedAddress(LLVMUnnamedAddr.LLVMGlobalUnnamedAddr);
        return global;
    }

    /// <summary>A pointer to a constant TrSpec for a non-default spec, or null for `{}`.</summary>
    public LLVMValueRef Spec(FormatSpec spec)
    {
        if (spec.IsDefault) return Context.ConstNull(Context.Pointer);
        if (_specs.TryGetValue(spec, out var existing)) return existing;
        var flags = (spec.Zero ? 1 : 0) | (spec.Alternate ? 2 : 0) | (spec.Plus ? 4 : 0);
        var constant = Context.ConstStruct(
        [
            Context.ConstInt(Context.Int32, (ulong)spec.Fill, false),
            Context.ConstInt(Context.Int32, unchecked((ulong)spec.Width), true),
            Context.ConstInt(Context.Int32, unchecked((ulong)spec.Precision), true),
            Context.ConstInt(Context.Int8, (ulong)spec.Align, false),
            Context.ConstInt(Context.Int8, (ulong)flags, false),
            Context.ConstInt(Context.Int8, (ulong)spec.Kind, false),
            Context.ConstInt(Context.Int8, 0, false),
        ], packed: false);
        var global = Module.AddGlobal(constant.TypeOf, $"spec.{_specs.Count}");
        global.SetInitializer(constant);
        global.SetGlobalConstant(true);
        global.SetLinkage(LLVMLinkage.LLVMPrivateLinkage);
        _specs[spec] = global;
        return global;
    }
}
