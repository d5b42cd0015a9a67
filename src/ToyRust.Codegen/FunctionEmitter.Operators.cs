using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

internal sealed partial class FunctionEmitter
{
    /// <summary>
    /// A comparison of primitives: `icmp`/`fcmp`, and for `&amp;str` (which only the `str` shims
    /// compare) the runtime's byte comparison. Tuples, arrays, structs and enums are compared by
    /// their shims (`&lt;(i32, i32) as PartialOrd&gt;::lt`), which come down to these.
    /// </summary>
    private LLVMValueRef EmitComparison(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type) => type switch
    {
        PrimitiveType { IsFloat: true } => _builder.BuildFCmp(RealPredicate(op), left, right, ""),
        PrimitiveType => _builder.BuildICmp(IntPredicate(op, IsUnsignedCompare(type)), left, right, ""),
        RawPointerType => _builder.BuildICmp(IntPredicate(op, unsigned: true), left, right, ""),
        ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } } => EmitStrComparison(op, left, right),
        _ => throw new InvalidOperationException($"code generation reached a comparison of `{type}`; the MIR builder makes it a call"),
    };

    private static LLVMRealPredicate RealPredicate(BinaryOperator op) => op switch
    {
        BinaryOperator.Eq => LLVMRealPredicate.LLVMRealOEQ,
        BinaryOperator.Ne => LLVMRealPredicate.LLVMRealUNE,
        BinaryOperator.Lt => LLVMRealPredicate.LLVMRealOLT,
        BinaryOperator.Le => LLVMRealPredicate.LLVMRealOLE,
        BinaryOperator.Gt => LLVMRealPredicate.LLVMRealOGT,
        _ => LLVMRealPredicate.LLVMRealOGE,
    };

    /// <summary>
    /// Arithmetic with Rust's semantics: with overflow checks, `+ - *` panic on overflow
    /// (`attempt to add with overflow`); without, they wrap. Division and remainder always check
    /// for zero and for `MIN / -1`. Shifts check the amount with overflow checks, and mask it without.
    /// </summary>
    private LLVMValueRef EmitArithmetic(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type, TypeSymbol rightType, TextSpan span)
    {
        if (type.IsFloat) return EmitFloatArithmetic(op, left, right);
        if (type == TypeSymbol.Bool) return EmitBitwise(op, left, right);
        var signed = type.IsSignedInteger;
        return op switch
        {
            BinaryOperator.Add => EmitChecked(signed ? "llvm.sadd.with.overflow" : "llvm.uadd.with.overflow", left, right, "attempt to add with overflow", span, () => _builder.BuildAdd(left, right, "")),
            BinaryOperator.Sub => EmitChecked(signed ? "llvm.ssub.with.overflow" : "llvm.usub.with.overflow", left, right, "attempt to subtract with overflow", span, () => _builder.BuildSub(left, right, "")),
            BinaryOperator.Mul => EmitChecked(signed ? "llvm.smul.with.overflow" : "llvm.umul.with.overflow", left, right, "attempt to multiply with overflow", span, () => _builder.BuildMul(left, right, "")),
            BinaryOperator.Div or BinaryOperator.Rem => EmitDivision(op, left, right, type, span),
            BinaryOperator.Shl or BinaryOperator.Shr => EmitShift(op, left, right, type, rightType, span),
            _ => EmitBitwise(op, left, right),
        };
    }

    private LLVMValueRef EmitBitwise(BinaryOperator op, LLVMValueRef left, LLVMValueRef right) => op switch
    {
        BinaryOperator.BitAnd => _builder.BuildAnd(left, right, ""),
        BinaryOperator.BitOr => _builder.BuildOr(left, right, ""),
        _ => _builder.BuildXor(left, right, ""),
    };

    private LLVMValueRef EmitFloatArithmetic(BinaryOperator op, LLVMValueRef left, LLVMValueRef right) => op switch
    {
        BinaryOperator.Add => _builder.BuildFAdd(left, right, ""),
        BinaryOperator.Sub => _builder.BuildFSub(left, right, ""),
        BinaryOperator.Mul => _builder.BuildFMul(left, right, ""),
        BinaryOperator.Div => _builder.BuildFDiv(left, right, ""),
        _ => _builder.BuildFRem(left, right, ""),
    };

    private LLVMValueRef EmitChecked(string intrinsicName, LLVMValueRef left, LLVMValueRef right, string message, TextSpan span, Func<LLVMValueRef> wrapping)
    {
        if (!_module.Options.OverflowChecks) return wrapping();
        var type = left.TypeOf;
        var resultType = _context.Struct([type, _context.Int1], packed: false);
        var intrinsic = _module.Module.GetIntrinsicDeclaration(intrinsicName, [type]);
        var pair = _builder.BuildCall2(_context.Function(resultType, [type, type]), intrinsic, [left, right], "");
        EmitPanicIf(_builder.BuildExtractValue(pair, 1, ""), message, span);
        return _builder.BuildExtractValue(pair, 0, "");
    }

    private LLVMValueRef EmitDivision(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type, TextSpan span)
    {
        var isDiv = op == BinaryOperator.Div;
        var llvmType = left.TypeOf;
        var zero = _context.ConstInt(llvmType, 0, false);
        EmitPanicIf(_builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, right, zero, ""),
            isDiv ? "attempt to divide by zero" : "attempt to calculate the remainder with a divisor of zero", span);
        if (!type.IsSignedInteger)
            return isDiv ? _builder.BuildUDiv(left, right, "") : _builder.BuildURem(left, right, "");
        var kind = ((PrimitiveType)type).Kind;
        var min = ConstInteger(llvmType, IntegerRanges.Min(kind));
        var minusOne = ConstInteger(llvmType, -1);
        var overflow = _builder.BuildAnd(
            _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, left, min, ""),
            _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, right, minusOne, ""), "");
        EmitPanicIf(overflow, isDiv ? "attempt to divide with overflow" : "attempt to calculate the remainder with overflow", span);
        return isDiv ? _builder.BuildSDiv(left, right, "") : _builder.BuildSRem(left, right, "");
    }

    private LLVMValueRef EmitShift(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type, TypeSymbol rightType, TextSpan span)
    {
        var llvmType = left.TypeOf;
        var bits = llvmType.IntWidth;
        var amount = _builder.BuildIntCast2(right, llvmType, rightType.IsSignedInteger, "");
        if (_module.Options.OverflowChecks)
        {
            // The amount is checked at its own width, so `1u8 << 256u32` panics rather than wrapping to 0.
            var rightLlvm = right.TypeOf;
            var tooBig = _builder.BuildICmp(LLVMIntPredicate.LLVMIntUGE, right, _context.ConstInt(rightLlvm, bits, false), "");
            EmitPanicIf(tooBig, op == BinaryOperator.Shl ? "attempt to shift left with overflow" : "attempt to shift right with overflow", span);
        }
        else
        {
            amount = _builder.BuildAnd(amount, _context.ConstInt(llvmType, bits - 1, false), "");
        }
        if (op == BinaryOperator.Shl) return _builder.BuildShl(left, amount, "");
        return type.IsSignedInteger ? _builder.BuildAShr(left, amount, "") : _builder.BuildLShr(left, amount, "");
    }

    /// <summary>`&amp;str` comparisons: equality is same length and same bytes; an order is the runtime's `memcmp`-based -1, 0 or 1 against 0.</summary>
    private LLVMValueRef EmitStrComparison(BinaryOperator op, LLVMValueRef left, LLVMValueRef right)
    {
        var function = op is BinaryOperator.Eq or BinaryOperator.Ne ? _module.Runtime.StrEq : _module.Runtime.StrCmp;
        var result = _module.Runtime.Call(_builder, function,
            _builder.BuildExtractValue(left, 0, ""), _builder.BuildExtractValue(left, 1, ""),
            _builder.BuildExtractValue(right, 0, ""), _builder.BuildExtractValue(right, 1, ""));
        return op switch
        {
            BinaryOperator.Eq => _builder.BuildICmp(LLVMIntPredicate.LLVMIntNE, result, ConstI32(0), ""),
            BinaryOperator.Ne => _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, result, ConstI32(0), ""),
            _ => _builder.BuildICmp(IntPredicate(op, unsigned: false), result, ConstI32(0), ""),
        };
    }
}
