using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Syntax.Ast;

namespace ToyRust.Mir.Building;

/// <summary>
/// The prelude's operator methods (`PartialEq::eq`, `Add::add`, `AddAssign::add_assign`,
/// `Neg::neg`) that the builder calls for an operator on a non-primitive operand, taken from the
/// program's lang items (<see cref="LangItems"/>), so a user trait named `Add` is never taken for it.
/// </summary>
public sealed class OperatorMethods
{
    private readonly LangItems? _items;

    private OperatorMethods(LangItems? items) => _items = items;

    public static OperatorMethods Empty { get; } = new(null);

    public bool IsEmpty => _items is null;

    public static OperatorMethods Of(BoundProgram program) => new(program.LangItems);

    public static OperatorMethods Of(LangItems items) => new(items);

    private LangItems Items => _items ?? throw new InvalidOperationException("no lang items; build with OperatorMethods.Of(program)");

    /// <summary>`PartialEq::eq` for `==`, `PartialOrd::lt` for `&lt;`, …</summary>
    public FunctionSymbol Comparison(BinaryOperator op) =>
        Items.ComparisonMethod(op) ?? throw new InvalidOperationException($"{op} is not a comparison");

    /// <summary>`Add::add` for `+` (or `AddAssign::add_assign` for `+=`), …</summary>
    public FunctionSymbol Arithmetic(BinaryOperator op, bool isAssignment) =>
        OperatorTraits.TraitOf(op, isAssignment) is { } trait
            ? Items.OperatorMethod(trait)
            : throw new InvalidOperationException($"{op} has no operator trait");

    public FunctionSymbol Negation() => Items.OperatorMethod(LangItem.Neg);
}
