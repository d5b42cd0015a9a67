namespace ToyRust.Fuzz.Generation;

/// <summary>The heap variables of a scope (<see cref="HeapVar"/>), kept apart from the `Copy` ones so that no `Copy` rule reads or moves them.</summary>
public sealed partial class Scope
{
    private readonly List<List<HeapVar>> _heap = [[]];
    private int _nextGroup;

    /// <summary>How many blocks deep this point is: an assignment at the depth of a variable's declaration is unconditional.</summary>
    public int BlockDepth => _blocks.Count;

    /// <summary>The heap variables declared in the blocks around this point, innermost last, moved ones too.</summary>
    public IEnumerable<HeapVar> Heap => _heap.SelectMany(b => b);

    /// <summary>A new heap variable; <paramref name="aliasOf"/> shares its allocation (an `Rc::clone`).</summary>
    public HeapVar DeclareHeap(string name, GType type, bool mutable, HeapVar? aliasOf = null)
    {
        var v = new HeapVar(name, type, mutable, LoopDepth, BlockDepth, aliasOf?.Group ?? _nextGroup++);
        _heap[^1].Add(v);
        return v;
    }

    /// <summary>Every variable sharing <paramref name="v"/>'s allocation, itself included.</summary>
    public IEnumerable<HeapVar> Aliases(HeapVar v) => Heap.Where(o => o.Group == v.Group);

    /// <summary>Generates <paramref name="inside"/> with <paramref name="v"/> and its aliases at <paramref name="access"/>, then restores them.</summary>
    public T With<T>(HeapVar v, Access access, Func<T> inside)
    {
        var saved = Aliases(v).Select(a => (a, a.Access)).ToList();
        // Never less restricted than it was: Full < ReadOnly < Frozen.
        foreach (var (a, old) in saved) a.Access = (Access)Math.Max((int)old, (int)access);
        var result = inside();
        foreach (var (a, old) in saved) a.Access = old;
        return result;
    }

    public void With(HeapVar v, Access access, Action inside) => With(v, access, () =>
    {
        inside();
        return 0;
    });
}
