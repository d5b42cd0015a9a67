using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

internal sealed partial class FunctionEmitter
{
    /// <summary>
    /// `if` with a value goes through a stack slot rather than a phi: a branch that diverges
    /// simply never stores, and mem2reg builds the phi when optimising.
    /// </summary>
    private LLVMValueRef EmitIf(BoundIf i)
    {
        var type = Resolve(i.Type);
        var hasValue = !type.IsUnit && type is not NeverType;
        var slot = hasValue ? Alloca(Lower(type), "if.value") : default;
        var condition = EmitExpression(i.Condition);
        var then = AppendBlock("if.then");
        var otherwise = AppendBlock("if.else");
        var done = AppendBlock("if.done");
        _builder.BuildCondBr(condition, then, otherwise);
        EmitBranch(then, i.Then, hasValue, slot, type, done);
        _builder.PositionAtEnd(otherwise);
        if (i.Else is null) _builder.BuildBr(done);
        else EmitBranch(otherwise, i.Else, hasValue, slot, type, done);
        _builder.PositionAtEnd(done);
        return hasValue ? _builder.BuildLoad2(Lower(type), slot, "") : UnitValue;
    }

    private void EmitBranch(Llvm.Interop.LLVMBasicBlockRef block, BoundExpression body, bool hasValue, LLVMValueRef slot, TypeSymbol type, Llvm.Interop.LLVMBasicBlockRef done)
    {
        _builder.PositionAtEnd(block);
        var value = EmitExpression(body);
        if (hasValue && Resolve(body.Type) is not NeverType) _builder.BuildStore(Coerce(value, body.Type, type), slot);
        _builder.BuildBr(done);
    }

    private LLVMValueRef EmitWhile(BoundWhile w)
    {
        var head = AppendBlock("while.head");
        var body = AppendBlock("while.body");
        var done = AppendBlock("while.done");
        _builder.BuildBr(head);
        _builder.PositionAtEnd(head);
        _builder.BuildCondBr(EmitExpression(w.Condition), body, done);
        _builder.PositionAtEnd(body);
        _loops[w.Label] = new LoopTargets(done, head, null, TypeSymbol.Unit);
        EmitExpression(w.Body);
        _builder.BuildBr(head);
        _builder.PositionAtEnd(done);
        return UnitValue;
    }

    private LLVMValueRef EmitLoop(BoundLoop l)
    {
        var type = Resolve(l.Type);
        var hasValue = !type.IsUnit && type is not NeverType;
        var slot = hasValue ? Alloca(Lower(type), "loop.value") : (LLVMValueRef?)null;
        var body = AppendBlock("loop.body");
        var done = AppendBlock("loop.done");
        _builder.BuildBr(body);
        _builder.PositionAtEnd(body);
        _loops[l.Label] = new LoopTargets(done, body, slot, type);
        EmitExpression(l.Body);
        _builder.BuildBr(body);
        _builder.PositionAtEnd(done);
        return slot is { } s ? _builder.BuildLoad2(Lower(type), s, "") : UnitValue;
    }

    private LLVMValueRef EmitLabeledBlock(BoundLabeledBlock l)
    {
        var type = Resolve(l.Type);
        var hasValue = !type.IsUnit && type is not NeverType;
        var slot = hasValue ? Alloca(Lower(type), "block.value") : (LLVMValueRef?)null;
        var done = AppendBlock("block.done");
        _loops[l.Label] = new LoopTargets(done, null, slot, type);
        var value = EmitExpression(l.Body);
        if (slot is { } s && Resolve(l.Body.Type) is not NeverType) _builder.BuildStore(value, s);
        _builder.BuildBr(done);
        _builder.PositionAtEnd(done);
        return slot is { } result ? _builder.BuildLoad2(Lower(type), result, "") : UnitValue;
    }

    /// <summary>
    /// `for x in a..b` / `a..=b`. The inclusive form tests before incrementing so that
    /// `0..=u8::MAX` ends instead of overflowing, as Rust's RangeInclusive does.
    /// </summary>
    private LLVMValueRef EmitRangeFor(BoundRangeFor f)
    {
        var type = Resolve(f.Start.Type);
        var llvmType = Lower(type);
        var unsigned = !type.IsSignedInteger;
        var start = EmitExpression(f.Start);
        var end = EmitExpression(f.End);
        var counter = Alloca(llvmType, "range.i");
        _builder.BuildStore(start, counter);
        var head = AppendBlock("for.head");
        var body = AppendBlock("for.body");
        var step = AppendBlock("for.step");
        var done = AppendBlock("for.done");
        _builder.BuildBr(head);
        _builder.PositionAtEnd(head);
        var current = _builder.BuildLoad2(llvmType, counter, "");
        var predicate = f.IsInclusive
            ? (unsigned ? LLVMIntPredicate.LLVMIntULE : LLVMIntPredicate.LLVMIntSLE)
            : (unsigned ? LLVMIntPredicate.LLVMIntULT : LLVMIntPredicate.LLVMIntSLT);
        _builder.BuildCondBr(_builder.BuildICmp(predicate, current, end, ""), body, done);
        _builder.PositionAtEnd(body);
        BindPattern(f.Pattern, current);
        _loops[f.Label] = new LoopTargets(done, step, null, TypeSymbol.Unit);
        EmitExpression(f.Body);
        _builder.BuildBr(step);
        _builder.PositionAtEnd(step);
        var value = _builder.BuildLoad2(llvmType, counter, "");
        if (f.IsInclusive)
        {
            var next = AppendBlock("for.next");
            _builder.BuildCondBr(_builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, value, end, ""), done, next);
            _builder.PositionAtEnd(next);
        }
        _builder.BuildStore(_builder.BuildAdd(value, _context.ConstInt(llvmType, 1, false), ""), counter);
        _builder.BuildBr(head);
        _builder.PositionAtEnd(done);
        return UnitValue;
    }

    private LLVMValueRef EmitBreak(BoundBreak b)
    {
        var target = _loops[b.Target];
        if (b.Value is not null)
        {
            var value = EmitExpression(b.Value);
            if (target.ResultSlot is { } slot && Resolve(b.Value.Type) is not NeverType)
                _builder.BuildStore(Coerce(value, b.Value.Type, target.ResultType), slot);
        }
        _builder.BuildBr(target.Break);
        StartDeadBlock();
        return UnitValue;
    }

    private LLVMValueRef EmitContinue(BoundContinue c)
    {
        _builder.BuildBr(_loops[c.Target].Continue!.Value);
        StartDeadBlock();
        return UnitValue;
    }

    private LLVMValueRef EmitReturnExpression(BoundReturn r)
    {
        var value = r.Value is null ? UnitValue : EmitExpression(r.Value);
        if (r.Value is not null && Resolve(r.Value.Type) is NeverType) return UnitValue;
        EmitReturn(value, r.Value?.Type ?? TypeSymbol.Unit);
        return UnitValue;
    }
}
