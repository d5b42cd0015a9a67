namespace ToyRust.Fuzz.Generation;

/// <summary>How a variable may be used right now; borrows narrow it so the program passes rustc's borrow checker.</summary>
public enum Access
{
    /// <summary>Read and, if declared `mut`, written.</summary>
    Full,

    /// <summary>Shared-borrowed (`let r = &amp;x;`) or a loop counter: read only.</summary>
    ReadOnly,

    /// <summary>Mutably borrowed (`let r = &amp;mut x;`): not touched until the borrow ends.</summary>
    Frozen,
}

/// <summary>A local or parameter. A reference variable has a <see cref="RefType"/>; it stands for its target through `*name`.</summary>
public sealed class Var(string name, GType type, bool mutable)
{
    public string Name { get; } = name;

    public GType Type { get; } = type;

    public bool Mutable { get; } = mutable;

    public Access Access { get; set; } = Access.Full;

    public bool Readable => Access != Access.Frozen;

    public bool Writable => Mutable && Access == Access.Full;
}

/// <summary>`&amp;T` or `&amp;mut T`: only the type of a variable, never of a field, so every value stays `Copy`.</summary>
public sealed record RefType(GType Target, bool Mutable) : GType
{
    public override string Rust => Mutable ? $"&mut {Target.Rust}" : $"&{Target.Rust}";
}

/// <summary>
/// The variables visible at a point of a function body, innermost block last. Names are never
/// reused within one function, so shadowing is generated on purpose (<see cref="Shadow"/>) and
/// never by accident.
/// </summary>
public sealed partial class Scope
{
    private readonly List<List<Var>> _blocks = [[]];
    private int _next;

    /// <summary>Labels of the loops around this point, innermost last, with whether a `break` may carry a value.</summary>
    public List<string> Loops { get; } = [];

    /// <summary>Loops around this point that a labelled block hides from <see cref="Loops"/> (no `break` may leave them from inside it).</summary>
    private int _hiddenLoops;

    /// <summary>How many loops run around this point, hidden ones too: a tracer is only moved at the depth it was declared at.</summary>
    public int LoopDepth => Loops.Count + _hiddenLoops;

    /// <summary>
    /// Generates <paramref name="inside"/> with the loops around hidden from <see cref="Loops"/> (inside a
    /// labelled block, where an unlabelled `break` is E0695). They still run around it: a tracer
    /// declared outside them is not moved inside (it would be moved once per iteration: bug 29).
    /// </summary>
    public void HidingLoops(Action inside)
    {
        var loops = Loops.ToList();
        Loops.Clear();
        _hiddenLoops += loops.Count;
        inside();
        _hiddenLoops -= loops.Count;
        Loops.AddRange(loops);
    }

    public IEnumerable<Var> Visible => _blocks.SelectMany(b => b).Reverse().Where(v => !IsShadowed(v));

    public string Fresh(string prefix) => $"{prefix}{_next++}";

    public Var Declare(string name, GType type, bool mutable)
    {
        var v = new Var(name, type, mutable);
        _blocks[^1].Add(v);
        return v;
    }

    /// <summary>A new variable under the name of an existing one (`let x = x + 1;` or of another type).</summary>
    public Var Shadow(Var old, GType type, bool mutable) => Declare(old.Name, type, mutable);

    private readonly List<List<Tracer>> _tracers = [[]];

    /// <summary>The drop tracers declared in the blocks around this point that have not been moved away.</summary>
    public IEnumerable<Tracer> LiveTracers => _tracers.SelectMany(b => b).Where(t => !t.Moved);

    public Tracer DeclareTracer(string name)
    {
        var tracer = new Tracer(name, LoopDepth);
        _tracers[^1].Add(tracer);
        return tracer;
    }

    public void Push()
    {
        _blocks.Add([]);
        _tracers.Add([]);
        _heap.Add([]);
    }

    public void Pop()
    {
        _blocks.RemoveAt(_blocks.Count - 1);
        _tracers.RemoveAt(_tracers.Count - 1);
        _heap.RemoveAt(_heap.Count - 1);
    }

    private bool IsShadowed(Var v) => _blocks.SelectMany(b => b).Last(o => o.Name == v.Name) != v;
}

/// <summary>
/// A value of the program's `Tr` type, which prints when it is made and when it is dropped: a
/// variable that may be read (`t3.0`) and moved away once (`sink(t3)`). After a move it is never
/// used again, even when the move was conditional; a variable is only moved at the loop depth it
/// was declared at, so no loop moves it twice.
/// </summary>
public sealed class Tracer(string name, int loopDepth)
{
    public string Name { get; } = name;

    public int LoopDepth { get; } = loopDepth;

    public bool Moved { get; set; }
}
