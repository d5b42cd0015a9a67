using System.Numerics;
using System.Collections.Immutable;
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
    public LLVMTypeRef Buffer => context.Struct([context.Pointer, context.Int64, context.Int64, context.Int32], packed: false);

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
            // A closure is a struct of its captures (rustc's layout of `ty::Closure`): `{}` when it captures nothing.
            ClosureType c => context.Struct([.. c.FieldTypes.Select(Lower)], packed: false),
            // A function item is zero-sized (its type says which function); a function pointer is an address.
            FnDefType => context.Struct([], packed: false),
            FunctionType => context.Pointer,
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

    private readonly Dictionary<TypeSymbol, EnumLayout> _layouts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Tagged, or niche-filled as rustc does when one variant has data with a niche and the others none.</summary>
    public EnumLayout LayoutOf(AdtType type)
    {
        if (_layouts.TryGetValue(type, out var cached)) return cached;
        return _layouts[type] = NicheLayoutOf(type) ?? (EnumLayout)TaggedLayout.Instance;
    }

    private NicheLayout? NicheLayoutOf(AdtType type)
    {
        var variants = type.Adt.Variants;
        if (variants.Length < 2 || variants.Select((v, i) => v.Discriminant != i).Any(b => b)) return null;
        var withData = variants.Select((v, i) => (v, i)).Where(p => machine.AbiSizeOfType(Variant(type, p.v)) > 0).ToList();
        if (withData.Count != 1) return null;
        var untagged = withData[0].i;
        var niche = LargestNiche(variants[untagged].Fields.Select(f => type.FieldType(f)));
        var others = Enumerable.Range(0, variants.Length).Where(i => i != untagged).ToList();
        var (first, last) = (others.Min(), others.Max());
        if (niche is null || niche.Available < last - first + 1) return null;
        return new NicheLayout(untagged, niche, niche.FirstFree, first, last);
    }

    /// <summary>
    /// The scalar of a type that has invalid values: `bool`, `char`, an enum's tag (or what its own
    /// niche has left), and among a struct's or tuple's fields the one with the most (the first of equals).
    /// `Box`, `Rc` and `Vec` have a niche in rustc too (their pointer is `NonNull`); here they have none (docs/language.md).
    /// </summary>
    public Niche? NicheOf(TypeSymbol type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Bool } => new Niche([], 8, true, 0, 1),
        PrimitiveType { Kind: PrimitiveKind.Char } => new Niche([], 32, false, 0, 0x10FFFF),
        // A reference is never null: its address (the first field of a fat one) is valid in 1..=2^64−1.
        ReferenceType r => new Niche(TypeFacts.Metadata(r.DerefTarget()) == PointerMetadata.None ? [] : [0], 64, false, 1, (BigInteger.One << 64) - 1),
        // A function pointer is never null either (`Option<fn()>` is one word, as in rustc).
        FunctionType => new Niche([], 64, false, 1, (BigInteger.One << 64) - 1),
        AdtType { Adt.IsEnum: true } e => EnumNiche(e),
        AdtType s => LargestNiche(s.Adt.Variants[0].Fields.Select(f => s.FieldType(f))),
        TupleType t => LargestNiche(t.Elements),
        ClosureType c => LargestNiche(c.FieldTypes),
        _ => null,
    };

    private Niche? EnumNiche(AdtType type)
    {
        if (type.Adt.Variants.Length == 0) return null;
        if (LayoutOf(type) is NicheLayout niche) return niche.Remaining;
        var bits = Tag(type.Adt).IntWidth;
        var modulus = BigInteger.One << (int)bits;
        var min = type.Adt.Variants.Min(v => v.Discriminant);
        var max = type.Adt.Variants.Max(v => v.Discriminant);
        return new Niche([0], bits, false, ((min % modulus) + modulus) % modulus, ((max % modulus) + modulus) % modulus);
    }

    private Niche? LargestNiche(IEnumerable<TypeSymbol> fields)
    {
        Niche? best = null;
        var index = 0;
        foreach (var field in fields)
        {
            if (NicheOf(field) is { } niche && (best is null || niche.Available > best.Available)) best = niche.Under(index);
            index++;
        }
        return best;
    }

    /// <summary>A niche-filled enum is its untagged variant's struct, with the niche's `bool` stored as `i8` (so a first-class copy keeps a `None`).</summary>
    private LLVMTypeRef LowerNicheEnum(AdtType type, NicheLayout layout)
    {
        var fields = type.Adt.Variants[layout.Untagged].Fields.Select(f => type.FieldType(f)).ToList();
        return context.Struct([.. fields.Select((f, i) => i == layout.Niche.Path[0] ? WithByteAt(f, layout.Niche, 1) : Lower(f))], packed: false);
    }

    /// <summary>The type with the niche's `bool` at <paramref name="depth"/> of its path replaced by `i8`.</summary>
    private LLVMTypeRef WithByteAt(TypeSymbol type, Niche niche, int depth)
    {
        if (!niche.IsBool) return Lower(type);
        if (depth == niche.Path.Length) return context.Int8;
        IReadOnlyList<TypeSymbol> fields = type switch
        {
            TupleType t => t.Elements,
            ClosureType c => c.FieldTypes,
            AdtType { Adt.IsEnum: false } s => [.. s.Adt.Variants[0].Fields.Select(f => s.FieldType(f))],
            _ => [],
        };
        if (fields.Count == 0) return Lower(type);
        return context.Struct([.. fields.Select((f, i) => i == niche.Path[depth] ? WithByteAt(f, niche, depth + 1) : Lower(f))], packed: false);
    }

    private LLVMTypeRef LowerEnum(AdtType type)
    {
        if (LayoutOf(type) is NicheLayout niche) return LowerNicheEnum(type, niche);
        var payloadBytes = type.Adt.Variants.Select(v => v.Fields.IsEmpty ? 0UL : machine.AbiSizeOfType(Variant(type, v))).DefaultIfEmpty(0UL).Max();
        var tag = Tag(type.Adt);
        // Field-less enums are their tag alone; when the only fields are zero-sized (`Some(Unit)`) there is
        // still a payload field to point at, an empty byte array that changes neither size nor alignment.
        if (payloadBytes == 0 && type.Adt.Variants.All(v => v.Fields.IsEmpty)) return context.Struct([tag], packed: false);
        if (payloadBytes == 0) return context.Struct([tag, context.Array(context.Int8, 0)], packed: false);
        // The payload is read through each variant's own struct, so its words must be aligned for the
        // most aligned variant: `i128` fields need 16 bytes on both targets, or SSE loads of them fault.
        // No more: `Option<i32>` is 8 bytes, its tag and one `i32`, as in rustc.
        var align = type.Adt.Variants.Where(v => !v.Fields.IsEmpty).Max(v => (ulong)machine.AbiAlignmentOfType(Variant(type, v)));
        return context.Struct([tag, context.Array(context.IntType((uint)(align * 8)), (payloadBytes + align - 1) / align)], packed: false);
    }
}
