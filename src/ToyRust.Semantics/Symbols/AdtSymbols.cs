using System.Collections.Immutable;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Symbols;

public enum AdtKind
{
    Struct,
    Enum,
}

/// <summary>
/// A struct or enum declaration. A struct has exactly one variant (named after the struct).
/// Declared in two steps — the name first, the variants once every type name is known — so
/// that `struct A { b: B }` may come before `struct B`.
/// </summary>
public sealed class AdtSymbol(string name, AdtKind kind, ImmutableArray<GenericParameterSymbol> genericParameters, ImmutableHashSet<string> derives, ItemSyntax declaration)
{
    public string Name { get; } = name;

    public AdtKind Kind { get; } = kind;

    public ImmutableArray<GenericParameterSymbol> GenericParameters { get; } = genericParameters;

    /// <summary>The `#[derive(...)]` traits: Clone, Copy, PartialEq, Debug, …</summary>
    public ImmutableHashSet<string> Derives { get; } = derives;

    public ItemSyntax Declaration { get; } = declaration;

    public ImmutableArray<VariantSymbol> Variants { get; private set; } = [];

    public bool IsEnum => Kind == AdtKind.Enum;

    /// <summary>Called once, when field types have been resolved.</summary>
    internal void SetVariants(ImmutableArray<VariantSymbol> variants) => Variants = variants;

    public VariantSymbol? FindVariant(string name) => Variants.FirstOrDefault(v => v.Name == name);

    public override string ToString() => Name;
}

/// <summary>One variant of an enum, or the single shape of a struct.</summary>
public sealed class VariantSymbol(AdtSymbol owner, string name, int index, StructKind kind, ImmutableArray<FieldSymbol> fields, long discriminant)
{
    public AdtSymbol Owner { get; } = owner;

    public string Name { get; } = name;

    public int Index { get; } = index;

    public StructKind Kind { get; } = kind;

    public ImmutableArray<FieldSymbol> Fields { get; } = fields;

    /// <summary>The value `as` casts give (0, 1, 2, … unless written).</summary>
    public long Discriminant { get; } = discriminant;

    public FieldSymbol? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public override string ToString() => Owner.IsEnum ? $"{Owner.Name}::{Name}" : Name;
}

/// <summary>A field: named (`x`) or positional (`0`). Its type may mention the owner's generic parameters.</summary>
public sealed class FieldSymbol(string name, int index, TypeSymbol type)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public TypeSymbol Type { get; } = type;

    public override string ToString() => Name;
}

/// <summary>A generic parameter `T` of an item, with its trait bounds (filled in level L3).</summary>
public sealed class GenericParameterSymbol(string name, int index)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public override string ToString() => Name;
}
