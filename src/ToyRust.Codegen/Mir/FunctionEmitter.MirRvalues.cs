using ToyRust.Llvm.Interop;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Codegen;

/// <summary>
/// MIR rvalues. The operations are on primitive values only: the builder has already turned
/// operators on other types into calls, and put the checks that panic (overflow, zero divisors,
/// shift amounts) in front as `Assert`s, so arithmetic here wraps and shifts mask their amount.
/// </summary>
internal sealed partial class FunctionEmitter
{
    /// <param name="resultType">The type of the place the value is assigned to.</param>
    private LLVMValueRef EmitRvalue(Rvalue rvalue, TypeSymbol resultType) => rvalue switch
    {
        UseRvalue u => EmitOperand(u.Operand).Value,
        RepeatRvalue r => EmitRepeat(r),
        RefRvalue r => EmitReference(r),
        LenRvalue l => PlaceType(l.Place) is ArrayType array ? ConstI64(array.Length) : _builder.BuildExtractValue(FatPointerOf(l.Place), 1, ""),
        CastRvalue c => EmitMirCast(c),
        UnsizeRvalue u => EmitUnsize(u),
        // A function item (zero-sized) becomes the address of the instance the collector reached.
        ReifyRvalue => _module.FunctionFor(_generics.Reified(_statementAt)).Function,
        BinaryRvalue b => EmitBinaryRvalue(b),
        CheckedBinaryRvalue c => EmitCheckedRvalue(c),
        UnaryRvalue u => EmitUnaryRvalue(u),
        DiscriminantRvalue d => EmitDiscriminant(d),
        AggregateRvalue a => EmitAggregateRvalue(a, resultType),
        _ => throw new InvalidOperationException($"code generation reached the rvalue {rvalue.GetType().Name}"),
    };

    private LLVMValueRef EmitRepeat(RepeatRvalue r)
    {
        var (value, type) = EmitOperand(r.Operand);
        return RepeatValue(value, type, r.Count);
    }

    private LLVMValueRef EmitMirCast(CastRvalue c)
    {
        var (value, from) = EmitOperand(c.Operand);
        return CastValue(value, from, Resolve(c.Target));
    }

    private LLVMValueRef EmitBinaryRvalue(BinaryRvalue b)
    {
        var (left, type) = EmitOperand(b.Left);
        var (right, rightType) = EmitOperand(b.Right);
        if (b.Op.IsComparison()) return EmitComparison(b.Op.Surface(), left, right, type);
        if (type.IsFloat) return EmitFloatArithmetic(b.Op.Surface(), left, right);
        return b.Op switch
        {
            BinOp.Add => _builder.BuildAdd(left, right, ""),
            BinOp.Sub => _builder.BuildSub(left, right, ""),
            BinOp.Mul => _builder.BuildMul(left, right, ""),
            BinOp.Div => type.IsSignedInteger ? _builder.BuildSDiv(left, right, "") : _builder.BuildUDiv(left, right, ""),
            BinOp.Rem => type.IsSignedInteger ? _builder.BuildSRem(left, right, "") : _builder.BuildURem(left, right, ""),
            BinOp.Shl or BinOp.Shr => MaskedShift(b.Op, left, right, type, rightType),
            _ => EmitBitwise(b.Op.Surface(), left, right),
        };
    }

    /// <summary>`x << n` with n taken modulo the width (the builder asserted it is in range when overflow checks are on).</summary>
    private LLVMValueRef MaskedShift(BinOp op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type, TypeSymbol rightType)
    {
        var llvmType = left.TypeOf;
        var amount = _builder.BuildIntCast2(right, llvmType, rightType.IsSignedInteger, "");
        amount = _builder.BuildAnd(amount, _context.ConstInt(llvmType, llvmType.IntWidth - 1, false), "");
        if (op == BinOp.Shl) return _builder.BuildShl(left, amount, "");
        return type.IsSignedInteger ? _builder.BuildAShr(left, amount, "") : _builder.BuildLShr(left, amount, "");
    }

    /// <summary>`AddWithOverflow(a, b)`: LLVM's `*.with.overflow` intrinsics return the same `{ T, i1 }` pair.</summary>
    private LLVMValueRef EmitCheckedRvalue(CheckedBinaryRvalue c)
    {
        var (left, type) = EmitOperand(c.Left);
        var (right, _) = EmitOperand(c.Right);
        var signed = type.IsSignedInteger;
        var name = c.Op switch
        {
            BinOp.Add => signed ? "llvm.sadd.with.overflow" : "llvm.uadd.with.overflow",
            BinOp.Sub => signed ? "llvm.ssub.with.overflow" : "llvm.usub.with.overflow",
            BinOp.Mul => signed ? "llvm.smul.with.overflow" : "llvm.umul.with.overflow",
            _ => throw new InvalidOperationException($"no checked {c.Op}"),
        };
        var llvmType = left.TypeOf;
        var pairType = _context.Struct([llvmType, _context.Int1], packed: false);
        var intrinsic = _module.Module.GetIntrinsicDeclaration(name, [llvmType]);
        return _builder.BuildCall2(_context.Function(pairType, [llvmType, llvmType]), intrinsic, [left, right], "");
    }

    private LLVMValueRef EmitUnaryRvalue(UnaryRvalue u)
    {
        var (value, type) = EmitOperand(u.Operand);
        if (u.Op == UnOp.Not) return _builder.BuildNot(value, "");
        return type.IsFloat ? _builder.BuildFNeg(value, "") : _builder.BuildNeg(value, "");
    }

    /// <summary>`discriminant(place)`: the variant's discriminant as an `isize`, from the tag or the niche.</summary>
    private LLVMValueRef EmitDiscriminant(DiscriminantRvalue d)
    {
        var (pointer, type) = EmitMirPlace(d.Place);
        return LoadDiscriminant((AdtType)type, pointer);
    }

    private LLVMValueRef EmitAggregateRvalue(AggregateRvalue a, TypeSymbol resultType)
    {
        var fields = a.Operands.Select(o => EmitOperand(o).Value).ToArray();
        if (a.Kind is AdtAggregate adt) return AdtValue((AdtType)Resolve(adt.Type), adt.Variant, fields);
        var value = _context.Poison(Lower(resultType));
        for (var i = 0; i < fields.Length; i++) value = _builder.BuildInsertValue(value, fields[i], (uint)i, "");
        return value;
    }
}
