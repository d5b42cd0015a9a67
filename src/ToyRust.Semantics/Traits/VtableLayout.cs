using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Traits;

/// <summary>One slot of a vtable (rustc's `VtblEntry`).</summary>
public abstract record VtableEntry;

/// <summary>Slot 0: the concrete type's `drop_in_place` glue, or null when the type needs no drop.</summary>
public sealed record DropInPlaceEntry : VtableEntry
{
    public static readonly DropInPlaceEntry Instance = new();
}

/// <summary>Slot 1: the concrete type's size in bytes.</summary>
public sealed record SizeEntry : VtableEntry
{
    public static readonly SizeEntry Instance = new();
}

/// <summary>Slot 2: the concrete type's alignment in bytes.</summary>
public sealed record AlignEntry : VtableEntry
{
    public static readonly AlignEntry Instance = new();
}

/// <summary>A method of <see cref="Trait"/> (the principal or one of its supertraits), called through the vtable.</summary>
public sealed record MethodEntry(FunctionSymbol Method, TraitRef Trait) : VtableEntry;

/// <summary>
/// A pointer to the vtable of the same concrete type for the supertrait <see cref="Trait"/>, whose
/// own vtable is not a prefix of this one: upcasting `&amp;dyn Sub` to `&amp;dyn Trait` loads it.
/// </summary>
public sealed record TraitVPtrEntry(TraitRef Trait) : VtableEntry;

/// <summary>
/// The layout of a vtable, as rustc lays it out (`rustc_trait_selection::traits::vtable`), so
/// that a virtual call's slot and an upcast's vtable pointer are found where rustc puts them:
/// <code>
/// [drop_in_place, size, align,  A's methods, B's methods, B-vptr, C's methods]   for trait C: A + B
/// </code>
/// The three metadata slots come first. Then the supertrait graph is walked depth first: the
/// whole vtable of the first direct supertrait is a prefix (so upcasting to it keeps the vtable
/// pointer), every other supertrait brings its methods followed by a pointer to its own vtable
/// (emitted once some trait before it had methods), and the trait's own methods come last. A
/// trait's own methods are its dispatchable ones in declaration order: methods with a `self`
/// receiver and no `where Self: Sized`.
///
/// Everything here depends on the traits only, not on the concrete type: the MIR builder asks
/// for a method's slot, code generation for an upcast's, and the collector fills the entries
/// for one type.
/// </summary>
public static class VtableLayout
{
    /// <summary>The entries of the vtable of <paramref name="principal"/> (and its supertraits).</summary>
    public static ImmutableArray<VtableEntry> Entries(TraitRef principal)
    {
        var entries = ImmutableArray.CreateBuilder<VtableEntry>();
        entries.AddRange(DropInPlaceEntry.Instance, SizeEntry.Instance, AlignEntry.Instance);
        foreach (var (trait, emitVptr) in Segments(principal))
        {
            entries.AddRange(OwnMethods(trait.Trait).Select(m => new MethodEntry(m, trait)));
            if (emitVptr) entries.Add(new TraitVPtrEntry(trait));
        }
        return entries.ToImmutable();
    }

    /// <summary>The slot of <paramref name="method"/> (of the principal or a supertrait) in the principal's vtable.</summary>
    public static int MethodSlot(TraitRef principal, FunctionSymbol method) =>
        Entries(principal).Select((e, i) => (e, i)).First(p => p.e is MethodEntry m && ReferenceEquals(m.Method, method)).i;

    /// <summary>
    /// Where upcasting from <paramref name="source"/> to its supertrait <paramref name="target"/>
    /// finds the target's vtable: null when it is a prefix of the source's (the pointer is kept),
    /// or the slot of the <see cref="TraitVPtrEntry"/> to load.
    /// </summary>
    public static int? SupertraitSlot(TraitRef source, TraitRef target)
    {
        var entries = Entries(source);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is TraitVPtrEntry v && v.Trait == target) return i;
        }
        return null;
    }

    /// <summary>The dispatchable methods a trait itself declares, in declaration order (rustc's `own_existential_vtable_entries`).</summary>
    public static IEnumerable<FunctionSymbol> OwnMethods(TraitSymbol trait) =>
        trait.Methods.Where(m => m.IsMethod && !m.RequiresSizedSelf);

    /// <summary>
    /// The direct supertraits of a trait reference, with its arguments put in; `Self` becomes
    /// <paramref name="self"/>, or stays the trait's own `Self` (a dyn-compatible trait's
    /// supertraits do not mention it).
    /// </summary>
    public static IEnumerable<TraitRef> DirectSupertraits(TraitRef trait, TypeSymbol? self = null)
    {
        var arguments = new ValueArray<TypeSymbol>([self ?? new TypeParameterType(trait.Trait.SelfParameter), .. trait.Arguments]);
        return trait.Trait.Supertraits.Select(s => TraitSolver.Substitute(s, trait.Trait.GenericParameters, arguments));
    }

    /// <summary>The trait and all its supertraits, each once, the trait first (`Self` as in <see cref="DirectSupertraits"/>).</summary>
    public static IEnumerable<TraitRef> Elaborate(TraitRef principal, TypeSymbol? self = null)
    {
        var seen = new HashSet<TraitRef>();
        var work = new Stack<TraitRef>([principal]);
        while (work.Count > 0)
        {
            var trait = work.Pop();
            if (!seen.Add(trait)) continue;
            yield return trait;
            foreach (var super in DirectSupertraits(trait, self).Reverse()) work.Push(super);
        }
    }

    /// <summary>
    /// rustc's `prepare_vtable_segments`: each trait of the graph once, every trait after all of its
    /// supertraits, with whether a pointer to its vtable follows its methods.
    /// </summary>
    private static List<(TraitRef Trait, bool EmitVptr)> Segments(TraitRef principal)
    {
        var segments = new List<(TraitRef, bool)>();
        var visited = new HashSet<TraitRef> { principal };
        var emitVptrOnNew = false;
        var stack = new Stack<(TraitRef Trait, bool EmitVptr, IEnumerator<TraitRef> Siblings)>();
        stack.Push((principal, false, Enumerable.Empty<TraitRef>().GetEnumerator()));
        while (true)
        {
            DiveIn(stack, visited, ref emitVptrOnNew);
            if (!EmitUpToSibling(stack, visited, segments, ref emitVptrOnNew)) return segments;
        }
    }

    /// <summary>Pushes unvisited first supertraits until a trait with none is on top.</summary>
    private static void DiveIn(Stack<(TraitRef, bool, IEnumerator<TraitRef>)> stack, HashSet<TraitRef> visited, ref bool emitVptrOnNew)
    {
        while (true)
        {
            var (top, _, _) = stack.Peek();
            var supers = DirectSupertraits(top).GetEnumerator();
            if (!NextUnvisited(supers, visited, out var next)) return;
            stack.Push((next, emitVptrOnNew, supers));
        }
    }

    /// <summary>Pops and emits traits until one has an unvisited sibling, which it pushes; false when the stack ran empty.</summary>
    private static bool EmitUpToSibling(
        Stack<(TraitRef, bool, IEnumerator<TraitRef>)> stack, HashSet<TraitRef> visited, List<(TraitRef, bool)> segments, ref bool emitVptrOnNew)
    {
        while (stack.Count > 0)
        {
            var (trait, emitVptr, siblings) = stack.Pop();
            var hasEntries = Elaborate(trait).Any(t => OwnMethods(t.Trait).Any());
            segments.Add((trait, emitVptr && hasEntries));
            emitVptrOnNew |= hasEntries;
            if (NextUnvisited(siblings, visited, out var sibling))
            {
                stack.Push((sibling, emitVptrOnNew, siblings));
                return true;
            }
        }
        return false;
    }

    private static bool NextUnvisited(IEnumerator<TraitRef> candidates, HashSet<TraitRef> visited, out TraitRef next)
    {
        while (candidates.MoveNext())
        {
            if (!visited.Add(candidates.Current)) continue;
            next = candidates.Current;
            return true;
        }
        next = null!;
        return false;
    }
}
