namespace ToyRust.Fuzz.Generation;

// The heap types of level L4 (docs/reliability.md, "The heap"). None of them is `Copy`: values of
// these types live only in heap variables (<see cref="HeapVar"/>), which the rules of
// ProgramGenerator.Heap*.cs track for moves and borrows; the `Copy` rules never see them.

/// <summary>`Box&lt;T&gt;`; `Box&lt;dyn Score&gt;` when <see cref="Inner"/> is <see cref="DynScoreType"/>.</summary>
public sealed record BoxType(GType Inner) : GType
{
    public override string Rust => $"Box<{Inner.Rust}>";
}

/// <summary>`dyn Score`, only ever behind a `Box`.</summary>
public sealed record DynScoreType : GType
{
    public static readonly DynScoreType Instance = new();

    public override string Rust => "dyn Score";
}

public sealed record VecType(GType Element) : GType
{
    public override string Rust => $"Vec<{Element.Rust}>";
}

public sealed record StringType : GType
{
    public static readonly StringType Instance = new();

    public override string Rust => "String";
}

public sealed record RcType(GType Inner) : GType
{
    public override string Rust => $"Rc<{Inner.Rust}>";
}

public sealed record RefCellType(GType Inner) : GType
{
    public override string Rust => $"RefCell<{Inner.Rust}>";
}

/// <summary>`Cell&lt;T&gt;` of a `Copy` scalar.</summary>
public sealed record CellType(GType Inner) : GType
{
    public override string Rust => $"Cell<{Inner.Rust}>";
}

/// <summary>The program's `Nz`: a named value that prints when it is made and when it is dropped (`impl Drop`), and implements `Score`.</summary>
public sealed record NoisyType : GType
{
    public static readonly NoisyType Instance = new();

    public override string Rust => "Nz";
}

/// <summary>The program's recursive `enum List { Cons(i64, Box&lt;List&gt;), Nil }`.</summary>
public sealed record ListType : GType
{
    public static readonly ListType Instance = new();

    public override string Rust => "List";
}

/// <summary>
/// A local holding a heap value. It may be read while it is neither moved nor frozen, changed
/// through `&amp;mut` while it is <see cref="Access.Full"/> and `mut`, and moved away only at the
/// loop depth it was declared at (no loop moves it twice). After a move it is not used again,
/// unless an assignment in its own block (so unconditionally) gives it a value again. Values that
/// share one allocation (`Rc::clone`) share a <see cref="Group"/>: a `borrow_mut` of one freezes all.
/// </summary>
public sealed class HeapVar(string name, GType type, bool mutable, int loopDepth, int block, int group)
{
    public string Name { get; } = name;

    public GType Type { get; } = type;

    public bool Mutable { get; } = mutable;

    public int LoopDepth { get; } = loopDepth;

    /// <summary>How many blocks deep it was declared (<see cref="Scope.BlockDepth"/>).</summary>
    public int Block { get; } = block;

    public int Group { get; } = group;

    public Access Access { get; set; } = Access.Full;

    public bool Moved { get; set; }

    /// <summary>Shadowed by a later `let` of the same name: still alive (it drops at the end of its block), no longer named.</summary>
    public bool Hidden { get; set; }

    public bool Readable => !Moved && !Hidden && Access != Access.Frozen;

    /// <summary>May be borrowed `&amp;mut` (methods that change it, assignments to its parts).</summary>
    public bool Writable => Readable && Access == Access.Full && Mutable;
}
