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
            EmitFnCall(glue, [AddressOf(drop.Place, type)], drop.Span);
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
        if (returnType.IsUnit || returnType is NeverType || _abi.ReturnMode == PassMode.Indirect) _builder.BuildRetVoid();
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
        switch (call.Callee)
        {
            case FnCallee { Function.Intrinsic: { } intrinsic } callee:
                FinishCall(call, EmitIntrinsic(intrinsic, callee, ArgumentValues(call)));
                return;
            case FnCallee f when ReferenceEquals(f.Function, _module.Program.LangItems.DropInPlaceFn) && _generics.DropGlue(block) is null:
                // `ptr::drop_in_place` of a type that needs no drop: no glue, no code (the collector made no item).
                FinishCall(call, UnitValue);
                return;
            case FnCallee:
                var item = _generics.Callee(block);
                var abi = _module.FunctionFor(item).Abi;
                FinishCall(call, EmitFnCall(item, item.SpreadsArguments ? SpreadArguments(abi, call.Arguments[1]) : PassArguments(abi, call.Arguments), call.Span));
                return;
            case VirtualCallee v:
                FinishCall(call, EmitVirtualCall(v, call));
                return;
            case PointerCallee p:
                FinishCall(call, EmitPointerCall(p, call));
                return;
        }
        var args = ArgumentValues(call);
        switch (call.Callee)
        {
            case PrintCallee { Stream: PrintTarget.String } p:
                FinishCall(call, StringOfBuffer(FormatInto(block, p.Pieces, args)));
                break;
            case PrintCallee { Stream: PrintTarget.Formatter } p:
                // `write!(f, …)`: the first argument is the `&mut Formatter`, whose buffer the text goes to.
                var buffer = _builder.BuildLoad2(_context.Pointer, _builder.BuildStructGEP2(Types.Formatter, args[0].Value, 0, ""), "");
                FormatInto(block, p.Pieces, args, buffer);
                FinishCall(call, UnitValue);
                break;
            case PrintCallee p:
                // The buffer of a print has its stream: the runtime writes each piece out as it is appended.
                var output = NewBuffer();
                _builder.BuildStore(ConstI32((int)p.Stream), _builder.BuildStructGEP2(Types.Buffer, output, 3, ""));
                FormatInto(block, p.Pieces, args, output);
                _module.Runtime.Call(_builder, _module.Runtime.Print, ConstI32((int)p.Stream), output);
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

    private (LLVMValueRef Value, TypeSymbol Type)[] ArgumentValues(CallTerminator call) => [.. call.Arguments.Select(EmitOperand)];

    /// <summary>Stores a call's result and goes on, or ends the block when the call never returns.</summary>
    private void FinishCall(CallTerminator call, LLVMValueRef result) => FinishCall(call, new CallResult(result, default));

    /// <summary>Moves a call's result into its destination (from the return area when it came through memory) and goes on.</summary>
    private void FinishCall(CallTerminator call, CallResult result)
    {
        if (call.Target is not { } next)
        {
            _builder.BuildUnreachable();
            return;
        }
        var type = Resolve(PlaceType(call.Destination));
        var local = call.Destination.Local.Index;
        if (type is NeverType) { }
        else if (!result.ReturnArea.IsNull && !_inRegister[local] && IsLarge(type))
            CopyBytes(EmitMirPlace(call.Destination).Pointer, result.ReturnArea, type);
        else
        {
            var value = type.IsUnit ? UnitValue : result.ReturnArea.IsNull ? result.Value : _builder.BuildLoad2(Lower(type), result.ReturnArea, "");
            if (_inRegister[local]) _registerValues[local] = value;
            else _builder.BuildStore(value, EmitMirPlace(call.Destination).Pointer);
        }
        _builder.BuildBr(BlockOf(next));
    }

    /// <summary>What a call gave back: its LLVM value, or the return area it wrote its result to.</summary>
    private readonly record struct CallResult(LLVMValueRef Value, LLVMValueRef ReturnArea);

    /// <summary>Calls a mono item with arguments already passed by its ABI (<see cref="PassArguments"/>), and its hidden location.</summary>
    private CallResult EmitFnCall(MonoFunction item, IEnumerable<LLVMValueRef> passed, TextSpan span)
    {
        var (function, abi) = _module.FunctionFor(item);
        var values = passed.ToList();
        if (item.TrackCaller)
        {
            var (line, column) = Location(span);
            values.AddRange([line, column]);
        }
        return CallWithAbi(abi, function, values);
    }

    /// <summary>A call through <paramref name="abi"/>: with a return area in front of the arguments when the result comes back in memory.</summary>
    private CallResult CallWithAbi(FunctionAbi abi, LLVMValueRef function, IEnumerable<LLVMValueRef> passed)
    {
        var area = abi.ReturnMode == PassMode.Indirect ? Alloca(abi.ReturnType, "ret") : default;
        LLVMValueRef[] values = area.IsNull ? [.. passed] : [area, .. passed];
        return new CallResult(CallOrInvoke(abi.Type, function, values), area);
    }

    /// <summary>
    /// The call's operands as <paramref name="abi"/>'s parameters from <paramref name="first"/> on want
    /// them: a value, or the address of a fresh copy in this frame (copied with `memcpy` when large).
    /// </summary>
    private LLVMValueRef[] PassArguments(FunctionAbi abi, IEnumerable<Operand> operands, int first = 0) =>
        [.. operands.Select((operand, i) => abi.ParameterModes[first + i] == PassMode.Direct
            ? EmitOperand(operand).Value
            : CopyToStack(operand, abi.ParameterTypes[first + i]))];

    /// <summary>The elements of the tuple operand as the parameters of an item that takes them spread (<see cref="MonoFunction.SpreadsArguments"/>).</summary>
    private LLVMValueRef[] SpreadArguments(FunctionAbi abi, Operand tuple)
    {
        var value = EmitOperand(tuple).Value;
        var values = new LLVMValueRef[abi.ParameterTypes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var element = _builder.BuildExtractValue(value, (uint)i, "");
            if (abi.ParameterModes[i] == PassMode.Direct) values[i] = element;
            else
            {
                values[i] = Alloca(abi.ParameterTypes[i], "arg");
                _builder.BuildStore(element, values[i]);
            }
        }
        return values;
    }

    private LLVMValueRef CopyToStack(Operand operand, LLVMTypeRef type)
    {
        var copy = Alloca(type, "arg");
        var place = operand switch { CopyOperand c => c.Place, MoveOperand m => m.Place, _ => null };
        if (place is not null && !_inRegister[place.Local.Index]) EmitCopyInto(copy, operand);
        else _builder.BuildStore(EmitOperand(operand).Value, copy);
        return copy;
    }

    /// <summary>
    /// A fresh buffer with the format's text and its holes filled from the arguments (<see cref="FormatInto(BasicBlock, IReadOnlyList{FormatPiece}, (LLVMValueRef Value, TypeSymbol Type)[], LLVMValueRef)"/>).
    /// </summary>
    private LLVMValueRef FormatInto(BasicBlock block, IReadOnlyList<FormatPiece> pieces, (LLVMValueRef Value, TypeSymbol Type)[] args)
    {
        var buffer = NewBuffer();
        FormatInto(block, pieces, args, buffer);
        return buffer;
    }

    /// <summary>
    /// Appends the format's text and its holes to <paramref name="buffer"/>: a primitive in place,
    /// anything else by a call of its `&lt;T as Debug&gt;::fmt` or `&lt;T as Display&gt;::fmt` item (the
    /// collector's <see cref="MonoFunction.Formatters"/>, by hole), which may unwind and may print
    /// (a print's buffer writes each piece out as it comes, so that comes after the text before).
    /// </summary>
    private void FormatInto(BasicBlock block, IReadOnlyList<FormatPiece> pieces, (LLVMValueRef Value, TypeSymbol Type)[] args, LLVMValueRef buffer)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is FormatText t) AppendText(buffer, t.Text);
            else if (pieces[i] is FormatHole h && _item.Formatters.TryGetValue((block, i), out var formatter))
                CallFormatter(formatter, buffer, args[h.ArgumentIndex], h.Spec);
            else if (pieces[i] is FormatHole hole) AppendValue(buffer, args[hole.ArgumentIndex].Value, args[hole.ArgumentIndex].Type, hole.Spec);
        }
    }
}
