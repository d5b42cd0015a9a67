using System.Numerics;
using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>
/// `match`: the arms are tried in order against the scrutinee's place.
/// <code>
/// arm 0:  test pattern 0 (branch to arm 1 on failure), bind, test guard, body → done
/// arm 1:  ...
/// after the last arm: unreachable (the checker proved the match exhaustive)
/// </code>
/// Patterns are tested field by field through pointers into the place, so `ref` bindings and
/// default binding modes bind addresses inside the matched value, as in Rust.
/// </summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef EmitMatch(BoundMatch m)
    {
        var type = Resolve(m.Type);
        var hasValue = !type.IsUnit && type is not NeverType;
        var slot = hasValue ? Alloca(Lower(type), "match.value") : default;
        var scrutinee = EmitPlace(m.Scrutinee);
        var done = AppendBlock("match.done");
        foreach (var arm in m.Arms)
        {
            var next = AppendBlock("arm.next");
            EmitPatternMatch(arm.Pattern, scrutinee, next);
            if (arm.Guard is not null)
            {
                var body = AppendBlock("arm.body");
                _builder.BuildCondBr(EmitExpression(arm.Guard), body, next);
                _builder.PositionAtEnd(body);
            }
            var value = EmitExpression(arm.Body);
            if (hasValue && Resolve(arm.Body.Type) is not NeverType) _builder.BuildStore(Coerce(value, arm.Body.Type, type), slot);
            _builder.BuildBr(done);
            _builder.PositionAtEnd(next);
        }
        _builder.BuildUnreachable();
        _builder.PositionAtEnd(done);
        return hasValue ? _builder.BuildLoad2(Lower(type), slot, "") : UnitValue;
    }

    /// <summary>Stores a value into the locals an irrefutable pattern (`let`, `for`) binds.</summary>
    private void BindPattern(BoundPattern pattern, LLVMValueRef value)
    {
        if (pattern is BoundBindingPattern { ByReference: false, SubPattern: null } simple)
        {
            _builder.BuildStore(value, SlotFor(simple.Local));
            return;
        }
        var slot = Alloca(value.TypeOf, "let");
        _builder.BuildStore(value, slot);
        var impossible = AppendBlock("let.refuted");
        EmitPatternMatch(pattern, slot, impossible);
    }

    /// <summary>Tests <paramref name="pattern"/> against the value at <paramref name="place"/>, branching to <paramref name="fail"/> on mismatch; binds on the way.</summary>
    private void EmitPatternMatch(BoundPattern pattern, LLVMValueRef place, LLVMBasicBlockRef fail)
    {
        var type = Resolve(pattern.Type);
        switch (pattern)
        {
            case BoundBindingPattern b:
                _builder.BuildStore(b.ByReference ? place : _builder.BuildLoad2(Lower(type), place, ""), SlotFor(b.Local));
                if (b.SubPattern is not null) EmitPatternMatch(b.SubPattern, place, fail);
                break;
            case BoundLiteralPattern l:
                ContinueIf(EmitLiteralTest(l, _builder.BuildLoad2(Lower(type), place, ""), type), fail);
                break;
            case BoundRangePattern r:
                ContinueIf(EmitRangeTest(r, _builder.BuildLoad2(Lower(type), place, ""), type), fail);
                break;
            case BoundTuplePattern t:
                for (var i = 0; i < t.Elements.Length; i++)
                    EmitPatternMatch(t.Elements[i], _builder.BuildStructGEP2(Lower(type), place, (uint)i, ""), fail);
                break;
            case BoundArrayPattern a:
                for (var i = 0; i < a.Elements.Length; i++)
                    EmitPatternMatch(a.Elements[i], _builder.BuildInBoundsGEP2(Lower(type), place, [ConstI64(0), ConstI64(i)], ""), fail);
                break;
            case BoundVariantPattern v:
                EmitVariantMatch(v, (AdtType)type, place, fail);
                break;
            case BoundOrPattern o:
                EmitOrMatch(o, place, fail);
                break;
            case BoundDerefPattern d:
                EmitPatternMatch(d.Inner, _builder.BuildLoad2(_context.Pointer, place, ""), fail);
                break;
        }
    }

    private void ContinueIf(LLVMValueRef condition, LLVMBasicBlockRef fail)
    {
        var next = AppendBlock("pat.ok");
        _builder.BuildCondBr(condition, next, fail);
        _builder.PositionAtEnd(next);
    }

    private void EmitVariantMatch(BoundVariantPattern v, AdtType type, LLVMValueRef place, LLVMBasicBlockRef fail)
    {
        if (type.Adt.IsEnum)
        {
            var expected = _context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)v.Variant.Discriminant), true);
            ContinueIf(_builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, LoadTag(type, place), expected, ""), fail);
        }
        for (var i = 0; i < v.Fields.Length; i++)
        {
            if (v.Fields[i] is BoundWildcardPattern) continue;
            EmitPatternMatch(v.Fields[i], FieldPointer(type, v.Variant, place, i), fail);
        }
    }

    private void EmitOrMatch(BoundOrPattern o, LLVMValueRef place, LLVMBasicBlockRef fail)
    {
        var matched = AppendBlock("or.matched");
        for (var i = 0; i < o.Alternatives.Length; i++)
        {
            var next = i == o.Alternatives.Length - 1 ? fail : AppendBlock("or.next");
            EmitPatternMatch(o.Alternatives[i], place, next);
            _builder.BuildBr(matched);
            if (i < o.Alternatives.Length - 1) _builder.PositionAtEnd(next);
        }
        _builder.PositionAtEnd(matched);
    }

    private LLVMValueRef EmitLiteralTest(BoundLiteralPattern l, LLVMValueRef value, TypeSymbol type)
    {
        if (l.Value is string s) return EmitStrEquals(value, StrSlice(s));
        var constant = l.Value switch
        {
            BigInteger i => ConstInteger(Lower(type), i),
            bool b => _context.ConstInt(_context.Int1, b ? 1UL : 0UL, false),
            int c => _context.ConstInt(_context.Int32, (ulong)c, false),
            double d => _context.ConstReal(Lower(type), d),
            _ => throw new InvalidOperationException("unknown literal pattern"),
        };
        return type.IsFloat
            ? _builder.BuildFCmp(LLVMRealPredicate.LLVMRealOEQ, value, constant, "")
            : _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, value, constant, "");
    }

    private LLVMValueRef EmitRangeTest(BoundRangePattern r, LLVMValueRef value, TypeSymbol type)
    {
        var llvmType = Lower(type);
        var unsigned = !type.IsSignedInteger;
        var atLeast = _builder.BuildICmp(unsigned ? LLVMIntPredicate.LLVMIntUGE : LLVMIntPredicate.LLVMIntSGE, value, ConstInteger(llvmType, r.Low), "");
        var atMost = _builder.BuildICmp(unsigned ? LLVMIntPredicate.LLVMIntULE : LLVMIntPredicate.LLVMIntSLE, value, ConstInteger(llvmType, r.Last), "");
        return _builder.BuildAnd(atLeast, atMost, "");
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
