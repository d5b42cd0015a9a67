using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>Maps checked types to LLVM types (see the layout notes on <see cref="CodeGenerator"/>).</summary>
internal sealed class TypeLowering(LlvmContext context)
{
    private readonly Dictionary<TypeSymbol, LLVMTypeRef> _cache = [];

    /// <summary>`{}`: the unit value's type.</summary>
    public LLVMTypeRef Unit => context.Struct([], packed: false);

    /// <summary>`{ ptr, i64 }`: a `&amp;str` (or any slice reference).</summary>
    public LLVMTypeRef StrRef => context.Struct([context.Pointer, context.Int64], packed: false);

    /// <summary>The runtime's formatting buffer `{ ptr, i64, i64 }`.</summary>
    public LLVMTypeRef Buffer => context.Struct([context.Pointer, context.Int64, context.Int64], packed: false);

    public LLVMTypeRef Lower(TypeSymbol type)
    {
        if (_cache.TryGetValue(type, out var cached)) return cached;
        var lowered = type switch
        {
            PrimitiveType { Kind: PrimitiveKind.Bool } => context.Int1,
            PrimitiveType { Kind: PrimitiveKind.F64 } => context.Double,
            PrimitiveType { Kind: PrimitiveKind.F32 } => context.Float,
            PrimitiveType p => context.IntType((uint)p.Kind.BitWidth()),
            TupleType t => context.Struct([.. t.Elements.Select(Lower)], packed: false),
            ArrayType a => context.Array(Lower(a.Element), (uint)a.Length),
            ReferenceType { Referent: PrimitiveType { Kind: PrimitiveKind.Str } } => StrRef,
            ReferenceType => context.Pointer,
            _ => Unit,
        };
        _cache[type] = lowered;
        return lowered;
    }

    /// <summary>Return types: `()` and `!` become `void`.</summary>
    public LLVMTypeRef LowerReturn(TypeSymbol type) => type.IsUnit || type is NeverType ? context.Void : Lower(type);
}
