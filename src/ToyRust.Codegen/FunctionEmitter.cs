using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>
/// Emits one mono item's body. Split by node family: statements and places here, expressions,
/// operators, control flow and formatting in the partial files beside it.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private readonly ModuleEmitter _module;
    private readonly MonoFunction _item;
    private readonly LlvmContext _context;
    private readonly LlvmBuilder _builder;
    private readonly LLVMValueRef _function;
    private readonly Dictionary<LocalSymbol, LLVMValueRef> _locals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LoopLabel, LoopTargets> _loops = new(ReferenceEqualityComparer.Instance);
    private readonly List<LLVMBasicBlockRef> _blocks = [];
    private readonly ResolutionMemo _resolved = new();
    private LLVMBasicBlockRef _allocaBlock;

    /// <summary>Where `break` and `continue` go, and the slot a `break value` stores into.</summary>
    private sealed record LoopTargets(LLVMBasicBlockRef Break, LLVMBasicBlockRef? Continue, LLVMValueRef? ResultSlot, TypeSymbol ResultType);

    public FunctionEmitter(ModuleEmitter module, MonoFunction item)
    {
        _module = module;
        _item = item;
        _context = module.Context;
        _builder = module.Context.CreateBuilder();
        _function = module.FunctionFor(item).Function;
    }

    private TypeLowering Types => _module.Types;

    private TypeSymbol Resolve(TypeSymbol type) => _item.Resolve(type, _resolved);

    private LLVMTypeRef Lower(TypeSymbol type) => Types.Lower(Resolve(type));

    public void Emit()
    {
        using (_builder)
        {
            _allocaBlock = AppendBlock("start");
            var body = AppendBlock("body");
            _builder.PositionAtEnd(body);
            var symbol = _item.Function.Symbol;
            for (var i = 0; i < symbol.Parameters.Length; i++)
            {
                var slot = SlotFor(symbol.Parameters[i]);
                _builder.BuildStore(_function.GetParam((uint)i), slot);
            }
            var result = EmitExpression(_item.Function.Body);
            EmitReturn(result, _item.Function.Body.Type);
            _builder.PositionAtEnd(_allocaBlock);
            _builder.BuildBr(body);
            TerminateOpenBlocks();
        }
    }

    private void EmitReturn(LLVMValueRef value, TypeSymbol valueType)
    {
        var returnType = Resolve(_item.Function.Symbol.ReturnType);
        if (returnType.IsUnit || returnType is NeverType) _builder.BuildRetVoid();
        else _builder.BuildRet(Coerce(value, valueType, returnType));
        StartDeadBlock();
    }

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

    private LLVMValueRef SlotFor(LocalSymbol local)
    {
        if (_locals.TryGetValue(local, out var slot)) return slot;
        slot = Alloca(Lower(local.Type), local.Name);
        _locals[local] = slot;
        return slot;
    }

    /// <summary>A value of type `!` stands for code that never runs; give its consumers a placeholder of the type they expect.</summary>
    private LLVMValueRef Coerce(LLVMValueRef value, TypeSymbol from, TypeSymbol to)
    {
        if (Resolve(from) is NeverType && Resolve(to) is not NeverType) return _context.Poison(Lower(to));
        return value;
    }

    private LLVMValueRef UnitValue => _context.ConstNull(Types.Unit);

    private void EmitStatement(BoundStatement statement)
    {
        switch (statement)
        {
            case BoundLet let:
                EmitLet(let);
                break;
            case BoundExpressionStatement es:
                EmitExpression(es.Expression);
                break;
        }
    }

    private void EmitLet(BoundLet let)
    {
        if (let.Initializer is null)
        {
            DeclarePattern(let.Pattern);
            return;
        }
        var value = EmitExpression(let.Initializer);
        if (Resolve(let.Initializer.Type) is NeverType) return;
        BindPattern(let.Pattern, value);
    }

    private void DeclarePattern(BoundPattern pattern)
    {
        switch (pattern)
        {
            case BoundBindingPattern b:
                SlotFor(b.Local);
                break;
            default:
                foreach (var b in BoundTree.DescendantsAndSelf(pattern).OfType<BoundBindingPattern>()) SlotFor(b.Local);
                break;
        }
    }

    /// <summary>rustc's panic location: 1-based line and column of the span's start, or the caller's in a `#[track_caller]` function.</summary>
    private (LLVMValueRef Line, LLVMValueRef Column) Location(TextSpan span)
    {
        var symbol = _item.Function.Symbol;
        if (symbol.TrackCaller)
            return (_function.GetParam((uint)symbol.Parameters.Length), _function.GetParam((uint)symbol.Parameters.Length + 1));
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
        _module.Runtime.Call(_builder, _module.Runtime.PanicStr,
            _module.StringBytes(message), ConstI64(System.Text.Encoding.UTF8.GetByteCount(message)),
            _module.StringBytes(path), ConstI64(System.Text.Encoding.UTF8.GetByteCount(path)),
            line, column);
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
