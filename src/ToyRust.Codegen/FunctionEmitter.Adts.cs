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
}
