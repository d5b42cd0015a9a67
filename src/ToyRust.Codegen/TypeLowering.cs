using System.Numerics;
using ToyRust.Llvm;
using ToyRust.Llvm.Interop;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Codegen;

/// <summary>Maps checked types to LLVM types (see the layout notes on <see cref="CodeGenerator"/>).</summary>
internal sealed class TypeLowering(LlvmContext context, LlvmTargetMachine machine)
{
    /// <summary>
    /// Keyed by identity: a structural key hashes the whole type, and lowering `&amp;&amp;&amp;…T` nested n deep
    /// looks up every level, n² steps. Equal types built apart are lowered twice; LLVM uniques the
    /// literal structs, so the result is the same.
    /// </summary>
    private readonly Dictionary<TypeSymbol, LLVMTypeRef> _cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>`{}`: the unit value's type.</summary>
    public LLVMTypeRef Unit => context.Struct([], packed: false);

    /// <summary>`{ ptr, i64 }`: a pointer to `str` or `[T]`, the data pointer and the length.</summary>
    public LLVMTypeRef StrRef => context.Struct([context.Pointer, context.Int64], packed: false);

    /// <summary>`{ ptr, ptr }`: a pointer to a trait object, the data pointer and the vtable pointer.</summary>
    public LLVMTypeRef DynRef => context.Struct([context.Pointer, context.Pointer], packed: false);

    /// <summary>The runtime's formatting buffer `{ ptr, i64, i64 }`.</summary>
    public LLVMTypeRef Buffer => context.Struct([context.Pointer, context.Int64, context.Int64], packed: false);

    /// <summary>The runtime's `TrFmt`, what a `&amp;mut Formatter` points to: the buffer, the spec, the `{:#?}` indentation.</summary>
    public LLVMTypeRef Formatter => context.Struct([context.Pointer, context.Pointer, context.Int32], packed: false);

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
            ArrayType a => context.Array(Lower(a.Element), (ulong)a.Length),
            ReferenceType or RawPointerType => LowerPointer(type.DerefTarget()),
            AdtType { Adt.IsEnum: true } e => LowerEnum(e),
            AdtType s => Variant(s, s.Adt.Variants[0]),
            NeverType => Unit,
            // A new type kind (dyn, slices, fn pointers) must say how it is stored, not become `()`.
            _ => throw new InvalidOperationException($"TypeLowering does not know `{type}` ({type.GetType().Name})"),
        };
        _cache[type] = lowered;
        return lowered;
    }

    /// <summary>Every pointer to an unsized type is fat, the address and the metadata (<see cref="TypeFacts.Metadata"/>).</summary>
    public LLVMTypeRef LowerPointer(TypeSymbol pointee) => TypeFacts.Metadata(pointee) switch
    {
        PointerMetadata.None => context.Pointer,
        PointerMetadata.Length => StrRef,
        PointerMetadata.Vtable => DynRef,
        var other => throw new InvalidOperationException($"no pointer layout for metadata {other}"),
    };

    /// <summary>Return types: `()` and `!` become `void`.</summary>
    public LLVMTypeRef LowerReturn(TypeSymbol type) => type.IsUnit || type is NeverType ? context.Void : Lower(type);

    /// <summary>A variant's fields as a literal struct (a struct's whole layout; an enum variant's payload view).</summary>
    public LLVMTypeRef Variant(AdtType type, VariantSymbol variant) =>
        context.Struct([.. variant.Fields.Select(f => Lower(type.FieldType(f)))], packed: false);

    /// <summary>The smallest signed integer type holding every discriminant of the enum.</summary>
    public LLVMTypeRef Tag(AdtSymbol adt)
    {
        var min = adt.Variants.Length == 0 ? 0 : adt.Variants.Min(v => v.Discriminant);
        var max = adt.Variants.Length == 0 ? 0 : adt.Variants.Max(v => v.Discriminant);
        foreach (var bits in new[] { 8, 16, 32 })
        {
            var limit = BigInteger.One << (bits - 1);
            if (min >= -limit && max < limit) return context.IntType((uint)bits);
        }
        return context.Int64;
    }

    private LLVMTypeRef LowerEnum(AdtType type)
    {
        var payloadBytes = type.Adt.Variants.Select(v => v.Fields.IsEmpty ? 0UL : machine.AbiSizeOfType(Variant(type, v))).DefaultIfEmpty(0UL).Max();
        var tag = Tag(type.Adt);
        // Field-less enums are their tag alone; when the only fields are zero-sized (`Some(Unit)`) there is
        // still a payload field to point at, an empty byte array that changes neither size nor alignment.
        if (payloadBytes == 0 && type.Adt.Variants.All(v => v.Fields.IsEmpty)) return context.Struct([tag], packed: false);
        if (payloadBytes == 0) return context.Struct([tag, context.Array(context.Int8, 0)], packed: false);
        // The payload is read through each variant's own struct, so its words must be aligned for the
        // most aligned variant: `i128` fields need 16 bytes on both targets, or SSE loads of them fault.
        var align = Math.Max(8UL, type.Adt.Variants.Where(v => !v.Fields.IsEmpty).Max(v => (ulong)machine.AbiAlignmentOfType(Variant(type, v))));
        return context.Struct([tag, context.Array(context.IntType((uint)(align * 8)), (payloadBytes + align - 1) / align)], packed: false);
    }
}
