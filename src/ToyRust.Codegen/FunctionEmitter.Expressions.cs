using System.Numerics;
using ToyRust.Llvm.Interop;
using ToyRust.Mono;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

internal sealed partial class FunctionEmitter
{
    private LLVMValueRef EmitExpression(BoundExpression e) => e switch
    {
        BoundLiteral l => EmitLiteral(l),
        BoundLocal l => _builder.BuildLoad2(Lower(l.Local.Type), SlotFor(l.Local), l.Local.Name),
        BoundBinary b => EmitBinary(b),
        BoundUnary u => EmitUnary(u),
        BoundAssignment a => EmitAssignment(a),
        BoundCall c => EmitCall(c),
        BoundBlock b => EmitBlock(b),
        BoundIf i => EmitIf(i),
        BoundWhile w => EmitWhile(w),
        BoundLoop l => EmitLoop(l),
        BoundRangeFor f => EmitRangeFor(f),
        BoundLabeledBlock l => EmitLabeledBlock(l),
        BoundBreak b => EmitBreak(b),
        BoundContinue c => EmitContinue(c),
        BoundReturn r => EmitReturnExpression(r),
        BoundTuple t => EmitAggregate(Lower(t.Type), t.Elements),
        BoundArray a => EmitAggregate(Lower(a.Type), a.Elements),
        BoundArrayRepeat a => EmitArrayRepeat(a),
        BoundTupleField or BoundIndex or BoundDereference => _builder.BuildLoad2(Lower(e.Type), EmitPlace(e), ""),
        BoundArrayLength l => EmitArrayLength(l),
        BoundCast c => EmitCast(c),
        BoundAddressOf a => EmitPlace(a.Operand),
        BoundPrint p => EmitPrint(p),
        BoundPanic p => EmitPanic(p),
        BoundExit x => EmitExit(x),
        BoundAdtLiteral a => EmitAdtLiteral(a),
        BoundFieldAccess => _builder.BuildLoad2(Lower(e.Type), EmitPlace(e), ""),
        BoundMatch m => EmitMatch(m),
        _ => throw new InvalidOperationException($"code generation reached {e.GetType().Name}, which the checker should have rejected"),
    };

    private LLVMValueRef EmitLiteral(BoundLiteral l) => EmitConstant(l.Value, Resolve(l.Type));

    /// <summary>An integer constant of any width up to 128 bits, two's complement.</summary>
    private LLVMValueRef ConstInteger(LLVMTypeRef type, BigInteger value)
    {
        var bits = type.IntWidth;
        var wrapped = value & ((BigInteger.One << (int)bits) - 1);
        if (bits <= 64) return _context.ConstInt(type, (ulong)wrapped, false);
        var words = new[] { (ulong)(wrapped & ulong.MaxValue), (ulong)(wrapped >> 64) };
        return _context.ConstIntOfArbitraryPrecision(type, words);
    }

    /// <summary>A `&amp;str` value `{ ptr, len }` for a literal.</summary>
    private LLVMValueRef StrSlice(string text) =>
        _context.ConstStruct([_module.StringBytes(text), ConstI64(System.Text.Encoding.UTF8.GetByteCount(text))], packed: false);

    private LLVMValueRef EmitBlock(BoundBlock block)
    {
        foreach (var statement in block.Statements) EmitStatement(statement);
        if (block.Tail is null) return UnitValue;
        return Coerce(EmitExpression(block.Tail), block.Tail.Type, block.Type);
    }

    private LLVMValueRef EmitAggregate(LLVMTypeRef type, IReadOnlyList<BoundExpression> elements)
    {
        var value = _context.Poison(type);
        for (var i = 0; i < elements.Count; i++)
            value = _builder.BuildInsertValue(value, EmitExpression(elements[i]), (uint)i, "");
        return value;
    }

    /// <summary>`[v; n]`: evaluated once, then stored n times by a loop (a constant when v is one).</summary>
    private LLVMValueRef EmitArrayRepeat(BoundArrayRepeat a) => RepeatValue(EmitExpression(a.Value), Resolve(a.Value.Type), a.Count);

    private LLVMValueRef RepeatValue(LLVMValueRef value, TypeSymbol elementType, long count)
    {
        var type = Lower(new ArrayType(elementType, count));
        if (count == 0) return _context.ConstNull(type);
        if (value.IsConstant) return _context.ConstArray(Lower(elementType), [.. Enumerable.Repeat(value, (int)count)]);
        var slot = Alloca(type, "repeat");
        var index = Alloca(_context.Int64, "i");
        _builder.BuildStore(ConstI64(0), index);
        var head = AppendBlock("repeat.head");
        var body = AppendBlock("repeat.body");
        var done = AppendBlock("repeat.done");
        _builder.BuildBr(head);
        _builder.PositionAtEnd(head);
        var i = _builder.BuildLoad2(_context.Int64, index, "");
        _builder.BuildCondBr(_builder.BuildICmp(LLVMIntPredicate.LLVMIntULT, i, ConstI64(count), ""), body, done);
        _builder.PositionAtEnd(body);
        _builder.BuildStore(value, _builder.BuildInBoundsGEP2(type, slot, [ConstI64(0), i], ""));
        _builder.BuildStore(_builder.BuildAdd(i, ConstI64(1), ""), index);
        _builder.BuildBr(head);
        _builder.PositionAtEnd(done);
        return _builder.BuildLoad2(type, slot, "");
    }

    private LLVMValueRef EmitArrayLength(BoundArrayLength l)
    {
        EmitExpression(l.Target);
        return ConstI64(l.Length);
    }

    /// <summary>A call: of the mono item the instance resolver picks, or of a built-in trait method emitted inline.</summary>
    private LLVMValueRef EmitCall(BoundCall call)
    {
        var args = call.Arguments.Select(a => (Value: EmitExpression(a), Type: Resolve(a.Type))).ToArray();
        var target = _module.Program.Resolver.Resolve(call, _item);
        if (target is BuiltinTarget builtin) return EmitBuiltinMethod(builtin, args, Resolve(call.Type), call.Span);
        var callee = _module.Program.Lookup((InstanceTarget)target);
        var (function, type) = _module.FunctionFor(callee);
        var values = args.Select((a, i) => Coerce(a.Value, a.Type, callee.Resolve(callee.Function.Symbol.Parameters[i].Type))).ToList();
        if (callee.Function.Symbol.TrackCaller)
        {
            var (line, column) = Location(call.Location);
            values.AddRange([line, column]);
        }
        var result = _builder.BuildCall2(type, function, [.. values], "");
        var returnType = Resolve(call.Type);
        if (returnType is NeverType)
        {
            _builder.BuildUnreachable();
            StartDeadBlock();
            return UnitValue;
        }
        return returnType.IsUnit ? UnitValue : result;
    }

    private LLVMValueRef EmitExit(BoundExit exit)
    {
        var code = EmitExpression(exit.Code);
        _module.Runtime.Call(_builder, _module.Runtime.Exit, code);
        _builder.BuildUnreachable();
        StartDeadBlock();
        return UnitValue;
    }

    /// <summary>
    /// The address of a place expression. Values that are not places (a call's result) are
    /// spilled to a temporary, as rustc does for `f().0`.
    /// </summary>
    private LLVMValueRef EmitPlace(BoundExpression e)
    {
        switch (e)
        {
            case BoundLocal l:
                return SlotFor(l.Local);
            case BoundDereference d:
                return EmitExpression(d.Operand);
            case BoundTupleField f:
                return _builder.BuildStructGEP2(Lower(f.Target.Type), EmitPlace(f.Target), (uint)f.Index, "");
            case BoundIndex i:
                return EmitIndexPlace(i);
            case BoundFieldAccess f:
                return EmitFieldPlace(f);
            default:
                var slot = Alloca(Lower(e.Type), "tmp");
                _builder.BuildStore(EmitExpression(e), slot);
                return slot;
        }
    }

    /// <summary>`a[i]`: panics with rustc's message when `i &gt;= len`.</summary>
    private LLVMValueRef EmitIndexPlace(BoundIndex i)
    {
        var arrayType = (ArrayType)Resolve(i.Target.Type);
        var basePtr = EmitPlace(i.Target);
        var index = EmitExpression(i.Index);
        var inBounds = _builder.BuildICmp(LLVMIntPredicate.LLVMIntULT, index, ConstI64(arrayType.Length), "");
        var panic = AppendBlock("index.oob");
        var ok = AppendBlock("index.ok");
        _builder.BuildCondBr(inBounds, ok, panic);
        _builder.PositionAtEnd(panic);
        EmitBoundsPanic(index, ConstI64(arrayType.Length), i.Span);
        _builder.PositionAtEnd(ok);
        return _builder.BuildInBoundsGEP2(Lower(arrayType), basePtr, [ConstI64(0), index], "");
    }

    /// <summary>`index out of bounds: the len is 3 but the index is 5`.</summary>
    private void EmitBoundsPanic(LLVMValueRef index, LLVMValueRef length, TextSpan span)
    {
        var buffer = NewBuffer();
        AppendText(buffer, "index out of bounds: the len is ");
        AppendUsize(buffer, length);
        AppendText(buffer, " but the index is ");
        AppendUsize(buffer, index);
        CallPanic(buffer, span);
    }

    private void AppendUsize(LLVMValueRef buffer, LLVMValueRef value) =>
        _module.Runtime.Call(_builder, _module.Runtime.BufInt, buffer, value, ConstI32(64), ConstI32(0), _context.ConstNull(_context.Pointer));

    private LLVMValueRef EmitAssignment(BoundAssignment a)
    {
        if (a.Operator is { } op)
        {
            // The place is computed once: `a[f()] += 1` calls f once.
            var value = EmitExpression(a.Value);
            var place = EmitPlace(a.Target);
            var targetType = Resolve(a.Target.Type);
            if (targetType is not PrimitiveType && _module.Program.Resolver.ResolveOperator(op, targetType, Resolve(a.Value.Type), isAssignment: true) is { } impl)
            {
                var (function, type) = _module.FunctionFor(_module.Program.Lookup(impl));
                _builder.BuildCall2(type, function, [place, value], "");
                return UnitValue;
            }
            var current = _builder.BuildLoad2(Lower(a.Target.Type), place, "");
            var combined = EmitArithmetic(op, current, value, Resolve(a.Target.Type), Resolve(a.Value.Type), a.Span);
            _builder.BuildStore(combined, place);
        }
        else
        {
            var value = Coerce(EmitExpression(a.Value), a.Value.Type, a.Target.Type);
            if (Resolve(a.Value.Type) is NeverType) return UnitValue;
            _builder.BuildStore(value, EmitPlace(a.Target));
        }
        return UnitValue;
    }

    /// <summary>
    /// `as` between primitives with Rust's semantics: integer casts truncate or extend by the
    /// source's signedness; float→int saturates (NaN → 0); bool and char widen.
    /// </summary>
    private LLVMValueRef EmitCast(BoundCast c) => CastValue(EmitExpression(c.Operand), Resolve(c.Operand.Type), Resolve(c.Type));

    private LLVMValueRef CastValue(LLVMValueRef value, TypeSymbol from, TypeSymbol to)
    {
        var target = Lower(to);
        if (from == to) return value;
        if (from is AdtType adt) return EmitEnumCast(value, adt, to);
        if (from.IsFloat && to.IsFloat)
            return from == TypeSymbol.F64 ? _builder.BuildFPTrunc(value, target, "") : _builder.BuildFPExt(value, target, "");
        if (from.IsFloat)
        {
            var name = to.IsSignedInteger ? "llvm.fptosi.sat" : "llvm.fptoui.sat";
            var intrinsic = _module.Module.GetIntrinsicDeclaration(name, [target, Lower(from)]);
            return _builder.BuildCall2(_context.Function(target, [Lower(from)]), intrinsic, [value], "");
        }
        if (to.IsFloat)
            return from.IsSignedInteger ? _builder.BuildSIToFP(value, target, "") : _builder.BuildUIToFP(value, target, "");
        var signed = from.IsSignedInteger;
        return _builder.BuildIntCast2(value, target, signed, "");
    }

    private LLVMValueRef EmitUnaryNot(LLVMValueRef operand) => _builder.BuildNot(operand, "");

    private static bool IsUnsignedCompare(TypeSymbol t) => !t.IsSignedInteger;

    private static LLVMIntPredicate IntPredicate(BinaryOperator op, bool unsigned) => op switch
    {
        BinaryOperator.Eq => LLVMIntPredicate.LLVMIntEQ,
        BinaryOperator.Ne => LLVMIntPredicate.LLVMIntNE,
        BinaryOperator.Lt => unsigned ? LLVMIntPredicate.LLVMIntULT : LLVMIntPredicate.LLVMIntSLT,
        BinaryOperator.Le => unsigned ? LLVMIntPredicate.LLVMIntULE : LLVMIntPredicate.LLVMIntSLE,
        BinaryOperator.Gt => unsigned ? LLVMIntPredicate.LLVMIntUGT : LLVMIntPredicate.LLVMIntSGT,
        _ => unsigned ? LLVMIntPredicate.LLVMIntUGE : LLVMIntPredicate.LLVMIntSGE,
    };
}
