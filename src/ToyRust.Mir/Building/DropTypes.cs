using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Answers "does a value of this type need dropping?" (rustc's `needs_drop`): a type needs drop
/// when it has a `Drop` impl of its own, or when a part of it does — a field of any variant, a
/// tuple element, the element of a non-empty array.
/// <code>
/// struct D; impl Drop for D { … }     D, (D, i32), [D; 2], Option&lt;D&gt;, Pair { a: D }  need drop
/// i32, &amp;D, (i32, bool), [D; 0]         do not
/// T (a type parameter)                may: it needs drop unless it is bounded by `Copy`
/// </code>
/// The MIR builder asks with generic types and schedules a drop wherever a value *may* need one;
/// the collector asks again with the instance's concrete types, and a drop of a type that needs
/// none is no code at all (as in rustc, `drop_in_place::&lt;i32&gt;` is never an item).
/// </summary>
public sealed class DropTypes(TraitSolver solver, LangItems langItems, CopyTypes copy)
{
    private readonly Dictionary<TypeSymbol, bool> _memo = [];
    private readonly HashSet<TypeSymbol> _visiting = [];

    public static DropTypes Of(BoundProgram program) => Of(program, CopyTypes.Of(program));

    /// <summary>With the program's <see cref="CopyTypes"/> already made (the builder's).</summary>
    public static DropTypes Of(BoundProgram program, CopyTypes copy) =>
        new(new TraitSolver(program.Impls, program.LangItems), program.LangItems, copy);

    /// <summary>`Drop::drop`, which drop elaboration calls to free an open box.</summary>
    public Semantics.Symbols.FunctionSymbol DropMethod => langItems.DropFn;

    /// <summary>The `Drop` impl's `drop` must run for a value of the type itself (not only for its parts).</summary>
    public bool HasDropImpl(TypeSymbol type) =>
        type is AdtType && solver.FindImpl(type, new TraitRef(langItems.Trait(LangItem.Drop), ValueArray<TypeSymbol>.Empty)) is not null;

    public bool NeedsDrop(TypeSymbol type)
    {
        // References and primitives first, without hashing: a 20,000-deep `&&&…T` costs its depth to hash.
        if (type is ReferenceType or PrimitiveType or NeverType or FunctionType or FnDefType or ErrorType) return false;
        if (_memo.TryGetValue(type, out var known)) return known;
        // A type that contains itself (only through a pointer, once the heap exists) does not need
        // drop because of that cycle; its other parts decide.
        if (!_visiting.Add(type)) return false;
        var needs = Compute(type);
        _visiting.Remove(type);
        _memo[type] = needs;
        return needs;
    }

    private bool Compute(TypeSymbol type) => type switch
    {
        TupleType t => t.Elements.Any(NeedsDrop),
        // A closure owns its by-value captures (a by-reference one is a reference): its glue drops them, in capture order.
        ClosureType c => c.FieldTypes.Any(NeedsDrop),
        ArrayType a => a.Length > 0 && NeedsDrop(a.Element),
        SliceType slice => NeedsDrop(slice.Element),
        TypeParameterType or ProjectionType or OpaqueType => !copy.IsCopy(type),
        // Some type behind the vtable, which may need drop: the vtable's slot 0 says.
        DynType => true,
        // `ManuallyDrop<T>` keeps its value from ever being dropped: it has no glue (rustc's `manually_drop` lang item).
        AdtType { Adt.LangItem: LangItem.ManuallyDrop } => false,
        AdtType adt => HasDropImpl(adt) || adt.Adt.Variants.Any(v => v.Fields.Any(f => NeedsDrop(adt.FieldType(f)))),
        _ => false,
    };
}
