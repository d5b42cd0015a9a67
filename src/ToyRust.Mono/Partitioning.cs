using System.Collections.Immutable;

namespace ToyRust.Mono;

/// <summary>
/// One LLVM module's share of the mono items (rustc's codegen unit): the items it defines, and
/// which of them it holds the program's entry point for.
/// </summary>
public sealed record CodegenUnit(int Index, ImmutableArray<MonoFunction> Items, bool HoldsEntry)
{
    /// <summary>The module's name, as rustc numbers its units.</summary>
    public string Name => $"{SymbolMangler.CrateName}.cgu.{Index}";
}

/// <summary>
/// The mono items split into at most N codegen units (`-C codegen-units=N`), after rustc's
/// `rustc_monomorphize::partitioning`, so that LLVM can optimise and emit the units on several
/// threads.
///
/// 1. *Place.* An item goes to the group of its crate (the program's or the standard library's —
///    the prelude) and its module, as rustc names a unit after the module of the item's definition
///    (a build that is not incremental keeps generic instances with the rest). A one-file program
///    is one module, so its own items share one unit, and the prelude's are apart from them.
/// 2. *Merge.* While there are more than N groups, the smallest (by the size estimate: MIR statements
///    and terminators) is merged into the next smallest, as rustc's `merge_codegen_units` does; ties
///    go by first appearance, so the split is deterministic for a given N.
/// 3. *Split.* While there are fewer than N groups and the largest holds more than
///    <see cref="SplitMinimum"/> statements, it is cut in two halves of about equal size, in the
///    collector's order. rustc does not do this: it keeps a module whole, so a large one-file program
///    optimises on one thread. ToyRust splits so that such a program uses every core (issue 12's
///    10,000-line target); calls between the halves are not inlined, except into local copies.
/// 4. *Local copies* (opt-levels above 0): an item of the prelude, or a leaf (no calls, no
///    formatting through another item, no `fn` pointer or vtable) of at most
///    <see cref="LocalCopyLimit"/> statements, is in no unit of its own. Each unit that uses it gets
///    a private copy, which LLVM can inline and delete there: rustc's `InstantiationMode::LocalCopy`,
///    for the leaf functions it deems cross-crate-inlinable and for the standard library's
///    `#[inline]` methods. ToyRust's prelude has no `#[inline]`, and copying only its small
///    functions cost 1.5× in run time on `iter_zip_dot` and `vec_string` (adapters and `String`
///    growth left out of line), so all of it stands for std's inline methods. This is where
///    splitting costs bytes: a copy in each unit that keeps one.
///
/// An item used from a unit other than its own is exported (external linkage, hidden visibility);
/// the others stay internal. The code generator decides that as it meets the uses.
/// </summary>
public static class Partitioning
{
    /// <summary>rustc's default for a non-incremental build.</summary>
    public const int DefaultUnits = 16;

    /// <summary>A group this large (MIR statements and terminators) is split when there are fewer groups than units.</summary>
    public const int SplitMinimum = 4_000;

    /// <summary>The statement limit of a local copy (rustc's `cross_crate_inline_threshold` is 100).</summary>
    public const int LocalCopyLimit = 100;

    public static ImmutableArray<CodegenUnit> Partition(MonoProgram program, int units, bool localCopies)
    {
        var copied = localCopies ? program.Functions.Where(f => IsLocalCopy(program, f)).ToHashSet(ReferenceEqualityComparer.Instance) : [];
        var position = new Dictionary<MonoFunction, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in program.Functions) position[item] = position.Count;
        var groups = Place(program.Functions.Where(f => !copied.Contains(f)));
        Merge(groups, Math.Max(1, units));
        Split(groups, Math.Max(1, units));
        // Items keep the collector's order within a unit.
        foreach (var group in groups) group.Items.Sort((a, b) => position[a].CompareTo(position[b]));
        return [.. groups.OrderBy(g => g.First).Select((g, i) => new CodegenUnit(i, [.. g.Items], g.Items.Contains(program.Entry)))];
    }

    /// <summary>Whether <paramref name="item"/> is copied into each unit that uses it rather than placed in one.</summary>
    public static bool IsLocalCopy(MonoProgram program, MonoFunction item) =>
        !ReferenceEquals(item, program.Entry) && !ReferenceEquals(item, program.Report)
        && (item.FromPrelude || Size(item) <= LocalCopyLimit && item.Callees.Count == 0 && item.Formatters.Count == 0 && item.Reified.Count == 0 && item.Vtables.Count == 0);

    /// <summary>The group an item is placed in: its crate and module (rustc's unit name).</summary>
    private static (bool, object?) HomeOf(MonoFunction item)
    {
        var definition = item.Definition;
        while (definition.Parent is { } parent && definition.Module is null) definition = parent;
        return (item.FromPrelude, definition.Module);
    }

    private static int Size(MonoFunction item) => item.Body.Blocks.Sum(b => b.Statements.Length + 1);

    private sealed class Group(int first)
    {
        public int First { get; } = first;

        public List<MonoFunction> Items { get; } = [];

        public int Size { get; set; }
    }

    private static List<Group> Place(IEnumerable<MonoFunction> items)
    {
        var byHome = new Dictionary<(bool, object?), Group>();
        var groups = new List<Group>();
        var index = 0;
        foreach (var item in items)
        {
            if (!byHome.TryGetValue(HomeOf(item), out var group))
            {
                group = new Group(index);
                byHome[HomeOf(item)] = group;
                groups.Add(group);
            }
            group.Items.Add(item);
            group.Size += Size(item);
            index++;
        }
        return groups;
    }

    /// <summary>Cuts the largest group in two, in item order, while there is room for more groups and it is large.</summary>
    private static void Split(List<Group> groups, int units)
    {
        while (groups.Count < units)
        {
            var largest = groups.OrderByDescending(g => g.Size).ThenBy(g => g.First).First();
            if (largest.Size < SplitMinimum || largest.Items.Count < 2) return;
            var (first, second) = (new Group(largest.First), new Group(largest.First + 1));
            foreach (var item in largest.Items)
            {
                var half = first.Size < largest.Size / 2 || first.Items.Count == 0 ? first : second;
                half.Items.Add(item);
                half.Size += Size(item);
            }
            if (second.Items.Count == 0) return;
            groups.Remove(largest);
            groups.Add(first);
            groups.Add(second);
        }
    }

    /// <summary>Merges the smallest group into the next smallest until at most <paramref name="units"/> are left.</summary>
    private static void Merge(List<Group> groups, int units)
    {
        var bySize = new SortedSet<Group>(Comparer<Group>.Create((a, b) => a.Size != b.Size ? a.Size.CompareTo(b.Size) : a.First.CompareTo(b.First)));
        foreach (var group in groups) bySize.Add(group);
        while (bySize.Count > units)
        {
            var smallest = bySize.Min!;
            bySize.Remove(smallest);
            var next = bySize.Min!;
            bySize.Remove(next);
            next.Items.AddRange(smallest.Items);
            next.Size += smallest.Size;
            bySize.Add(next);
            groups.Remove(smallest);
        }
    }
}
