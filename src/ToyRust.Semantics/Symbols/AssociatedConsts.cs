using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Symbols;

/// <summary>
/// A trait's `const SIDES: u32;` (or with a default, `const NAME: &amp;str = "x";`). Each impl of the
/// trait has the const with a value (its own or the default evaluated for it), in
/// <see cref="ImplSymbol.Consts"/>. Its type is concrete: ToyRust has no `const ZERO: Self;` yet.
/// </summary>
public sealed class AssociatedConstSymbol(TraitSymbol trait, string name, TypeSymbol type, ConstItemSyntax declaration)
{
    public TraitSymbol Trait { get; } = trait;

    public string Name { get; } = name;

    public TypeSymbol Type { get; } = type;

    public ConstItemSyntax Declaration { get; } = declaration;

    public override string ToString() => $"{Trait.Name}::{Name}";
}

/// <summary>
/// The value of `T::SIDES` in generic code: which const, of which self type. It is the value of a
/// literal until the instance is known; monomorphization (code generation, `--emit mir` of an
/// instance) asks <see cref="Evaluate"/> with the concrete self type, as rustc evaluates an
/// unevaluated constant per instance.
/// </summary>
public sealed record UnevaluatedConst(AssociatedConstSymbol Const, TypeSymbol Self, TraitRef Trait)
{
    /// <summary>The const's value for a concrete self type (the impl's), or null when no impl applies.</summary>
    public object? Evaluate(TypeSymbol self) => AssociatedConstValues.Of(Const, self)?.Value;

    public override string ToString() => $"<{Self} as {Trait}>::{Const.Name}";
}

/// <summary>Looking up an associated const's value through the impls of its trait.</summary>
public static class AssociatedConstValues
{
    /// <summary>The impl's const for <paramref name="self"/>, or null when the type is not concrete enough or has no impl.</summary>
    public static ConstSymbol? Of(AssociatedConstSymbol constant, TypeSymbol self)
    {
        if (self is TypeParameterType or ProjectionType or InferenceVariable { Kind: InferenceKind.General }) return null;
        foreach (var impl in constant.Trait.Impls)
        {
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (TypeMatcher.Match(impl.SelfType, self, bindings) && impl.Consts.TryGetValue(constant.Name, out var value)) return value;
        }
        return null;
    }
}
