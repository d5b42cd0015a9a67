using System.Text;

namespace ToyRust.Semantics.Types;

/// <summary>
/// `*const T` and `*mut T`: an address with no borrow behind it (level L4, for the library types
/// written over the memory intrinsics). A raw pointer is `Copy`, never needs drop, and is a thin
/// pointer (LLVM `ptr`) to a sized pointee, a fat one to `[T]` or `str` (<see cref="TypeFacts"/>). Dereferencing one (`*p`) is a place, as
/// `*r` of a reference is, but only inside `unsafe` (E0133); method calls and field accesses
/// never auto-dereference through it (rustc's `p.x` on a raw pointer is E0609).
/// </summary>
public sealed record RawPointerType(TypeSymbol Pointee, bool IsMutable) : TypeSymbol
{
    public override bool ContainsError => Pointee.ContainsError;

    public override bool IsConcrete => Pointee.IsConcrete;

    internal override void AppendTo(StringBuilder text)
    {
        text.Append(IsMutable ? "*mut " : "*const ");
        Pointee.AppendTo(text);
    }
}

/// <summary>What `*e` reads through: the referent of a reference, the pointee of a raw pointer or of a `Box`.</summary>
public static class Dereferencing
{
    /// <summary>The type a deref projection of <paramref name="type"/> yields.</summary>
    public static TypeSymbol DerefTarget(this TypeSymbol type) => type switch
    {
        ReferenceType r => r.Referent,
        RawPointerType p => p.Pointee,
        AdtType { Adt.IsBox: true } b => b.Arguments[0],
        _ => throw new InvalidOperationException($"cannot dereference {type}"),
    };

    /// <summary>
    /// What a pointer that unsizes points to: a reference's referent, a raw pointer's pointee, the
    /// argument of a `CoerceUnsized` struct (`Box&lt;T&gt;`, `Rc&lt;T&gt;`); null for any other type.
    /// </summary>
    public static TypeSymbol? UnsizePointee(this TypeSymbol type) => type switch
    {
        ReferenceType r => r.Referent,
        RawPointerType p => p.Pointee,
        AdtType { Adt.CoercesUnsized: true } a => a.Arguments[0],
        _ => null,
    };

    /// <summary>What a pointer (reference, raw pointer, box) points to; null for any other type.</summary>
    public static TypeSymbol? Pointee(this TypeSymbol type) => type switch
    {
        ReferenceType r => r.Referent,
        RawPointerType p => p.Pointee,
        AdtType { Adt.IsBox: true } b => b.Arguments[0],
        _ => null,
    };
}
