using System.Collections.Immutable;
using System.Text;
using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Types;

/// <summary>
/// One `impl Trait` written in a function's return type (`fn make(r: f64) -> impl Shape`): an
/// *opaque type*. Callers know only its <see cref="Bounds"/>; the body of
/// <see cref="Function"/> decides its <see cref="Hidden"/> type (`Circle`), which monomorphization
/// puts in its place (<see cref="OpaqueTypes.Reveal"/>). Identity by reference: two `impl Shape`
/// of two functions are two types, as in rustc.
/// </summary>
public sealed class OpaqueSymbol(string text, TextSpan span)
{
    /// <summary>`impl Shape + Clone`, as written: how rustc prints the opaque type in messages.</summary>
    public string Text { get; } = text;

    /// <summary>The `impl Trait` in the return type, where rustc reports a hidden type that misses a bound.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The function whose return type it is; its generic parameters are the opaque type's.</summary>
    public FunctionSymbol Function { get; internal set; } = null!;

    /// <summary>The traits written, with `Self` the opaque type at the function's own parameters.</summary>
    public ImmutableArray<TraitRef> Bounds { get; internal set; } = [];

    /// <summary>The body's concrete type, in terms of the function's generic parameters; null until the body is checked.</summary>
    public TypeSymbol? Hidden { get; internal set; }

    public override string ToString() => Text;
}

/// <summary>
/// `impl Shape` returned by a function, at the function's type arguments (`wrap::&lt;T&gt;`'s opaque
/// type at `T = Circle`): edition 2021 captures every type parameter of the function. Printed as
/// rustc prints it in diagnostics, `impl Shape`.
/// </summary>
public sealed record OpaqueType(OpaqueSymbol Opaque, ValueArray<TypeSymbol> Arguments) : TypeSymbol
{
    public override bool ContainsError => Arguments.Any(a => a.ContainsError);

    public override bool IsConcrete => Arguments.All(a => a.IsConcrete);

    internal override void AppendTo(StringBuilder text) => text.Append(Opaque.Text);

    /// <summary>The hidden type at these arguments (null while the body is unchecked or had an error).</summary>
    public TypeSymbol? HiddenType =>
        Opaque.Hidden is { } hidden ? GenericSubstitution.Apply(hidden, Opaque.Function.GenericParameters, Arguments) : null;
}

/// <summary>Revealing opaque types: what monomorphization does to every type of an instance.</summary>
public static class OpaqueTypes
{
    /// <summary>
    /// Replaces every opaque type by its hidden type, recursively (`wrap(make(1.0))` returns
    /// `wrap`'s opaque type at `T = make's opaque type`, which is `Circle`). The checker has
    /// rejected cycles (E0720), so this ends.
    /// </summary>
    public static TypeSymbol Reveal(TypeSymbol type, TypeMemo? memo = null) => TypeFold.Map(type, Replace, memo);

    private static TypeSymbol? Replace(TypeSymbol part) =>
        part is OpaqueType o ? Reveal(o.HiddenType ?? throw new InvalidOperationException($"the opaque type `{o}` of `{o.Opaque.Function}` has no hidden type")) : null;

    /// <summary>The opaque types <paramref name="type"/> mentions, outermost first.</summary>
    public static List<OpaqueType> In(TypeSymbol type)
    {
        var found = new List<OpaqueType>();
        TypeFold.Map(type, part =>
        {
            if (part is OpaqueType o) found.Add(o);
            return null;
        });
        return found;
    }
}
