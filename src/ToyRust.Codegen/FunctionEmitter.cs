using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>
/// Emits one mono item's body from its MIR (entry point: <c>EmitMir</c> in Mir/FunctionEmitter.Mir.cs,
/// with the statements, rvalues and terminators beside it). This file holds the state and the
/// helpers they share; the partial files beside it hold the operations they translate into LLVM:
/// arithmetic and comparisons (Operators), enum layout (Adts), constants (Expressions), formatting
/// (Format).
/// </summary>
internal sealed partial class FunctionEmitter
{
    private readonly ModuleEmitter _module;
    private readonly MonoFunction _item;
    private readonly LlvmContext _context;
    private readonly LlvmBuilder _builder;
    private readonly LLVMValueRef _function;
    private readonly FunctionAbi _abi;
    private readonly List<LLVMBasicBlockRef> _blocks = [];
    private readonly IGenericsStrategy _generics;
    private LLVMBasicBlockRef _allocaBlock;

    public FunctionEmitter(ModuleEmitter module, MonoFunction item)
    {
        _module = module;
        _item = item;
        _context = module.Context;
        _builder = module.Context.CreateBuilder();
        (_function, _abi) = module.FunctionFor(item);
        _generics = new Monomorphization(item, module.Types);
    }

    private TypeLowering Types => _module.Types;

    /// <summary>The type a type of the body stands for in this instance (through the generics seam).</summary>
    private TypeSymbol Resolve(TypeSymbol type) => _generics.TypeOf(type);

    /// <summary>How a value of a body's type is stored, copied and moved (through the generics seam).</summary>
    private LLVMTypeRef Lower(TypeSymbol type) => _generics.Layout(type);

    private LLVMBasicBlockRef AppendBlock(string name)
    {
        var block = _context.AppendBasicBlock(_function, name);
        _blocks.Add(block);
        return block;
    }

    /// <summary>After a terminator, later code (which cannot run) still needs a block to go into.</summary>
    private void StartDeadBlock() => _builder.PositionAtEnd(AppendBlock("dead"));

    private void TerminateOpenBlocks()
    {
        foreach (var block in _blocks)
        {
            if (!block.Terminator.IsNull) continue;
            _builder.PositionAtEnd(block);
            _builder.BuildUnreachable();
        }
    }

    /// <summary>An `alloca` in the entry block, so every slot is allocated once per call.</summary>
    private LLVMValueRef Alloca(LLVMTypeRef type, string name)
    {
        var current = _builder.InsertBlock;
        var terminator = _allocaBlock.Terminator;
        if (terminator.IsNull) _builder.PositionAtEnd(_allocaBlock);
        else _builder.PositionBefore(terminator);
        var slot = _builder.BuildAlloca(type, name);
        _builder.PositionAtEnd(current);
        return slot;
    }

    private LLVMValueRef UnitValue => _context.ConstNull(Types.Unit);

    /// <summary>rustc's panic location: 1-based line and column of the span's start, or the caller's in a `#[track_caller]` function.</summary>
    private (LLVMValueRef Line, LLVMValueRef Column) Location(TextSpan span)
    {
        if (_item.TrackCaller)
        {
            var first = _abi.FirstHidden;
            return (_function.GetParam(first), _function.GetParam(first + 1));
        }
        var p = _module.Options.Source.GetPosition(span.Start);
        return (ConstI32(p.Line), ConstI32(p.Column));
    }

    private LLVMValueRef ConstI64(long value) => _context.ConstInt(_context.Int64, unchecked((ulong)value), true);

    private LLVMValueRef ConstI32(int value) => _context.ConstInt(_context.Int32, unchecked((ulong)value), true);

    /// <summary>Calls the runtime's fixed-message panic (`attempt to add with overflow`) at <paramref name="span"/>.</summary>
    private void EmitPanicMessage(string message, TextSpan span)
    {
        var (line, column) = Location(span);
        var path = _module.Options.Source.Path;
        var (panic, type) = _module.Runtime.PanicStr;
        CallOrInvoke(type, panic, [
            _module.StringBytes(message), ConstI64(System.Text.Encoding.UTF8.GetByteCount(message)),
            _module.StringBytes(path), ConstI64(System.Text.Encoding.UTF8.GetByteCount(path)),
            line, column]);
        _builder.BuildUnreachable();
    }

    /// <summary>Branches to a cold panic block when <paramref name="failed"/> is true, and continues otherwise.</summary>
    private void EmitPanicIf(LLVMValueRef failed, string message, TextSpan span)
    {
        var panic = AppendBlock("panic");
        var ok = AppendBlock("ok");
        _builder.BuildCondBr(failed, panic, ok);
        _builder.PositionAtEnd(panic);
        EmitPanicMessage(message, span);
        _builder.PositionAtEnd(ok);
    }
}
