using System.Numerics;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;

namespace ToyRust.Semantics.Binding;

/// <summary>The value of a struct, enum variant, tuple or array constant: its variant (for ADTs) and element values.</summary>
public sealed record ConstAggregate(Symbols.VariantSymbol? Variant, System.Collections.Immutable.ImmutableArray<object> Elements);

/// <summary>
/// Evaluates constant expressions (const items, array lengths): literals, arithmetic,
/// comparisons, logic, casts between integers. Types must already be concrete.
/// </summary>
internal static class ConstEvaluator
{
    public static object? Evaluate(BoundExpression e, out Diagnostic? failure)
    {
        failure = null;
        try
        {
            return Eval(e);
        }
        catch (ConstEvaluationLimit limit)
        {
            failure = SemanticDiagnostics.UnsupportedFeature(limit.Span ?? e.Span, limit.Message);
            return null;
        }
        catch (ConstEvaluationException ex) when (ex.Message.Length == 0)
        {
            return null;
        }
        catch (ConstEvaluationException ex)
        {
            failure = Diagnostic.Error("E0080", "evaluation of constant value failed", e.Span, ex.Message);
            return null;
        }
    }

    /// <summary>A constant whose evaluation fails in Rust too (a division by zero, an overflow): rustc's E0080.</summary>
    private class ConstEvaluationException(string message) : Exception(message);

    /// <summary>
    /// A constant expression valid in Rust that ToyRust's evaluator cannot compute yet (a
    /// reference, float arithmetic): "ToyRust does not support … yet", not an error of the program.
    /// </summary>
    private sealed class ConstEvaluationLimit(string what, Syntax.Text.TextSpan? span = null) : ConstEvaluationException(what)
    {
        public Syntax.Text.TextSpan? Span { get; } = span;
    }

    private static object Eval(BoundExpression e) => e switch
    {
        BoundLiteral { Value: Symbols.UnevaluatedConst } l => throw new ConstEvaluationLimit("associated consts of generic types in constants", l.Span),
        BoundLiteral l => l.Value,
        // Reported where it was found (an unknown const, a const without a value).
        BoundErrorExpression => throw new ConstEvaluationException(""),
        BoundUnary { Operator: UnaryOperator.Neg } u => Eval(u.Operand) is BigInteger i ? -i : -(double)Eval(u.Operand),
        BoundUnary { Operator: UnaryOperator.Not } u => Eval(u.Operand) is bool b ? !b : ~(BigInteger)Eval(u.Operand),
        BoundBinary b => EvalBinary(b),
        BoundCast c when Eval(c.Operand) is BigInteger i && c.Type is PrimitiveType p && p.Kind.IsInteger() => IntegerRanges.Wrap(p.Kind, i),
        BoundBlock { Statements.Length: 0, Tail: { } t } => Eval(t),
        // A field the checker could not bind (E0560, E0063 are reported there): nothing to compute.
        BoundAdtLiteral a when a.Fields.Any(f => f is null) => throw new ConstEvaluationException(""),
        BoundAdtLiteral { Base: null } a => new ConstAggregate(a.Variant, [.. a.Fields.Select(f => Eval(f!))]),
        BoundTuple t => new ConstAggregate(null, [.. t.Elements.Select(Eval)]),
        BoundArray a => new ConstAggregate(null, [.. a.Elements.Select(Eval)]),
        BoundArrayRepeat r => new ConstAggregate(null, [.. Enumerable.Repeat(Eval(r.Value), (int)r.Count)]),
        BoundFieldAccess { Target: var target, Field: var field } when Eval(target) is ConstAggregate c => c.Elements[field.Index],
        BoundTupleField { Target: var target, Index: var index } when Eval(target) is ConstAggregate c => c.Elements[index],
        _ => throw new ConstEvaluationLimit(e is BoundAddressOf ? "references in constants" : "this expression in a constant", e.Span),
    };

    private static object EvalBinary(BoundBinary b)
    {
        var l = Eval(b.Left);
        var r = Eval(b.Right);
        if (l is bool lb && r is bool rb)
        {
            return b.Operator switch
            {
                BinaryOperator.And or BinaryOperator.BitAnd => lb && rb,
                BinaryOperator.Or or BinaryOperator.BitOr => lb || rb,
                BinaryOperator.BitXor or BinaryOperator.Ne => lb != rb,
                BinaryOperator.Eq => lb == rb,
                _ => throw new ConstEvaluationLimit("this operator in a constant", b.Span),
            };
        }
        if (l is not BigInteger x || r is not BigInteger y) throw new ConstEvaluationLimit("this operation in a constant", b.Span);
        var result = b.Operator switch
        {
            BinaryOperator.Add => x + y,
            BinaryOperator.Sub => x - y,
            BinaryOperator.Mul => x * y,
            BinaryOperator.Div => y.IsZero ? throw new ConstEvaluationException("attempt to divide by zero") : BigInteger.Divide(x, y),
            BinaryOperator.Rem => y.IsZero ? throw new ConstEvaluationException("attempt to calculate the remainder with a divisor of zero") : BigInteger.Remainder(x, y),
            BinaryOperator.BitAnd => x & y,
            BinaryOperator.BitOr => x | y,
            BinaryOperator.BitXor => x ^ y,
            BinaryOperator.Shl => x << (int)y,
            BinaryOperator.Shr => x >> (int)y,
            _ => (BigInteger?)null,
        };
        if (result is { } v)
        {
            if (b.Type is PrimitiveType p && p.Kind.IsInteger() && !IntegerRanges.Fits(p.Kind, v))
                throw new ConstEvaluationException($"attempt to compute `{x} {b.Operator} {y}`, which would overflow");
            return v;
        }
        return b.Operator switch
        {
            BinaryOperator.Eq => x == y,
            BinaryOperator.Ne => x != y,
            BinaryOperator.Lt => x < y,
            BinaryOperator.Le => x <= y,
            BinaryOperator.Gt => x > y,
            BinaryOperator.Ge => x >= y,
            _ => throw new ConstEvaluationLimit("this operator in a constant", b.Span),
        };
    }
}
