using System.Collections.Immutable;
using System.Text;

namespace ToyRust.Semantics.Types;

/// <summary>
/// A type as the checker understands it. Types are values: two types are equal when they have
/// the same structure, so `(i32, bool)` built twice is one key in a dictionary.
/// Printing follows rustc (`i32`, `&amp;mut [u8]`, `(i32, bool)`, `Option&lt;i64&gt;`), because
/// these strings appear in diagnostics and symbol names.
/// </summary>
public abstract record TypeSymbol
{
    public static readonly TypeSymbol Unit = new TupleType(ValueArray<TypeSymbol>.Empty);
    public static readonly PrimitiveType Bool = new(PrimitiveKind.Bool);
    public static readonly PrimitiveType Char = new(PrimitiveKind.Char);
    public static readonly PrimitiveType I8 = new(PrimitiveKind.I8);
    public static readonly PrimitiveType I16 = new(PrimitiveKind.I16);
    public static readonly PrimitiveType I32 = new(PrimitiveKind.I32);
    public static readonly PrimitiveType I64 = new(PrimitiveKind.I64);
    public static readonly PrimitiveType I128 = new(PrimitiveKind.I128);
    public static readonly PrimitiveType Isize = new(PrimitiveKind.Isize);
    public static readonly PrimitiveType U8 = new(PrimitiveKind.U8);
    public static readonly PrimitiveType U16 = new(PrimitiveKind.U16);
    public static readonly PrimitiveType U32 = new(PrimitiveKind.U32);
    public static readonly PrimitiveType U64 = new(PrimitiveKind.U64);
    public static readonly PrimitiveType U128 = new(PrimitiveKind.U128);
    public static readonly PrimitiveType Usize = new(PrimitiveKind.Usize);
    public static readonly PrimitiveType F32 = new(PrimitiveKind.F32);
    public static readonly PrimitiveType F64 = new(PrimitiveKind.F64);
    public static readonly PrimitiveType Str = new(PrimitiveKind.Str);
    public static readonly NeverType Never = new();
    public static readonly ErrorType Error = new();

    /// <summary>`&amp;'static str`, the type of string literals.</summary>
    public static readonly TypeSymbol StrRef = new ReferenceType(Str, false);

    public bool IsUnit => this is TupleType { Elements.Count: 0 };

    public bool IsInteger => this is PrimitiveType p && p.Kind.IsInteger();

    public bool IsSignedInteger => this is PrimitiveType p && p.Kind.IsSignedInteger();

    public bool IsFloat => this is PrimitiveType { Kind: PrimitiveKind.F32 or PrimitiveKind.F64 };

    public bool IsNumeric => IsInteger || IsFloat;

    /// <summary>True when the type or any part of it is the error type (suppresses follow-up errors).</summary>
    public virtual bool ContainsError => false;

    /// <summary>True when no inference variable or type parameter remains inside.</summary>
    public virtual bool IsConcrete => true;

    /// <summary>
    /// The rustc spelling. Every type appends itself and its parts to one buffer, so printing is
    /// linear in the size of the type; formatting each part into a string of its own copied the
    /// text below a level once per level, and an E0308 about `&amp;&amp;&amp;…{integer}` 80,000 deep copied
    /// about 3·10⁹ characters (bug 16 in docs/reliability.md).
    /// </summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        AppendTo(text);
        return text.ToString();
    }

    internal abstract void AppendTo(StringBuilder text);

    /// <summary>`A, B, C`: the types of a tuple, a parameter list or generic arguments.</summary>
    private protected static void AppendList(StringBuilder text, ValueArray<TypeSymbol> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (i > 0) text.Append(", ");
            types[i].AppendTo(text);
        }
    }
}

public enum PrimitiveKind
{
    Bool, Char,
    I8, I16, I32, I64, I128, Isize,
    U8, U16, U32, U64, U128, Usize,
    F32, F64,
    Str,
}

public static class PrimitiveKindFacts
{
    public static bool IsInteger(this PrimitiveKind k) => k is >= PrimitiveKind.I8 and <= PrimitiveKind.Usize;

    public static bool IsSignedInteger(this PrimitiveKind k) => k is >= PrimitiveKind.I8 and <= PrimitiveKind.Isize;

    /// <summary>Bit width on the 64-bit targets ToyRust supports.</summary>
    public static int BitWidth(this PrimitiveKind k) => k switch
    {
        PrimitiveKind.Bool => 1,
        PrimitiveKind.I8 or PrimitiveKind.U8 => 8,
        PrimitiveKind.I16 or PrimitiveKind.U16 => 16,
        PrimitiveKind.I32 or PrimitiveKind.U32 or PrimitiveKind.Char or PrimitiveKind.F32 => 32,
        PrimitiveKind.I64 or PrimitiveKind.U64 or PrimitiveKind.Isize or PrimitiveKind.Usize or PrimitiveKind.F64 => 64,
        PrimitiveKind.I128 or PrimitiveKind.U128 => 128,
        _ => 0,
    };

    public static string Name(this PrimitiveKind k) => k switch
    {
        PrimitiveKind.Isize => "isize",
        PrimitiveKind.Usize => "usize",
        _ => k.ToString().ToLowerInvariant(),
    };

    public static PrimitiveKind? FromName(string name) => name switch
    {
        "bool" => PrimitiveKind.Bool,
        "char" => PrimitiveKind.Char,
        "i8" => PrimitiveKind.I8,
        "i16" => PrimitiveKind.I16,
        "i32" => PrimitiveKind.I32,
        "i64" => PrimitiveKind.I64,
        "i128" => PrimitiveKind.I128,
        "isize" => PrimitiveKind.Isize,
        "u8" => PrimitiveKind.U8,
        "u16" => PrimitiveKind.U16,
        "u32" => PrimitiveKind.U32,
        "u64" => PrimitiveKind.U64,
        "u128" => PrimitiveKind.U128,
        "usize" => PrimitiveKind.Usize,
        "f32" => PrimitiveKind.F32,
        "f64" => PrimitiveKind.F64,
        "str" => PrimitiveKind.Str,
        _ => null,
    };
}

public sealed record PrimitiveType(PrimitiveKind Kind) : TypeSymbol
{
    internal override void AppendTo(StringBuilder text) => text.Append(Kind.Name());
}

/// <summary>`()` and `(A, B, ...)`.</summary>
public sealed record TupleType(ValueArray<TypeSymbol> Elements) : TypeSymbol
{
    public override bool ContainsError => Elements.Any(e => e.ContainsError);

    public override bool IsConcrete => Elements.All(e => e.IsConcrete);

    internal override void AppendTo(StringBuilder text)
    {
        text.Append('(');
        AppendList(text, Elements);
        text.Append(Elements.Count == 1 ? ",)" : ")");
    }
}

/// <summary>`[T; N]`.</summary>
public sealed record ArrayType(TypeSymbol Element, long Length) : TypeSymbol
{
    public override bool ContainsError => Element.ContainsError;

    public override bool IsConcrete => Element.IsConcrete;

    internal override void AppendTo(StringBuilder text)
    {
        text.Append('[');
        Element.AppendTo(text);
        text.Append("; ").Append(Length).Append(']');
    }
}

/// <summary>`&amp;T` and `&amp;mut T`.</summary>
/// <remarks>Whether the referent is concrete or contains an error is computed once, when the referent is
/// set (also by `with`): the checker asks at every `*` of a chain the fuzzer nests 20,000 deep, and
/// walking the chain each time made that quadratic.</remarks>
public sealed record ReferenceType : TypeSymbol
{
    private readonly bool _isConcrete;
    private readonly bool _containsError;

    public ReferenceType(TypeSymbol referent, bool isMutable)
    {
        Referent = referent;
        IsMutable = isMutable;
    }

    public TypeSymbol Referent
    {
        get;
        init
        {
            field = value;
            _isConcrete = value.IsConcrete;
            _containsError = value.ContainsError;
        }
    }

    public bool IsMutable { get; init; }

    public void Deconstruct(out TypeSymbol referent, out bool isMutable) => (referent, isMutable) = (Referent, IsMutable);

    public override bool ContainsError => _containsError;

    public override bool IsConcrete => _isConcrete;

    /// <summary>A chain of references is walked in a loop: the fuzzer nests them 80,000 deep.</summary>
    internal override void AppendTo(StringBuilder text)
    {
        TypeSymbol type = this;
        for (; type is ReferenceType r; type = r.Referent) text.Append(r.IsMutable ? "&mut " : "&");
        type.AppendTo(text);
    }
}

/// <summary>`!`: the type of expressions that never finish (return, break, panic!).</summary>
public sealed record NeverType : TypeSymbol
{
    internal override void AppendTo(StringBuilder text) => text.Append('!');
}

/// <summary>The type of an expression that already had an error; it unifies with anything, silently.</summary>
public sealed record ErrorType : TypeSymbol
{
    public override bool ContainsError => true;

    internal override void AppendTo(StringBuilder text) => text.Append("{type error}");
}

public enum InferenceKind
{
    /// <summary>Any type.</summary>
    General,
    /// <summary>An integer literal's type: some integer type, `i32` if nothing decides.</summary>
    Integer,
    /// <summary>A float literal's type: `f64` if nothing decides.</summary>
    Float,
}

/// <summary>A type not known yet, solved by unification within one function body.</summary>
public sealed record InferenceVariable(int Id, InferenceKind Kind) : TypeSymbol
{
    public override bool IsConcrete => false;

    /// <summary>rustc prints unsolved integer variables as `{integer}`.</summary>
    internal override void AppendTo(StringBuilder text) => text.Append(Kind switch
    {
        InferenceKind.Integer => "{integer}",
        InferenceKind.Float => "{float}",
        _ => "_",
    });
}

/// <summary>
/// `fn(i32) -> i32`: a function pointer (rustc's `ty::FnPtr`), one address. A function item
/// (<see cref="FnDefType"/>) or a closure that captures nothing coerces to one; calling it is an
/// indirect call. It implements `Fn`, `FnMut` and `FnOnce` of its arguments.
/// </summary>
public sealed record FunctionType(ValueArray<TypeSymbol> Parameters, TypeSymbol Return) : TypeSymbol
{
    public override bool ContainsError => Parameters.Any(p => p.ContainsError) || Return.ContainsError;

    public override bool IsConcrete => Parameters.All(p => p.IsConcrete) && Return.IsConcrete;

    internal override void AppendTo(StringBuilder text)
    {
        text.Append("fn(");
        AppendList(text, Parameters);
        text.Append(')');
        if (Return.IsUnit) return;
        text.Append(" -> ");
        Return.AppendTo(text);
    }

    public static FunctionType Of(ImmutableArray<TypeSymbol> parameters, TypeSymbol ret) => new(new ValueArray<TypeSymbol>(parameters), ret);
}

/// <summary>A struct or enum applied to type arguments: `Point`, `Option&lt;i32&gt;`.</summary>
public sealed record AdtType(Symbols.AdtSymbol Adt, ValueArray<TypeSymbol> Arguments) : TypeSymbol
{
    public override bool ContainsError => Arguments.Any(a => a.ContainsError);

    public override bool IsConcrete => Arguments.All(a => a.IsConcrete);

    internal override void AppendTo(StringBuilder text)
    {
        text.Append(Adt.Name);
        if (Arguments.Count == 0) return;
        text.Append('<');
        AppendList(text, Arguments);
        text.Append('>');
    }

    /// <summary>The type of a field of this instance, with the ADT's generic parameters replaced by the arguments.</summary>
    public TypeSymbol FieldType(Symbols.FieldSymbol field) => GenericSubstitution.Apply(field.Type, Adt.GenericParameters, Arguments);
}

/// <summary>A generic parameter used as a type inside its item (`T` in `fn max&lt;T&gt;`).</summary>
public sealed record TypeParameterType(Symbols.GenericParameterSymbol Parameter) : TypeSymbol
{
    public override bool IsConcrete => false;

    internal override void AppendTo(StringBuilder text) => text.Append(Parameter.Name);
}

/// <summary>
/// `dyn Shape`: a trait object, some type that implements <see cref="Principal"/>, known only at
/// run time. It is unsized: a value lives behind a pointer (`&amp;dyn Shape`, `&amp;mut dyn Shape`,
/// later `Box&lt;dyn Shape&gt;`), which is fat: the data pointer and a pointer to the vtable of the
/// concrete type for the principal trait (docs/mir.md, "Trait objects").
/// </summary>
public sealed record DynType(Symbols.TraitRef Principal) : TypeSymbol
{
    public override bool ContainsError => Principal.Arguments.Any(a => a.ContainsError) || Principal.Bindings.Any(b => b.Type.ContainsError);

    public override bool IsConcrete => Principal.Arguments.All(a => a.IsConcrete) && Principal.Bindings.All(b => b.Type.IsConcrete);

    internal override void AppendTo(StringBuilder text)
    {
        text.Append("dyn ").Append(Principal.Trait.Name);
        if (Principal.Trait.IsFnTrait && Principal.Arguments[0] is TupleType parameters)
        {
            AppendFnSugar(text, parameters);
            return;
        }
        if (Principal.Arguments.Count == 0) return;
        text.Append('<');
        AppendList(text, Principal.Arguments);
        text.Append('>');
    }

    /// <summary>`dyn Fn(i32) -> i32`, `dyn FnMut(i32)`: the parenthesized form, the output left out when it is `()`, as rustc prints it.</summary>
    private void AppendFnSugar(StringBuilder text, TupleType parameters)
    {
        text.Append('(');
        AppendList(text, parameters.Elements);
        text.Append(')');
        var output = Principal.Bindings.FirstOrDefault(b => b.Name == Binding.ProgramChecker.FnOutputName)?.Type;
        if (output is { IsUnit: false }) text.Append(" -> ").Append(output);
    }
}

/// <summary>
/// `&lt;T as Container&gt;::Item`: an associated type of a trait for a self type that is not known
/// well enough to pick the impl (a type parameter, or an inference variable not solved yet). It
/// is made, and remade after every substitution, by <see cref="Traits.Projections.Normalize"/>,
/// which replaces it by the impl's type (or a bound's `Item = X`) as soon as one applies; what
/// remains is a rigid type, equal only to itself. Monomorphization never leaves one behind.
/// </summary>
public sealed record ProjectionType(TypeSymbol Self, Symbols.TraitRef Trait, string Name) : TypeSymbol
{
    public override bool ContainsError => Self.ContainsError || Trait.Arguments.Any(a => a.ContainsError);

    public override bool IsConcrete => false;

    internal override void AppendTo(StringBuilder text)
    {
        text.Append('<');
        Self.AppendTo(text);
        text.Append(" as ").Append(Trait.Trait.Name);
        if (Trait.Arguments.Count > 0)
        {
            text.Append('<');
            AppendList(text, Trait.Arguments);
            text.Append('>');
        }
        text.Append(">::").Append(Name);
    }
}

/// <summary>
/// `[T]`: a slice, some number of T's one after another, the number known only at run time. It is
/// unsized, as `str` and `dyn Trait` are: a value lives behind a pointer (`&amp;[T]`, `&amp;mut [T]`,
/// `*const [T]`), which is fat: the data pointer and the length (<see cref="TypeFacts"/>).
/// </summary>
public sealed record SliceType(TypeSymbol Element) : TypeSymbol
{
    public override bool ContainsError => Element.ContainsError;

    public override bool IsConcrete => Element.IsConcrete;

    internal override void AppendTo(StringBuilder text)
    {
        text.Append('[');
        Element.AppendTo(text);
        text.Append(']');
    }
}

/// <summary>What every phase needs to know about unsized types and the fat pointers to them.</summary>
public enum PointerMetadata
{
    /// <summary>A sized pointee: the pointer is one address.</summary>
    None,
    /// <summary>`str` and `[T]`: the pointer carries the length (in bytes for `str`, elements for `[T]`).</summary>
    Length,
    /// <summary>`dyn Trait`: the pointer carries the vtable's address.</summary>
    Vtable,
}

public static class TypeFacts
{
    /// <summary>`str`, `[T]` and `dyn Trait`: types whose size is known only at run time (not `Sized`).</summary>
    public static bool IsUnsized(TypeSymbol type) => Metadata(type) != PointerMetadata.None;

    /// <summary>What a pointer (`&amp;`, `&amp;mut`, `*const`, `*mut`, later `Box`) to <paramref name="pointee"/> carries besides the address.</summary>
    public static PointerMetadata Metadata(TypeSymbol pointee) => pointee switch
    {
        PrimitiveType { Kind: PrimitiveKind.Str } or SliceType => PointerMetadata.Length,
        DynType => PointerMetadata.Vtable,
        _ => PointerMetadata.None,
    };

    /// <summary>The type an index projection of an array or a slice yields.</summary>
    public static TypeSymbol ElementOf(TypeSymbol indexed) => indexed switch
    {
        ArrayType a => a.Element,
        SliceType s => s.Element,
        _ => throw new InvalidOperationException($"cannot index {indexed}"),
    };

    /// <summary>True for `&amp;[T]`, `*mut str`, `&amp;dyn Tr`: a pointer that is two words.</summary>
    public static bool IsFatPointer(TypeSymbol type) => type switch
    {
        ReferenceType r => IsUnsized(r.Referent),
        RawPointerType p => IsUnsized(p.Pointee),
        _ => false,
    };
}
