namespace ToyRust.Fuzz.Generation;

/// <summary>
/// The types a generated program uses, with their Rust spelling. Two types are the same when
/// they are spelled the same (<see cref="GType.Rust"/>), which is how the generator compares them.
/// Every type here is `Copy`, so values can be used any number of times without a move error.
/// </summary>
public abstract record GType
{
    public abstract string Rust { get; }

    public bool Same(GType other) => Rust == other.Rust;

    public override string ToString() => Rust;
}

public sealed record IntType(string Name, int Bits, bool Signed) : GType
{
    public static readonly IntType I8 = new("i8", 8, true);
    public static readonly IntType I16 = new("i16", 16, true);
    public static readonly IntType I32 = new("i32", 32, true);
    public static readonly IntType I64 = new("i64", 64, true);
    public static readonly IntType I128 = new("i128", 128, true);
    public static readonly IntType Isize = new("isize", 64, true);
    public static readonly IntType U8 = new("u8", 8, false);
    public static readonly IntType U16 = new("u16", 16, false);
    public static readonly IntType U32 = new("u32", 32, false);
    public static readonly IntType U64 = new("u64", 64, false);
    public static readonly IntType U128 = new("u128", 128, false);
    public static readonly IntType Usize = new("usize", 64, false);

    public static readonly IReadOnlyList<IntType> All = [I8, I16, I32, I64, I128, Isize, U8, U16, U32, U64, U128, Usize];

    public override string Rust => Name;

    public Int128 Min => Signed ? -(Int128.One << (Bits - 1)) : 0;

    /// <summary>The largest value, capped at i128::MAX for u128 (literals above it are written as `u128::MAX`).</summary>
    public Int128 Max => Bits == 128 && !Signed ? Int128.MaxValue : Signed ? (Int128.One << (Bits - 1)) - 1 : (Int128.One << Bits) - 1;
}

public sealed record BoolType : GType
{
    public static readonly BoolType Instance = new();

    public override string Rust => "bool";
}

public sealed record CharType : GType
{
    public static readonly CharType Instance = new();

    public override string Rust => "char";
}

public sealed record F64Type : GType
{
    public static readonly F64Type Instance = new();

    public override string Rust => "f64";
}

public sealed record TupleType(IReadOnlyList<GType> Items) : GType
{
    public override string Rust => Items.Count == 1 ? $"({Items[0].Rust},)" : "(" + string.Join(", ", Items.Select(t => t.Rust)) + ")";
}

public sealed record ArrayType(GType Element, int Length) : GType
{
    public override string Rust => $"[{Element.Rust}; {Length}]";
}

public sealed record OptionType(GType Inner) : GType
{
    public override string Rust => $"Option<{Inner.Rust}>";
}

public sealed record ResultType(GType Ok, GType Err) : GType
{
    public override string Rust => $"Result<{Ok.Rust}, {Err.Rust}>";
}

/// <summary>A use of a generated struct; <see cref="Arguments"/> instantiate a generic one.</summary>
public sealed record StructType(StructDef Def, IReadOnlyList<GType> Arguments) : GType
{
    public override string Rust => Arguments.Count == 0 ? Def.Name : $"{Def.Name}<{string.Join(", ", Arguments.Select(a => a.Rust))}>";

    /// <summary>The field types with the struct's type parameters replaced by <see cref="Arguments"/>.</summary>
    public IReadOnlyList<(string Name, GType Type)> Fields =>
        [.. Def.Fields.Select(f => (f.Name, f.Type is TypeParam p ? Arguments[p.Index] : f.Type))];
}

/// <summary>A use of a generated enum; <see cref="Arguments"/> instantiate a generic one.</summary>
public sealed record EnumType(EnumDef Def, IReadOnlyList<GType> Arguments) : GType
{
    public EnumType(EnumDef def)
        : this(def, [])
    {
    }

    public override string Rust => Arguments.Count == 0 ? Def.Name : $"{Def.Name}<{string.Join(", ", Arguments.Select(a => a.Rust))}>";

    /// <summary>The variants with the enum's type parameters replaced by <see cref="Arguments"/>.</summary>
    public IReadOnlyList<VariantDef> Variants =>
        [.. Def.Variants.Select(v => v with { Fields = [.. v.Fields.Select(f => (f.Name, f.Type is TypeParam p ? Arguments[p.Index] : f.Type))] })];
}

/// <summary>A generic struct's type parameter inside its own definition (`T`).</summary>
public sealed record TypeParam(string Name, int Index) : GType
{
    public override string Rust => Name;
}

/// <summary>A struct the program declares: named fields or a tuple struct, possibly generic over `T`.</summary>
public sealed record StructDef(string Name, bool IsTuple, IReadOnlyList<(string Name, GType Type)> Fields, IReadOnlyList<string> Derives)
{
    public bool IsGeneric => Fields.Any(f => f.Type is TypeParam);

    public bool Has(string derive) => Derives.Contains(derive);
}

/// <summary>One enum variant: unit (no fields), tuple (unnamed fields) or struct (named fields).</summary>
public sealed record VariantDef(string Name, IReadOnlyList<(string Name, GType Type)> Fields, bool Named)
{
    public bool IsUnit => Fields.Count == 0;
}

/// <summary>An enum the program declares, possibly generic over `T`.</summary>
public sealed record EnumDef(string Name, IReadOnlyList<VariantDef> Variants, IReadOnlyList<string> Derives)
{
    public bool IsGeneric => Variants.Any(v => v.Fields.Any(f => f.Type is TypeParam));
}
