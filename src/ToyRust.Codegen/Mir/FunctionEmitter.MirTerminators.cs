using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

/// <summary>
/// MIR terminators: control flow, and calls. A call of a function reaches the mono item the
/// collector resolved it to (a compiler-provided method is a shim item like any other); only the
/// prelude's intrinsics are emitted inline (FunctionEmitter.Intrinsics.cs). `print!`, `panic!`
/// and `exit` are calls of the runtime.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private void EmitTerminator(BasicBlock block, Terminator terminator)
    {
        _unwindTo = terminator.Unwind;
        try
        {
            EmitTerminatorKind(block, terminator);
        }
        finally
        {
            _unwindTo = null;
        }
    }

    private void EmitTerminatorKind(BasicBlock block, Terminator terminator)
    {
        switch (terminator)
        {
            case GotoTerminator g:
                _builder.BuildBr(BlockOf(g.Target));
                break;
            case SwitchIntTerminator s:
                EmitSwitchInt(s);
                break;
            case CallTerminator c:
                EmitMirCall(block, c);
                break;
            case AssertTerminator a:
                EmitAssert(a);
                break;
            case DropTerminator d:
                EmitDrop(block, d);
                break;
            case ReturnTerminator:
                EmitMirReturn();
                break;
            case UnreachableTerminator:
                _builder.BuildUnreachable();
                break;
            case ResumeTerminator:
                EmitResume();
                break;
            default:
                throw new InvalidOperationException($"code generation reached the terminator {terminator.GetType().Name}");
        }
    }

    /// <summary>`drop(place) -> next`: a call of the type's drop glue with the place's address, or nothing when the type needs no drop here.</summary>
    private void EmitDrop(BasicBlock block, DropTerminator drop)
    {
        var type = Resolve(PlaceType(drop.Place));
        if (_generics.DropGlue(block) is { } glue)
            EmitFnCall(glue, [(AddressOf(drop.Place, type), new ReferenceType(type, true))], drop.Span);
        else if (type is DynType)
            EmitVirtualDrop(FatPointerOf(drop.Place));
        _builder.BuildBr(BlockOf(drop.Target));
    }

    private void EmitSwitchInt(SwitchIntTerminator s)
    {
        var (value, _) = EmitOperand(s.Discriminant);
        var @switch = _builder.BuildSwitch(value, BlockOf(s.Otherwise), (uint)s.Targets.Length);
        foreach (var target in s.Targets) @switch.AddCase(ConstInteger(value.TypeOf, target.Value), BlockOf(target.Target));
    }

    private void EmitMirReturn()
    {
        var returnType = Resolve(Body.ReturnType);
        if (returnType.IsUnit || returnType is NeverType) _builder.BuildRetVoid();
        else if (_inRegister[0]) _builder.BuildRet(_registerValues[0]);
        else _builder.BuildRet(_builder.BuildLoad2(Lower(returnType), _mirSlots[0], ""));
    }

    /// <summary>`assert(cond) -> next`: a cold block panics with the message when the condition is not the expected one.</summary>
    private void EmitAssert(AssertTerminator a)
    {
        var (condition, _) = EmitOperand(a.Condition);
        var panic = AppendBlock("panic");
        if (a.Expected) _builder.BuildCondBr(condition, BlockOf(a.Target), panic);
        else _builder.BuildCondBr(condition, panic, BlockOf(a.Target));
        _builder.PositionAtEnd(panic);
        if (a.Message is BoundsCheckMessage bounds) EmitBoundsPanic(EmitOperand(bounds.Index).Value, EmitOperand(bounds.Length).Value, a.Span);
        else EmitPanicMessage(a.Message.Text, a.Span);
    }

    private void EmitMirCall(BasicBlock block, CallTerminator call)
    {
        var args = call.Arguments.Select(EmitOperand).ToArray();
        switch (call.Callee)
        {
            case FnCallee { Function.Intrinsic: { } intrinsic } callee:
                FinishCall(call, EmitIntrinsic(intrinsic, callee, args));
                break;
            case FnCallee f when ReferenceEquals(f.Function, _module.Program.LangItems.DropInPlaceFn) && _generics.DropGlue(block) is null:
                // `ptr::drop_in_place` of a type that needs no drop: no glue, no code (the collector made no item).
                FinishCall(call, UnitValue);
                break;
            case FnCallee:
                FinishCall(call, EmitFnCall(_generics.Callee(block), args, call.Span));
                break;
            case VirtualCallee v:
                FinishCall(call, EmitVirtualCall(v, call, args));
                break;
            case PrintCallee { Stream: PrintTarget.String } p:
                FinishCall(call, StringOfBuffer(FormatInto(block, p.Pieces, args)));
                break;
            case PrintCallee p:
                _module.Runtime.Call(_builder, _module.Runtime.Print, ConstI32((int)p.Stream), FormatInto(block, p.Pieces, args));
                FinishCall(call, UnitValue);
                break;
            case PanicCallee p:
                CallPanic(FormatInto(block, p.Pieces, args), call.Span);
                break;
            case DebugCallee d:
                EmitDebugStep(d, args);
                FinishCall(call, UnitValue);
                break;
            case ExitCallee:
                _module.Runtime.Call(_builder, _module.Runtime.Exit, args[0].Value);
                _builder.BuildUnreachable();
                break;
            default:
                throw new InvalidOperationException($"code generation reached the callee {call.Callee.GetType().Name}");
        }
    }

    /// <summary>
    /// `format!`'s `String` made of the runtime's buffer `{ ptr, len, cap }` (malloc'd, so a `String`'s
    /// drop can free it): `String { vec: Vec { ptr, cap, len } }`, with std's dangling pointer 1 when
    /// nothing was written.
    /// </summary>
    private LLVMValueRef StringOfBuffer(LLVMValueRef buffer)
    {
        var bufferType = _module.Types.Buffer;
        LLVMValueRef Field(uint i, LLVMTypeRef type) => _builder.BuildLoad2(type, _builder.BuildStructGEP2(bufferType, buffer, i, ""), "");
        var pointer = Field(0, _context.Pointer);
        var dangling = _builder.BuildIntToPtr(ConstI64(1), _context.Pointer, "");
        pointer = _builder.BuildSelect(_builder.BuildIsNull(pointer, ""), dangling, pointer, "");
        var vecType = _context.Struct([_context.Pointer, _context.Int64, _context.Int64], packed: false);
        var vec = _builder.BuildInsertValue(_context.Poison(vecType), pointer, 0, "");
        vec = _builder.BuildInsertValue(vec, Field(2, _context.Int64), 1, "");
        vec = _builder.BuildInsertValue(vec, Field(1, _context.Int64), 2, "");
        return _builder.BuildInsertValue(_context.Poison(_context.Struct([vecType], packed: false)), vec, 0, "");
    }

    /// <summary>Stores a call's result and goes on, or ends the block when the call never returns.</summary>
    private void FinishCall(CallTerminator call, LLVMValueRef result)
    {
        if (call.Target is not { } next)
        {
            _builder.BuildUnreachable();
            return;
        }
        var type = Resolve(PlaceType(call.Destination));
        var value = type.IsUnit ? UnitValue : result;
        if (_inRegister[call.Destination.Local.Index]) _registerValues[call.Destination.Local.Index] = value;
        else if (type is not NeverType) _builder.BuildStore(value, EmitMirPlace(call.Destination).Pointer);
        _builder.BuildBr(BlockOf(next));
    }

    private LLVMValueRef EmitFnCall(MonoFunction item, (LLVMValueRef Value, TypeSymbol Type)[] args, TextSpan span)
    {
        var (function, type) = _module.FunctionFor(item);
        var values = args.Select(a => a.Value).ToList();
        if (item.TrackCaller)
        {
            var (line, column) = Location(span);
            values.AddRange([line, column]);
        }
        return CallOrInvoke(type, function, [.. values]);
    }

    /// <summary>
    /// A fresh buffer with the format's text and its holes filled from the arguments: a primitive
    /// in place, anything else by a call of its `&lt;T as Debug&gt;::fmt` item (the collector's <see cref="MonoFunction.Formatters"/>).
    /// The item is the argument's, but only its `{:?}` holes call it: `{s} {s:?}` of a `String` prints it both ways.
    /// </summary>
    private LLVMValueRef FormatInto(BasicBlock block, IReadOnlyList<FormatPiece> pieces, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var buffer = NewBuffer();
        foreach (var piece in pieces)
        {
            if (piece is FormatText t) AppendText(buffer, t.Text);
            else if (piece is FormatHole { Spec.Kind: FormatKind.Debug } h && _item.Formatters.TryGetValue((block, h.ArgumentIndex), out var formatter))
                CallFormatter(formatter, buffer, args[h.ArgumentIndex], h.Spec);
            else if (piece is FormatHole hole) AppendValue(buffer, args[hole.ArgumentIndex].Value, args[hole.ArgumentIndex].Type, hole.Spec);
        }
        return buffer;
    }
}
