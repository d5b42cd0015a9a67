using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Operators and assignments. On primitives an operator is an rvalue, with the checks that panic
/// in front of it as asserts, exactly those of rustc with the same flags:
/// <code>
/// a + b   (overflow checks)  →  _3 = AddWithOverflow(copy _1, copy _2);
///                               assert(!move (_3.1: bool), "attempt to add with overflow") -> bb1;
///                               bb1: … move (_3.0: i32) …
/// a / b   (always)           →  _3 = Eq(copy _2, const 0_i32);
///                               assert(!move _3, "attempt to divide by zero") -> bb1;
///                               bb1: _4 = Eq(copy _2, const -1_i32);        (signed only)
///                                    _5 = Eq(copy _1, const -2147483648_i32);
///                                    _6 = BitAnd(move _4, move _5);
///                                    assert(!move _6, "attempt to divide with overflow") -> bb2;
///                               bb2: … Div(copy _1, copy _2) …
/// a &lt;&lt; n  (overflow checks)  →  _3 = Lt(copy _2, const 32_u32);            (a signed n is first cast to unsigned)
///                               assert(move _3, "attempt to shift left with overflow") -> bb1;
///                               bb1: … Shl(copy _1, copy _2) …           (Shl masks the amount itself)
/// -a      (overflow checks)  →  _2 = Eq(copy _1, const -2147483648_i32);
///                               assert(!move _2, "attempt to negate with overflow") -> bb1;
///                               bb1: … Neg(copy _1) …
/// </code>
/// Without overflow checks `+ - *` and negation wrap and shifts mask, with no assert. Floats,
/// `bool` and comparisons of primitives never check.
///
/// On any other type an operator is a call of its trait's method, with the operand types as
/// type arguments; comparisons pass references (`eq(&amp;self, &amp;other)`), arithmetic passes values:
/// <code>
/// t == u   (tuples)  →  _3 = &amp;_1;  _4 = &amp;_2;
///                       _5 = &lt;(i32, i32) as PartialEq&gt;::eq(move _3, move _4) -> bb1;
/// p + q    (V: Add)  →  _3 = &lt;V as Add&gt;::add(copy _1, copy _2) -> bb1;
/// -p                 →  _2 = &lt;V as Neg&gt;::neg(copy _1) -> bb1;
/// </code>
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>`bool`, `char`, the integers and floats are operated on directly; `str` only behind a reference.</summary>
    /// <summary>Operands whose operators are MIR operations, not calls: numbers, bool, char, and raw pointers (compared by address).</summary>
    private static bool IsPrimitive(TypeSymbol type) => type is PrimitiveType { Kind: not PrimitiveKind.Str } or RawPointerType;

    private bool IsOverloaded(BoundBinary b) =>
        b.Operator is not (BinaryOperator.And or BinaryOperator.Or) && !IsPrimitive(Resolve(b.Left.Type));

    private bool IsOverloaded(BoundUnary u) => u.Operator == UnaryOperator.Neg && !IsPrimitive(Resolve(u.Operand.Type));

    private static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Eq or BinaryOperator.Ne
            or BinaryOperator.Lt or BinaryOperator.Le or BinaryOperator.Gt or BinaryOperator.Ge;

    /// <summary>An operator on primitives: both operands left to right, then the operation and its checks.</summary>
    private Rvalue LowerBinary(BoundBinary b)
    {
        var left = LowerOperand(b.Left);
        var right = LowerOperand(b.Right);
        if (IsComparison(b.Operator)) return new BinaryRvalue(BinOps.Of(b.Operator), left, right);
        return LowerArithmetic(b.Operator, left, right, Resolve(b.Left.Type), Resolve(b.Right.Type), b.Span);
    }

    /// <summary>`+ - * / % &amp; | ^ &lt;&lt; &gt;&gt;` on primitive operands already lowered, with their checks.</summary>
    private Rvalue LowerArithmetic(
        BinaryOperator op, Operand left, Operand right, TypeSymbol type, TypeSymbol rightType, TextSpan span)
    {
        var binOp = BinOps.Of(op);
        if (!type.IsInteger) return new BinaryRvalue(binOp, left, right);
        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mul:
                return LowerOverflowing(binOp, left, right, type, span);
            case BinaryOperator.Div or BinaryOperator.Rem:
                CheckDivisor(binOp, left, right, type, span);
                break;
            case BinaryOperator.Shl or BinaryOperator.Shr:
                CheckShiftAmount(binOp, right, type, rightType, span);
                break;
        }
        return new BinaryRvalue(binOp, left, right);
    }

    /// <summary>
    /// `+ - *`: with overflow checks, the operation with an overflow flag and an assert on the
    /// flag; without, a wrapping operation.
    /// </summary>
    private Rvalue LowerOverflowing(BinOp op, Operand left, Operand right, TypeSymbol type, TextSpan span)
    {
        if (!_options.OverflowChecks) return new BinaryRvalue(op, left, right);
        var pair = new Place(NewTemp(new TupleType(new ValueArray<TypeSymbol>([type, TypeSymbol.Bool])), span));
        Push(pair, new CheckedBinaryRvalue(op, left, right), span);
        Assert(new MoveOperand(pair.Field(1, TypeSymbol.Bool)), expected: false, new OverflowMessage(op), span);
        return new UseRvalue(new MoveOperand(pair.Field(0, type)));
    }

    /// <summary>
    /// Division and remainder check the divisor always, and `MIN / -1` for signed types, whatever
    /// the overflow-check setting.
    /// </summary>
    private void CheckDivisor(BinOp op, Operand dividend, Operand divisor, TypeSymbol type, TextSpan span)
    {
        var isZero = Flag(BinOp.Eq, Reread(divisor), Const(0, type), span);
        Assert(isZero, expected: false, new ZeroDivisorMessage(op), span);
        if (!type.IsSignedInteger) return;
        var kind = ((PrimitiveType)type).Kind;
        var minusOne = Flag(BinOp.Eq, Reread(divisor), Const(-1, type), span);
        var isMin = Flag(BinOp.Eq, Reread(dividend), Const(IntegerRanges.Min(kind), type), span);
        var overflows = Flag(BinOp.BitAnd, minusOne, isMin, span);
        Assert(overflows, expected: false, new OverflowMessage(op), span);
    }

    /// <summary>
    /// With overflow checks, the amount must be less than the width, compared at the amount's own
    /// width and unsigned (`1u8 &lt;&lt; 256u32` panics rather than wrapping to a small shift).
    /// </summary>
    private void CheckShiftAmount(BinOp op, Operand amount, TypeSymbol type, TypeSymbol amountType, TextSpan span)
    {
        if (!_options.OverflowChecks) return;
        var unsigned = UnsignedOf((PrimitiveType)amountType);
        var compared = Reread(amount);
        if (unsigned != amountType) compared = Compute(unsigned, new CastRvalue(compared, unsigned), span);
        var bits = ((PrimitiveType)type).Kind.BitWidth();
        var inRange = Flag(BinOp.Lt, compared, Const(bits, unsigned), span);
        Assert(inRange, expected: true, new OverflowMessage(op), span);
    }

    private static PrimitiveType UnsignedOf(PrimitiveType type) => type.Kind switch
    {
        PrimitiveKind.I8 => TypeSymbol.U8,
        PrimitiveKind.I16 => TypeSymbol.U16,
        PrimitiveKind.I32 => TypeSymbol.U32,
        PrimitiveKind.I64 => TypeSymbol.U64,
        PrimitiveKind.I128 => TypeSymbol.U128,
        PrimitiveKind.Isize => TypeSymbol.Usize,
        _ => type,
    };

    /// <summary>`_t = rvalue;` into a new temporary, read back as `move _t`.</summary>
    private MoveOperand Compute(TypeSymbol type, Rvalue rvalue, TextSpan span)
    {
        var temp = new Place(NewTemp(type, span));
        Push(temp, rvalue, span);
        return new MoveOperand(temp);
    }

    /// <summary>`_t = Op(left, right);` into a new `bool` temporary, for a check or a branch to read.</summary>
    private MoveOperand Flag(BinOp op, Operand left, Operand right, TextSpan span) =>
        Compute(TypeSymbol.Bool, new BinaryRvalue(op, left, right), span);

    /// <summary>`!x` on `bool` and integers; `-x` on signed integers (checked for `MIN`) and floats.</summary>
    private Rvalue LowerUnary(BoundUnary u)
    {
        var operand = LowerOperand(u.Operand);
        var type = Resolve(u.Operand.Type);
        if (u.Operator == UnaryOperator.Not) return new UnaryRvalue(UnOp.Not, operand);
        if (type.IsSignedInteger && _options.OverflowChecks)
        {
            var min = Const(IntegerRanges.Min(((PrimitiveType)type).Kind), type);
            var isMin = Flag(BinOp.Eq, Reread(operand), min, u.Span);
            Assert(isMin, expected: false, NegationOverflowMessage.Instance, u.Span);
        }
        return new UnaryRvalue(UnOp.Neg, operand);
    }

    /// <summary>An operator on non-primitive operands: a call of the trait's method (see the summary).</summary>
    private void LowerOperatorCall(Place? destination, BoundBinary b)
    {
        var types = new ValueArray<TypeSymbol>([Resolve(b.Left.Type), Resolve(b.Right.Type)]);
        if (IsComparison(b.Operator))
        {
            var left = BorrowOperand(b.Left);
            var right = BorrowOperand(b.Right);
            EmitCall(destination, new FnCallee(_options.Traits.Comparison(b.Operator), types), [left, right], TypeSymbol.Bool, b.Span);
            return;
        }
        var operands = LowerOperands([b.Left, b.Right]);
        var method = _options.Traits.Arithmetic(b.Operator, isAssignment: false);
        EmitCall(destination, new FnCallee(method, types), operands, Resolve(b.Type), b.Span);
    }

    /// <summary>`&amp;e` for a comparison's `&amp;self`/`&amp;other`: the place of e (a temporary if e names none), borrowed.</summary>
    private MoveOperand BorrowOperand(BoundExpression e)
    {
        var place = LowerPlace(e);
        return Compute(new ReferenceType(TypeOf(place), false), new RefRvalue(false, place), e.Span);
    }

    private void LowerNegationCall(Place? destination, BoundUnary u)
    {
        var callee = new FnCallee(_options.Traits.Negation(), new ValueArray<TypeSymbol>([Resolve(u.Operand.Type)]));
        EmitCall(destination, callee, [LowerOperand(u.Operand)], Resolve(u.Type), u.Span);
    }

    /// <summary>
    /// `place op= value` on primitives evaluates the value, then the place, and operates on the
    /// place in place; on other types it is a call of the `*Assign` method, whose arguments are
    /// evaluated left to right, the place first:
    /// <code>
    /// x += y   (i32)     →  _3 = AddWithOverflow(copy _1, copy _2);
    ///                       assert(!move (_3.1: bool), "attempt to add with overflow") -> bb1;
    ///                       bb1: _1 = move (_3.0: i32);
    /// v += w   (V)       →  _3 = &amp;mut _1;
    ///                       _4 = &lt;V as AddAssign&gt;::add_assign(move _3, copy _2) -> bb1;
    /// </code>
    /// </summary>
    private void LowerCompoundAssignment(BoundAssignment a, BinaryOperator op)
    {
        var targetType = Resolve(a.Target.Type);
        if (IsPrimitive(targetType))
        {
            var value = LowerOperand(a.Value);
            var place = LowerPlace(a.Target);
            Push(place, LowerArithmetic(op, new CopyOperand(place, a.Span), value, targetType, Resolve(a.Value.Type), a.Span), a.Span);
            return;
        }
        var target = LowerPlace(a.Target);
        var borrowed = Compute(new ReferenceType(targetType, true), new RefRvalue(true, target), a.Span);
        var operand = LowerOperand(a.Value);
        var method = _options.Traits.Arithmetic(op, isAssignment: true);
        var types = new ValueArray<TypeSymbol>([targetType, Resolve(a.Value.Type)]);
        EmitCall(null, new FnCallee(method, types), [borrowed, operand], TypeSymbol.Unit, a.Span);
    }
}
