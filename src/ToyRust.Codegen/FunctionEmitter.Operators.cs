using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Codegen;

internal sealed partial class FunctionEmitter
{
    /// <summary>Comparisons; tuples and arrays compare lexicographically, element by element.</summary>
    private LLVMValueRef EmitComparison(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol type)
    {
        if (_module.Program.Resolver.ResolveComparison(op, type) is { } comparison)
        {
            // A hand-written `PartialEq::eq(&self, &other)` (also inside derived comparisons): by reference.
            var (function, fnType) = _module.FunctionFor(_module.Program.Lookup(comparison));
            var l = Alloca(Lower(type), "lhs");
            var r = Alloca(Lower(type), "rhs");
            _builder.BuildStore(left, l);
            _builder.BuildStore(right, r);
            return _builder.BuildCall2(fnType, function, [l, r], "");
        }
        switch (type)
        {
            case PrimitiveType p when p.IsFloat:
                return _builder.BuildFCmp(RealPredicate(op), left, right, "");
            case PrimitiveType or ReferenceType { Referent: not PrimitiveType { Kind: PrimitiveKind.Str } }:
                if (type is ReferenceType r)
                {
                    var referent = Lower(r.Referent);
                    return EmitComparison(op, _builder.BuildLoad2(referent, left, ""), _builder.BuildLoad2(referent, right, ""), r.Referent);
                }
                return _builder.BuildICmp(IntPredicate(op, IsUnsignedCompare(type)), left, right, "");
            case TupleType t:
                return EmitLexicographic(op, left, right, [.. t.Elements]);
            case ArrayType a:
                return EmitLexicographic(op, left, right, [.. Enumerable.Repeat(a.Element, (int)a.Length)]);
            case AdtType adt:
                return op is BinaryOperator.Eq or BinaryOperator.Ne ? EmitAdtEquality(op, left, right, adt) : EmitAdtOrdering(op, left, right, adt);
            case ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } } when op is BinaryOperator.Eq or BinaryOperator.Ne:
                var equal = EmitStrEquals(left, right);
                return op == BinaryOperator.Eq ? equal : _builder.BuildNot(equal, "");
            default:
                return _context.ConstInt(_context.Int1, op is BinaryOperator.Eq or BinaryOperator.Le or BinaryOperator.Ge ? 1UL : 0UL, false);
        }
    }

    /// <summary>
    /// Equality: all elements equal. Ordering: the first unequal element decides; all equal means
    /// equal. Emitted as a chain of selects from the last element backwards.
    /// </summary>
    private LLVMValueRef EmitLexicographic(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, TypeSymbol[] elements)
    {
        if (op is BinaryOperator.Eq or BinaryOperator.Ne)
        {
            var all = _context.ConstInt(_context.Int1, 1, false);
            for (var i = 0; i < elements.Length; i++)
            {
                var eq = EmitComparison(BinaryOperator.Eq, _builder.BuildExtractValue(left, (uint)i, ""), _builder.BuildExtractValue(right, (uint)i, ""), elements[i]);
                all = _builder.BuildAnd(all, eq, "");
            }
            return op == BinaryOperator.Eq ? all : _builder.BuildNot(all, "");
        }
        var result = _context.ConstInt(_context.Int1, op is BinaryOperator.Le or BinaryOperator.Ge ? 1UL : 0UL, false);
        for (var i = elements.Length - 1; i >= 0; i--)
        {
            var l = _builder.BuildExtractValue(left, (uint)i, "");
            var r = _builder.BuildExtractValue(right, (uint)i, "");
            var eq = EmitComparison(BinaryOperator.Eq, l, r, elements[i]);
            var strict = EmitComparison(op is BinaryOperator.Lt or BinaryOperator.Le ? BinaryOperator.Lt : BinaryOperator.Gt, l, r, elements[i]);
            result = _builder.BuildSelect(eq, result, strict, "");
        }
        return result;
    }

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

    /// <summary>`&amp;str` equality: same length and same bytes (the runtime compares).</summary>
    private LLVMValueRef EmitStrEquals(LLVMValueRef left, LLVMValueRef right)
    {
        var result = _module.Runtime.Call(_builder, _module.Runtime.StrEq,
            _builder.BuildExtractValue(left, 0, ""), _builder.BuildExtractValue(left, 1, ""),
            _builder.BuildExtractValue(right, 0, ""), _builder.BuildExtractValue(right, 1, ""));
        return _builder.BuildICmp(LLVMIntPredicate.LLVMIntNE, result, ConstI32(0), "");
    }
}
