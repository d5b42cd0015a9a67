using System.Collections.Immutable;
using ToyRust.Syntax.Text;

namespace ToyRust.Syntax.Ast;

/// <summary>An item: function, struct, enum, impl, trait, const, use, type alias.</summary>
public abstract record ItemSyntax(TextSpan Span, ImmutableArray<AttributeSyntax> Attributes, bool IsPublic) : SyntaxNode(Span);

public enum SelfParamKind
{
    /// <summary>No self parameter: an associated function.</summary>
    None,
    /// <summary>`self` / `mut self`.</summary>
    Value,
    /// <summary>`&amp;self`.</summary>
    Ref,
    /// <summary>`&amp;mut self`.</summary>
    RefMut,
}

/// <summary>`self`, `mut self`, `&amp;self`, `&amp;mut self`, or `self: Box&lt;Self&gt;` (explicit type).</summary>
public sealed record SelfParamSyntax(TextSpan Span, SelfParamKind Kind, bool IsMutableBinding, TypeSyntax? ExplicitType) : SyntaxNode(Span);

/// <summary>`pattern: Type` in a function signature.</summary>
public sealed record ParameterSyntax(TextSpan Span, PatternSyntax Pattern, TypeSyntax Type) : SyntaxNode(Span);

/// <summary>
/// `unsafe? fn name&lt;G&gt;(self?, params) -> Ret where ... { body }`. <see cref="Body"/> is null for a
/// required trait method (`fn f(&amp;self);`).
/// </summary>
public sealed record FunctionItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    GenericsSyntax Generics,
    SelfParamSyntax? SelfParam,
    ImmutableArray<ParameterSyntax> Parameters,
    TypeSyntax? ReturnType,
    BlockExpressionSyntax? Body,
    bool IsUnsafe = false) : ItemSyntax(Span, Attributes, IsPublic);

public enum StructKind
{
    /// <summary>`struct S { a: T }`.</summary>
    Named,
    /// <summary>`struct S(T, U);`.</summary>
    Tuple,
    /// <summary>`struct S;`.</summary>
    Unit,
}

/// <summary>A field: named (`a: T`) or positional (Name is null).</summary>
public sealed record FieldSyntax(TextSpan Span, bool IsPublic, Identifier? Name, TypeSyntax Type) : SyntaxNode(Span);

public sealed record StructItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    GenericsSyntax Generics,
    StructKind Kind,
    ImmutableArray<FieldSyntax> Fields) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>An enum variant: unit, tuple or struct-like, with an optional explicit discriminant.</summary>
public sealed record VariantSyntax(TextSpan Span, Identifier Name, StructKind Kind, ImmutableArray<FieldSyntax> Fields, ExpressionSyntax? Discriminant) : SyntaxNode(Span);

public sealed record EnumItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    GenericsSyntax Generics,
    ImmutableArray<VariantSyntax> Variants) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>`impl&lt;G&gt; Trait for Type where ... { items }` (Trait null for an inherent impl).</summary>
public sealed record ImplItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    GenericsSyntax Generics,
    PathSyntax? Trait,
    TypeSyntax SelfType,
    ImmutableArray<ItemSyntax> Items) : ItemSyntax(Span, Attributes, false);

/// <summary>`trait Name&lt;G&gt;: Super + Super2 where ... { items }`.</summary>
public sealed record TraitItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    GenericsSyntax Generics,
    ImmutableArray<TypeBoundSyntax> Supertraits,
    ImmutableArray<ItemSyntax> Items) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>`const NAME: T = value;` (Value null for an associated const declared in a trait).</summary>
public sealed record ConstItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    TypeSyntax Type,
    ExpressionSyntax? Value) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>`static NAME: T = value;`.</summary>
public sealed record StaticItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    bool IsMutable,
    Identifier Name,
    TypeSyntax Type,
    ExpressionSyntax Value) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>`type Name: Bounds = Type;` (Type null for an associated type declared in a trait).</summary>
public sealed record TypeAliasItemSyntax(
    TextSpan Span,
    ImmutableArray<AttributeSyntax> Attributes,
    bool IsPublic,
    Identifier Name,
    GenericsSyntax Generics,
    ImmutableArray<TypeBoundSyntax> Bounds,
    TypeSyntax? Type) : ItemSyntax(Span, Attributes, IsPublic);

/// <summary>
/// `use a::b::c;`, `use a::b::{c, d as e};`, `use a::*;` flattened: one entry per imported
/// name (Path is the full path; Alias is the `as` name; IsGlob for `*`).
/// </summary>
public sealed record UseItemSyntax(TextSpan Span, ImmutableArray<AttributeSyntax> Attributes, bool IsPublic, ImmutableArray<UseEntrySyntax> Entries) : ItemSyntax(Span, Attributes, IsPublic);

public sealed record UseEntrySyntax(TextSpan Span, PathSyntax Path, Identifier? Alias, bool IsGlob) : SyntaxNode(Span);

/// <summary>`mod name { items }` (inline modules only; files are out of scope).</summary>
public sealed record ModuleItemSyntax(TextSpan Span, ImmutableArray<AttributeSyntax> Attributes, bool IsPublic, Identifier Name, ImmutableArray<ItemSyntax> Items) : ItemSyntax(Span, Attributes, IsPublic);
