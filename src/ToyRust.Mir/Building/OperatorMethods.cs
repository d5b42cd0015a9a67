using System.Collections.Immutable;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Syntax.Ast;

namespace ToyRust.Mir.Building;

/// <summary>
/// The prelude's operator traits and their methods (`PartialEq::eq`, `Add::add`,
/// `AddAssign::add_assign`, `Neg::neg`), which the builder calls for an operator on a
/// non-primitive operand. The names come from <see cref="OperatorTraits"/>, the one table the
/// checker reads too; a trait counts only when the prelude declares it, so a user trait named
/// `Add` is never taken for it. When lang items land (issue 8, item 4), this table is filled from
/// them instead.
///
/// A <see cref="BoundProgram"/> has no list of traits, so they are found where a program shows
/// them: impls (`impl Add for V`), trait methods with bodies (the prelude's `PartialEq::ne`,
/// `PartialOrd::lt`, so those two are always there), bounds of generic parameters
/// (`T: Neg&lt;Output = T&gt;`) and supertraits. An operator on a non-primitive type needs an impl or a
/// bound, so its trait is always among them.
/// </summary>
public sealed class OperatorMethods
{
    private readonly ImmutableDictionary<string, TraitSymbol> _traits;

    private OperatorMethods(ImmutableDictionary<string, TraitSymbol> traits) => _traits = traits;

    public static OperatorMethods Empty { get; } = new(ImmutableDictionary<string, TraitSymbol>.Empty);

    public bool IsEmpty => _traits.IsEmpty;

    public static OperatorMethods Of(BoundProgram program)
    {
        var found = new Dictionary<string, TraitSymbol>(StringComparer.Ordinal);
        var seen = new HashSet<TraitSymbol>(ReferenceEqualityComparer.Instance);
        void Add(TraitSymbol? trait)
        {
            if (trait is null || !seen.Add(trait)) return;
            if (trait.IsPrelude) found.TryAdd(trait.Name, trait);
            foreach (var super in trait.Supertraits) Add(super.Trait);
        }
        foreach (var impl in program.Impls) Add(impl.Trait?.Trait);
        foreach (var function in program.Functions.Select(f => f.Symbol))
        {
            Add(function.Trait);
            foreach (var bound in function.GenericParameters.SelectMany(p => p.Bounds)) Add(bound.Trait);
        }
        return new OperatorMethods(found.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>`PartialEq::eq` for `==`, `PartialOrd::lt` for `&lt;`, …</summary>
    public FunctionSymbol Comparison(BinaryOperator op) =>
        OperatorTraits.Comparison(op) is var (trait, method)
            ? Method(trait, method)
            : throw new InvalidOperationException($"{op} is not a comparison");

    /// <summary>`Add::add` for `+` (or `AddAssign::add_assign` for `+=`), …</summary>
    public FunctionSymbol Arithmetic(BinaryOperator op, bool isAssignment) =>
        OperatorTraits.Arithmetic(op, isAssignment) is var (trait, method)
            ? Method(trait, method)
            : throw new InvalidOperationException($"{op} has no operator trait");

    public FunctionSymbol Negation() => Method("Neg", "neg");

    private FunctionSymbol Method(string traitName, string method)
    {
        if (!_traits.TryGetValue(traitName, out var trait))
            throw new InvalidOperationException($"the prelude trait `{traitName}` was not found; build with OperatorMethods.Of(program)");
        return trait.FindMethod(method)
            ?? throw new InvalidOperationException($"the prelude trait `{traitName}` has no method `{method}`");
    }
}
