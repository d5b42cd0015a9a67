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
public sealed class AdtSymbol(string name, AdtKind kind, ImmutableArray<GenericParameterSymbol> genericParameters, ImmutableHashSet<LangItem> derives, ItemSyntax declaration)
{
    public string Name { get; } = name;

    public AdtKind Kind { get; } = kind;

    public ImmutableArray<GenericParameterSymbol> GenericParameters { get; } = genericParameters;

    /// <summary>The `#[derive(...)]` traits, always std's: Clone, Copy, PartialEq, Debug, …</summary>
    public ImmutableHashSet<LangItem> Derives { get; } = derives;

    public ItemSyntax Declaration { get; } = declaration;

    public ImmutableArray<VariantSymbol> Variants { get; private set; } = [];

    /// <summary>Declared by the prelude (crate `std`), like `Option`.</summary>
    public bool IsPrelude { get; init; }

    public bool IsEnum => Kind == AdtKind.Enum;

    /// <summary>The lang item the prelude marks this ADT as (`Option`, `owned_box`), or null.</summary>
    public LangItem? LangItem { get; internal set; }

    /// <summary>`Box`: dereferencing one is built in, a place projection through its pointer.</summary>
    public bool IsBox => LangItem == Symbols.LangItem.OwnedBox;

    /// <summary>
    /// A pointer that unsizes as `&amp;T` does (`Box&lt;T&gt;` to `Box&lt;dyn Trait&gt;`, `Rc&lt;T&gt;` to
    /// `Rc&lt;dyn Trait&gt;`): the prelude implements `CoerceUnsized` for it, as std does. Its one
    /// field is the pointer, and its one type argument the pointee, which may be a trait object.
    /// </summary>
    public bool CoercesUnsized { get; internal set; }

    /// <summary>`String`: `{}` prints the `&amp;str` it holds.</summary>
    public bool IsString => LangItem == Symbols.LangItem.String;

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

    private FunctionSymbol? _constructor;

    /// <summary>
    /// A tuple struct's or tuple variant's constructor as a function item (rustc's `Ctor` def):
    /// `W`, `E::A` and `Some` used as values (`.map(Some)`) have the type `fn(i32) -> W {W}`. It is
    /// generic over the owner's parameters, takes the fields and returns the owner; its body is
    /// built by the MIR builder (`_0 = W(move _1)`), as rustc's constructor shim. Made on first use,
    /// once (the prelude's symbols may be shared between compilations).
    /// </summary>
    public FunctionSymbol Constructor
    {
        get
        {
            if (_constructor is { } made) return made;
            Interlocked.CompareExchange(ref _constructor, NewConstructor(), null);
            return _constructor;
        }
    }

    private FunctionSymbol NewConstructor()
    {
        var self = new AdtType(Owner, new ValueArray<TypeSymbol>(Owner.GenericParameters.Select(g => (TypeSymbol)new TypeParameterType(g))));
        var parameters = Fields.Select(f => new LocalSymbol($"_{f.Index + 1}", f.Type, isMutable: false, default)).ToImmutableArray();
        return new FunctionSymbol(Name, parameters, self, null)
        {
            GenericParameters = Owner.GenericParameters,
            Constructor = this,
            IsPrelude = Owner.IsPrelude,
        };
    }

    public override string ToString() => Owner.IsEnum ? $"{Owner.Name}::{Name}" : Name;
}

/// <summary>A field: named (`x`) or positional (`0`). Its type may mention the owner's generic parameters.</summary>
public sealed class FieldSymbol(string name, int index, TypeSymbol type)
{
    public string Name { get; } = name;

    public int Index { get; } = index;

    public TypeSymbol Type { get; } = type;

    /// <summary>`pub`: a prelude struct's other fields are invisible to programs (`Box`'s pointer).</summary>
    public bool IsPublic { get; init; }

    public override string ToString() => Name;
}

/// <summary>A generic parameter `T` of an item, with its trait bounds (set once the traits are declared).</summary>
public sealed class GenericParameterSymbol(string name, int index)
{
    public string Name { get; } = name;

    /// <summary>Position among the owning item's generic parameters (impl parameters first, then the function's own).</summary>
    public int Index { get; } = index;

    public ImmutableArray<TraitRef> Bounds { get; private set; } = [];

    /// <summary>`T: ?Sized` in the prelude: the parameter may be a trait object (`Rc&lt;dyn Shape&gt;`'s `T`).</summary>
    public bool IsMaybeSized { get; internal set; }

    internal void AddBounds(IEnumerable<TraitRef> bounds) => Bounds = Bounds.AddRange(bounds);

    internal void RemoveBounds(Func<TraitRef, bool> which) => Bounds = Bounds.RemoveAll(b => which(b));

    public override string ToString() => Name;
}

/// <summary>A trait applied to arguments: `PartialOrd`, `Add&lt;i32&gt;` (Self is not among the arguments).</summary>
public sealed record TraitRef(TraitSymbol Trait, ValueArray<TypeSymbol> Arguments)
{
    /// <summary>`Output = T` in a bound (not part of the trait's identity).</summary>
    public ValueArray<AssociatedTypeBinding> Bindings { get; init; } = ValueArray<AssociatedTypeBinding>.Empty;

    public override string ToString() => Arguments.Count == 0 ? Trait.Name : $"{Trait.Name}<{string.Join(", ", Arguments)}>";
}

/// <summary>`Output = i32` inside a bound.</summary>
public sealed record AssociatedTypeBinding(string Name, TypeSymbol Type);

/// <summary>
/// A trait. Its methods are <see cref="FunctionSymbol"/>s whose generic parameters start with
/// the trait's `Self`, then the trait's own parameters, then the method's; a method with a
/// body is a default method.
/// </summary>
public sealed class TraitSymbol(string name, TraitItemSyntax? declaration)
{
    public string Name { get; } = name;

    public TraitItemSyntax? Declaration { get; } = declaration;

    /// <summary>Declared by the prelude (crate `std`), like `Add`.</summary>
    public bool IsPrelude { get; init; }

    /// <summary>`Self` inside the trait, always generic parameter 0.</summary>
    public GenericParameterSymbol SelfParameter { get; } = new("Self", 0);

    /// <summary>`Self`, then the trait's declared parameters (`Rhs` of `Add&lt;Rhs&gt;`).</summary>
    public ImmutableArray<GenericParameterSymbol> GenericParameters { get; internal set; } = [];

    /// <summary>Defaults of the declared parameters (`Rhs = Self`), or null where none is given.</summary>
    public ImmutableArray<TypeSyntax?> ParameterDefaults { get; internal set; } = [];

    public ImmutableArray<FunctionSymbol> Methods { get; internal set; } = [];

    public ImmutableArray<string> AssociatedTypes { get; internal set; } = [];

    /// <summary>
    /// The bounds declared on associated types, with the trait's `Self` and parameters in them:
    /// `type IntoIter: Iterator&lt;Item = Self::Item&gt;` of `IntoIterator`.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<TraitRef>> AssociatedTypeBounds { get; internal set; } =
        ImmutableDictionary<string, ImmutableArray<TraitRef>>.Empty;

    /// <summary>The program's and the prelude's impls of this trait, as they are declared (associated types are normalized through them).</summary>
    public List<ImplSymbol> Impls { get; } = [];

    /// <summary>
    /// Set on the arithmetic operator traits: the compiler's impls for primitive types (`i32: Add`)
    /// have no impl symbol, and their associated types (`Output`) are the self type.
    /// </summary>
    public bool BuiltinAssociatedTypesAreSelf { get; internal set; }

    /// <summary>
    /// Set on `FnOnce`, `FnMut` and `Fn`: a closure implements them by the compiler's impls, and
    /// their `Output` of a closure type is the closure's return type.
    /// </summary>
    public bool IsFnTrait { get; internal set; }

    public ImmutableArray<TraitRef> Supertraits { get; internal set; } = [];

    /// <summary>`const SIDES: u32;` and `const NAME: &amp;str = "x";`, in declaration order.</summary>
    public ImmutableArray<AssociatedConstSymbol> Consts { get; internal set; } = [];

    public AssociatedConstSymbol? FindConst(string name) => Consts.FirstOrDefault(c => c.Name == name);

    public FunctionSymbol? FindMethod(string name) => Methods.FirstOrDefault(m => m.Name == name);

    public override string ToString() => Name;
}

/// <summary>`impl&lt;G&gt; Trait for Type` (Trait null for an inherent impl).</summary>
public sealed class ImplSymbol(ImmutableArray<GenericParameterSymbol> genericParameters, TypeSymbol selfType, TraitRef? trait)
{
    public ImmutableArray<GenericParameterSymbol> GenericParameters { get; } = genericParameters;

    public TypeSymbol SelfType { get; } = selfType;

    public TraitRef? Trait { get; } = trait;

    public Dictionary<string, FunctionSymbol> Methods { get; } = new(StringComparer.Ordinal);

    /// <summary>The impl's consts with their values: those it writes and, for a trait impl, the trait's defaults it takes.</summary>
    public Dictionary<string, ConstSymbol> Consts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TypeSymbol> AssociatedTypes { get; } = new(StringComparer.Ordinal);

    public override string ToString() => Trait is null ? $"impl {SelfType}" : $"impl {Trait} for {SelfType}";
}
