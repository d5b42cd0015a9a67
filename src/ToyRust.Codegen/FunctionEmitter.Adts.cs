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
        WriteDiscriminant(type, variant, slot);
        if (fields.Length > 0)
        {
            var payload = PayloadPointer(type, slot);
            var variantType = Types.Variant(type, variant);
            for (var i = 0; i < fields.Length; i++) _builder.BuildStore(fields[i], _builder.BuildStructGEP2(variantType, payload, (uint)i, ""));
        }
        return _builder.BuildLoad2(enumType, slot, "");
    }

    /// <summary>Marks the enum at <paramref name="pointer"/> as <paramref name="variant"/>: its tag, or its niche value (nothing for the untagged variant).</summary>
    private void WriteDiscriminant(AdtType type, VariantSymbol variant, LLVMValueRef pointer)
    {
        if (Types.LayoutOf(type) is NicheLayout niche)
        {
            var index = type.Adt.Variants.IndexOf(variant);
            if (index != niche.Untagged)
                _builder.BuildStore(ConstInteger(_context.IntType(niche.Niche.Bits), niche.FirstValue + index - niche.FirstVariant), NicheAddress(type, niche, pointer));
            return;
        }
        _builder.BuildStore(_context.ConstInt(Types.Tag(type.Adt), unchecked((ulong)variant.Discriminant), true), _builder.BuildStructGEP2(Lower(type), pointer, 0, ""));
    }

    /// <summary>Where a variant's fields start: after the tag, or at the enum itself when it is niche-filled.</summary>
    private LLVMValueRef PayloadPointer(AdtType type, LLVMValueRef enumPointer) => Types.LayoutOf(type) is NicheLayout
        ? enumPointer
        : _builder.BuildStructGEP2(Lower(type), enumPointer, 1, "payload");

    private LLVMValueRef NicheAddress(AdtType type, NicheLayout layout, LLVMValueRef enumPointer) =>
        _builder.BuildInBoundsGEP2(Lower(type), enumPointer, [ConstI32(0), .. layout.Niche.Path.Select(ConstI32)], "niche");

    /// <summary>
    /// The discriminant of the enum at the pointer, as an `i64`: its tag, or decoded from the niche —
    /// a value in the reserved range names its variant, any other the untagged one:
    /// <code>
    /// %r = sub i8 %niche, FirstValue ; icmp ult %r, count ; select → FirstVariant + %r, or Untagged
    /// </code>
    /// </summary>
    private LLVMValueRef LoadDiscriminant(AdtType type, LLVMValueRef enumPointer)
    {
        if (Types.LayoutOf(type) is not NicheLayout niche)
            return _builder.BuildSExt(_builder.BuildLoad2(Types.Tag(type.Adt), _builder.BuildStructGEP2(Lower(type), enumPointer, 0, ""), "tag"), _context.Int64, "");
        var nicheType = _context.IntType(niche.Niche.Bits);
        var value = _builder.BuildLoad2(nicheType, NicheAddress(type, niche, enumPointer), "niche");
        var relative = _builder.BuildSub(value, ConstInteger(nicheType, niche.FirstValue), "");
        var count = niche.LastVariant - niche.FirstVariant + 1;
        var reserved = _builder.BuildICmp(LLVMIntPredicate.LLVMIntULT, relative, ConstInteger(nicheType, count), "");
        var variant = _builder.BuildAdd(_builder.BuildZExt(relative, _context.Int64, ""), ConstI64(niche.FirstVariant), "");
        return _builder.BuildSelect(reserved, variant, ConstI64(niche.Untagged), "discriminant");
    }

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
}
