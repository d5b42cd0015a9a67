using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Answers "is a value of this type moved or copied when it is read?" with the program's trait
/// solver: `Copy` types (and a type parameter bounded by `Copy`) are copied, all others moved.
/// References count as copied: a shared one is `Copy`, and a `&amp;mut` passed on is reborrowed,
/// not moved, in the places the subset allows it.
/// </summary>
public sealed class CopyTypes(TraitSolver solver, LangItems langItems)
{
    public static CopyTypes Of(BoundProgram program) => new(new TraitSolver(program.Impls, program.LangItems), program.LangItems);

    public bool IsCopy(TypeSymbol type) =>
        type is ReferenceType or RawPointerType || solver.Implements(type, new TraitRef(langItems.Trait(LangItem.Copy), ValueArray<TypeSymbol>.Empty));
}
