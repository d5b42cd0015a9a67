using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Codegen;

/// <summary>Structs and enums: building values, reaching fields, tags and payloads, equality.</summary>
internal sealed partial class FunctionEmitter
{
    private LLVMValueRef AdtValue(AdtType type, VariantSymbol variant, LLVMValueRef[] fields)
    {
        if (!type.Adt.IsEnum)
        {
            var value = _context.Poison(Lower(type));
            for (var i = 0; i < fields.Length; i++) value = _builder.BuildInsertValue(value, fields[i], (uint)i, "");
            return value;
        }
        var enumType = Lower(type);
        var slot = Alloca(enumType, type.Adt.Name);
        _builder.BuildStore(_context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), _builder.BuildStructGEP2(enumType, slot, 0, ""));
        if (fields.Length > 0)
        {
            var payload = PayloadPointer(type, slot);
            var variantType = Types.Variant(type, variant);
            for (var i = 0; i < fields.Length; i++) _builder.BuildStore(fields[i], _builder.BuildStructGEP2(variantType, payload, (uint)i, ""));
        }
        return _builder.BuildLoad2(enumType, slot, "");
    }

    private LLVMValueRef PayloadPointer(AdtType type, LLVMValueRef enumPointer) =>
        _builder.BuildStructGEP2(Lower(type), enumPointer, 1, "payload");

    private LLVMValueRef LoadTag(AdtType type, LLVMValueRef enumPointer) =>
        _builder.BuildLoad2(Types.Tag(type.Adt), _builder.BuildStructGEP2(Lower(type), enumPointer, 0, ""), "tag");

    /// <summary>The address of one field of a variant, given the address of the whole value.</summary>
    private LLVMValueRef FieldPointer(AdtType type, VariantSymbol variant, LLVMValueRef pointer, int index) =>
        type.Adt.IsEnum
            ? _builder.BuildStructGEP2(Types.Variant(type, variant), PayloadPointer(type, pointer), (uint)index, "")
            : _builder.BuildStructGEP2(Lower(type), pointer, (uint)index, "");

    /// <summary>`E::B as i32`: the tag is the discriminant.</summary>
    private LLVMValueRef EmitEnumCast(LLVMValueRef value, AdtType from, TypeSymbol to)
    {
        var tag = _builder.BuildExtractValue(value, 0, "");
        return _builder.BuildIntCast2(tag, Lower(to), true, "");
    }

    /// <summary>
    /// Derived `PartialOrd`: a struct compares its fields in order; an enum compares
    /// discriminants first, and the fields of the common variant only when they are equal.
    /// </summary>
    private LLVMValueRef EmitAdtOrdering(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, AdtType type)
    {
        if (!type.Adt.IsEnum)
            return EmitLexicographic(op, left, right, [.. type.Adt.Variants[0].Fields.Select(type.FieldType)]);
        var leftSlot = Alloca(Lower(type), "lhs");
        var rightSlot = Alloca(Lower(type), "rhs");
        _builder.BuildStore(left, leftSlot);
        _builder.BuildStore(right, rightSlot);
        var l = LoadTag(type, leftSlot);
        var r = LoadTag(type, rightSlot);
        var result = Alloca(_context.Int1, "ord");
        var strict = op is BinaryOperator.Lt or BinaryOperator.Le ? LLVMIntPredicate.LLVMIntSLT : LLVMIntPredicate.LLVMIntSGT;
        _builder.BuildStore(_builder.BuildICmp(strict, l, r, ""), result);
        var sameTag = _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, l, r, "");
        var done = AppendBlock("ord.done");
        var payloads = AppendBlock("ord.same");
        _builder.BuildCondBr(sameTag, payloads, done);
        _builder.PositionAtEnd(payloads);
        _builder.BuildStore(_context.ConstInt(_context.Int1, op is BinaryOperator.Le or BinaryOperator.Ge ? 1UL : 0UL, false), result);
        foreach (var variant in type.Adt.Variants.Where(v => !v.Fields.IsEmpty))
        {
            var compare = AppendBlock("ord.fields");
            var next = AppendBlock("ord.next");
            _builder.BuildCondBr(_builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, l, _context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), ""), compare, next);
            _builder.PositionAtEnd(compare);
            var variantType = Types.Variant(type, variant);
            var lv = _builder.BuildLoad2(variantType, PayloadPointer(type, leftSlot), "");
            var rv = _builder.BuildLoad2(variantType, PayloadPointer(type, rightSlot), "");
            _builder.BuildStore(EmitLexicographic(op, lv, rv, [.. variant.Fields.Select(type.FieldType)]), result);
            _builder.BuildBr(done);
            _builder.PositionAtEnd(next);
        }
        _builder.BuildBr(done);
        _builder.PositionAtEnd(done);
        return _builder.BuildLoad2(_context.Int1, result, "");
    }

    /// <summary>Derived `PartialEq`: same variant and equal fields, compared in order.</summary>
    private LLVMValueRef EmitAdtEquality(BinaryOperator op, LLVMValueRef left, LLVMValueRef right, AdtType type)
    {
        if (!type.Adt.IsEnum)
        {
            var fields = type.Adt.Variants[0].Fields.Select(type.FieldType).ToArray();
            return EmitLexicographic(op, left, right, fields);
        }
        var leftSlot = Alloca(Lower(type), "lhs");
        var rightSlot = Alloca(Lower(type), "rhs");
        _builder.BuildStore(left, leftSlot);
        _builder.BuildStore(right, rightSlot);
        var result = Alloca(_context.Int1, "eq");
        var sameTag = _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, LoadTag(type, leftSlot), LoadTag(type, rightSlot), "");
        _builder.BuildStore(sameTag, result);
        var done = AppendBlock("eq.done");
        foreach (var variant in type.Adt.Variants.Where(v => !v.Fields.IsEmpty))
        {
            var compare = AppendBlock("eq.fields");
            var next = AppendBlock("eq.next");
            var isVariant = _builder.BuildICmp(LLVMIntPredicate.LLVMIntEQ, LoadTag(type, leftSlot), _context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), "");
            _builder.BuildCondBr(_builder.BuildAnd(sameTag, isVariant, ""), compare, next);
            _builder.PositionAtEnd(compare);
            var variantType = Types.Variant(type, variant);
            var l = _builder.BuildLoad2(variantType, PayloadPointer(type, leftSlot), "");
            var r = _builder.BuildLoad2(variantType, PayloadPointer(type, rightSlot), "");
            _builder.BuildStore(EmitLexicographic(BinaryOperator.Eq, l, r, [.. variant.Fields.Select(type.FieldType)]), result);
            _builder.BuildBr(done);
            _builder.PositionAtEnd(next);
        }
        _builder.BuildBr(done);
        _builder.PositionAtEnd(done);
        var equal = _builder.BuildLoad2(_context.Int1, result, "");
        return op == BinaryOperator.Eq ? equal : _builder.BuildNot(equal, "");
    }
}
