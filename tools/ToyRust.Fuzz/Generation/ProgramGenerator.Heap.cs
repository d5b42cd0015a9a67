using System.Globalization;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// The heap of level L4: `Box&lt;T&gt;` (also `Box&lt;dyn Score&gt;` and the recursive `List`),
/// `Vec&lt;T&gt;` of integers, `Copy` values, `String`s, boxes, trait objects and droppable `Nz`s,
/// `String`/`&amp;str`, `Rc&lt;T&gt;` with `RefCell` and `Cell`, and `Drop` with observable order (`Nz`
/// prints when it is made and dropped).
///
/// Heap values are not `Copy`, so they live only in heap variables (<see cref="HeapVar"/>), which
/// the `Copy` rules never see. How the programs stay valid:
/// - **Moves.** A heap variable is moved (into a function, a vector, a box, another variable, or
///   out of its box) only at the loop depth it was declared at, and is never used after the move;
///   an assignment in its own block gives it a value again. A move inside an `if` makes the drop at
///   the end of the block depend on a drop flag.
/// - **Borrows.** Borrows of heap variables end within their statement: reads are values
///   (`(h3.len() as i32)`, `(*h4 as u8)`), so they may appear in any integer or `bool` expression.
///   Method calls on the variable itself read it in their arguments (two-phase borrows:
///   `h3.push(h3.len() as i64)`); calls through an index or a deref, which have no two-phase
///   borrow in rustc, freeze it while their arguments are made. While a loop walks a vector, or a
///   reference into it lives, the vector is read-only.
/// - **RefCell.** `borrow()` appears only in print statements and `borrow_mut()` only as a
///   statement of its own, with every `Rc` sharing the cell frozen while its arguments are made,
///   so no borrow conflicts except the deliberate ones (<see cref="RefCellConflict"/>).
/// - **Termination.** Loops over a vector (`while i &lt; v.len()`, `while let Some(x) = v.pop()`)
///   cannot make it longer; lists are built to a bounded length.
/// - **Panics, on purpose.** Now and then an index or a range is not masked into the vector, and
///   a `RefCell` is borrowed twice, so that the panics (message, exit code, drops while unwinding)
///   are compared too.
/// </summary>
public sealed partial class ProgramGenerator
{
    /// <summary>Whether a heap rule ran: the program then gets the `use` lines and <see cref="HeapItems"/>.</summary>
    private bool _usesHeap;

    private int _nextNoisy;

    /// <summary>Heap variables are `hv3`, `hv7`: `h3` would shadow the helper function of that name.</summary>
    private const string HeapPrefix = "hv";

    private static readonly string[] StringLiterals =
        ["", "a", "abc", "hello", "x y", "é", "ß€", "🦀", "tab\\t", "q\\\"", "nl\\n", "back\\\\", "\\u{7f}", "Zz9", "--"];

    private static readonly string[] StringSpecs = ["", "", "", ":?", ":>8", ":<6", ":^7", ":*^9", ":-<5", ":.2", ":8.3", ":>8?"];

    /// <summary>
    /// The items heap rules use, declared after `main` in a program that uses the heap: `Nz`
    /// (drop order: it prints when made, eaten and dropped; it is a `Score`, so it may be a trait
    /// object), helpers with an early return, the recursive `List` with functions that build,
    /// walk, grow and pop it (moving the tail out of its box), and functions taking vectors by
    /// value, as slices (generic too, where `&amp;Vec&lt;T&gt;` coerces to `&amp;[T]`) and as
    /// `&amp;Vec&lt;Box&lt;dyn Score&gt;&gt;`, `&amp;str` (where `&amp;String` coerces), and a function
    /// returning a `Box&lt;dyn Score&gt;` of one of two types.
    /// </summary>
    private const string HeapItems = """

        #[derive(Debug)]
        struct Nz {
            name: String,
            v: i64,
        }

        impl Drop for Nz {
            fn drop(&mut self) {
                println!("drop {} {}", self.name, self.v);
            }
        }

        impl Score for Nz {
            fn score(&self) -> i64 {
                self.v % 1000
            }

            fn make(k: i32) -> Self {
                nz("made", k as i64)
            }
        }

        fn nz(name: &str, v: i64) -> Nz {
            println!("make {} {}", name, v);
            Nz { name: String::from(name), v }
        }

        fn eat(n: Nz) -> i64 {
            println!("eat {}", n.name);
            n.v
        }

        fn early(n: Nz, flag: bool) -> i64 {
            let m = nz("early", n.v % 100);
            if flag {
                return m.v;
            }
            let k = nz("late", 1);
            n.v % 100 + m.v + k.v
        }

        #[derive(Debug, Clone, PartialEq)]
        enum List {
            Cons(i64, Box<List>),
            Nil,
        }

        fn list_build(n: u32, x: i64) -> List {
            if n == 0 {
                List::Nil
            } else {
                List::Cons(x, Box::new(list_build(n - 1, x % 1000 * 3 + 1)))
            }
        }

        fn list_sum(l: &List) -> i64 {
            match l {
                List::Cons(v, rest) => *v % 1000 + list_sum(rest),
                List::Nil => 0,
            }
        }

        fn list_len(l: &List) -> u32 {
            match l {
                List::Cons(_, rest) => 1 + list_len(rest),
                List::Nil => 0,
            }
        }

        fn list_push(l: List, x: i64) -> List {
            List::Cons(x, Box::new(l))
        }

        fn list_pop(l: List) -> (Option<i64>, List) {
            match l {
                List::Cons(v, rest) => (Some(v), *rest),
                List::Nil => (None, List::Nil),
            }
        }

        fn vtake<T: std::fmt::Debug>(v: Vec<T>) -> usize {
            println!("take {:?}", v);
            v.len()
        }

        fn slen<T>(s: &[T]) -> usize {
            s.len()
        }

        fn vsum(v: &[i64]) -> i64 {
            let mut t = 0;
            let mut i = 0;
            while i < v.len() {
                t ^= v[i];
                i += 1;
            }
            t
        }

        fn shout(s: &str) -> String {
            let mut t = String::from(s);
            t.push('!');
            t
        }

        fn boxed_total(v: &Vec<Box<dyn Score>>) -> i64 {
            let mut t = 0;
            let mut i = 0;
            while i < v.len() {
                t ^= v[i].score();
                i += 1;
            }
            t
        }

        fn pick_box(flag: bool, k: i32) -> Box<dyn Score> {
            if flag { Box::new(k) } else { Box::new(nz("picked", k as i64)) }
        }

        """;

    // ---- types ----

    /// <summary>The type of a new heap variable.</summary>
    private GType HeapType() => Weighted<Func<GType>>(
        (12, () => new VecType(VecElement(1))),
        (6, () => StringType.Instance),
        (4, () => new BoxType(BoxInner())),
        (2, () => ListType.Instance),
        (3, () => NoisyType.Instance),
        (3, () => new RcType(RcInner())),
        (1, () => new RefCellType(Pick<GType>([IntType.I64, StringType.Instance, new VecType(IntType.I32)]))),
        (1, () => new CellType(IntTypeChoice())))();

    private GType VecElement(int depth) => Weighted<Func<GType>>(
        (4, () => IntTypeChoice()),
        (2, () => IntType.I64),
        (3, () => ValueType(1)),
        (2, () => StringType.Instance),
        (1, () => new BoxType(IntTypeChoice())),
        (2, () => NoisyType.Instance),
        (2, () => new BoxType(DynScoreType.Instance)),
        (depth > 0 ? 1 : 0, () => new VecType(IntTypeChoice())))();

    private GType BoxInner() => Weighted<Func<GType>>(
        (3, () => IntTypeChoice()),
        (2, () => ValueType(1)),
        (2, () => StringType.Instance),
        (2, () => NoisyType.Instance),
        (3, () => DynScoreType.Instance),
        (1, () => new VecType(IntTypeChoice())))();

    private GType RcInner() => Weighted<Func<GType>>(
        (3, () => ScalarType()),
        (1, () => StringType.Instance),
        (2, () => NoisyType.Instance),
        (3, () => new RefCellType(new VecType(IntTypeChoice()))),
        (2, () => new RefCellType(IntType.I64)),
        (1, () => new RefCellType(StringType.Instance)),
        (2, () => new CellType(IntTypeChoice())),
        (1, () => new VecType(IntType.I64)))();

    private static bool IsHeap(GType t) =>
        t is BoxType or VecType or StringType or RcType or RefCellType or CellType or NoisyType or ListType or DynScoreType;

    private static bool HeapDebug(GType t) => t switch
    {
        VecType v => HeapDebug(v.Element),
        BoxType b => HeapDebug(b.Inner),
        RcType r => HeapDebug(r.Inner),
        RefCellType or CellType or DynScoreType => false,
        _ => true,
    };

    private static bool HeapClone(GType t) => t switch
    {
        VecType v => HeapClone(v.Element),
        BoxType b => HeapClone(b.Inner),
        NoisyType or RefCellType or CellType or DynScoreType => false,
        _ => true,
    };

    private static bool HeapEq(GType t) => t switch
    {
        VecType v => HeapEq(v.Element),
        BoxType b => HeapEq(b.Inner),
        RcType r => HeapEq(r.Inner),
        NoisyType or RefCellType or CellType or DynScoreType => false,
        _ => true,
    };

    /// <summary>Types whose `{}` is std's `Display`: the scalars, `String`, and boxes and `Rc`s of them.</summary>
    private static bool HeapDisplay(GType t) => t switch
    {
        IntType or BoolType or CharType or F64Type or StringType => true,
        BoxType b => HeapDisplay(b.Inner),
        RcType r => HeapDisplay(r.Inner),
        _ => false,
    };

    // ---- owned values ----

    /// <summary>An owned value of <paramref name="t"/>, heap or `Copy`; it may move heap variables.</summary>
    private string Owned(GType t, Scope s, int depth, bool pinned)
    {
        _usesHeap = true;
        return t switch
        {
            VecType v => VecExpr(v, s, depth, pinned),
            StringType => StringExpr(s, depth),
            BoxType b => BoxExpr(b, s, depth, pinned),
            NoisyType => NoisyExpr(s),
            ListType => ListExpr(s, depth),
            RcType r => $"Rc::new({Owned(r.Inner, s, depth - 1, pinned)})",
            RefCellType c => $"RefCell::new({Owned(c.Inner, s, depth - 1, pinned)})",
            CellType c => $"Cell::new({Expr(c.Inner, s, Math.Max(0, depth - 1), pinned)})",
            _ => Expr(t, s, Math.Max(0, depth), pinned),
        };
    }

    /// <summary>A heap variable of type <paramref name="t"/> that may be moved here, now moved; null if there is none (or by chance).</summary>
    private string? Take(GType t, Scope s)
    {
        var movable = Movable(s).Where(v => v.Type.Same(t)).ToList();
        if (movable.Count == 0) return null;
        var v = Pick(movable);
        v.Moved = true;
        return v.Name;
    }

    private static List<HeapVar> Movable(Scope s) =>
        [.. s.Heap.Where(v => !v.Moved && !v.Hidden && v.Access == Access.Full && v.LoopDepth == s.LoopDepth)];

    private static List<HeapVar> Readable(Scope s) => [.. s.Heap.Where(v => v.Readable)];

    private HeapVar? ReadableOf(Scope s, Func<GType, bool> type, HeapVar? except = null)
    {
        var found = s.Heap.Where(v => v.Readable && type(v.Type) && v != except).ToList();
        return found.Count == 0 ? null : Pick(found);
    }

    private string VecExpr(VecType v, Scope s, int depth, bool pinned)
    {
        var e = v.Element;
        var turbofish = pinned ? "" : $"::<{e.Rust}>";
        var options = new List<(int, Func<string>)>
        {
            (3, () => $"Vec{turbofish}::new()"),
            (2, () => $"Vec{turbofish}::with_capacity({SmallCount(s, 9)})"),
            (5, () => VecLiteral(v, s, depth, pinned)),
        };
        if (HeapClone(e)) options.Add((2, () => $"vec![{Owned(e, s, depth - 1, pinned)}; {SmallCount(s, 5)}]"));
        if (HeapClone(v) && ReadableOf(s, v.Same) is { } source) options.Add((2, () => $"{source.Name}.clone()"));
        if (Movable(s).Any(m => m.Type.Same(v))) options.Add((2, () => Take(v, s)!));
        return Weighted([.. options])();
    }

    private string VecLiteral(VecType v, Scope s, int depth, bool pinned)
    {
        var count = Between(pinned ? 0 : 1, 4);
        return "vec![" + string.Join(", ", Enumerable.Range(0, count).Select(i => Owned(v.Element, s, depth - 1, pinned || i > 0))) + "]";
    }

    /// <summary>A small `usize`: a literal, or an expression masked below <paramref name="bound"/>.</summary>
    private string SmallCount(Scope s, int bound) => Chance(50)
        ? Between(0, bound - 1).ToString(CultureInfo.InvariantCulture)
        : $"({Pin(Expr(IntType.U8, s, 1), IntType.U8)} as usize % {bound})";

    private string StringLiteral() => $"\"{Pick(StringLiterals)}\"";

    private string StringExpr(Scope s, int depth)
    {
        var options = new List<(int, Func<string>)>
        {
            (3, () => $"String::from({StringLiteral()})"),
            (2, () => $"{StringLiteral()}.to_string()"),
            (1, () => "String::new()"),
            (1, () => $"String::with_capacity({SmallCount(s, 12)})"),
            (2, () => $"format!({FormatArguments(s)})"),
            (1, () => $"shout({StrExpr(s, null)})"),
        };
        if (depth > 0) options.Add((2, () => $"({StringExpr(s, depth - 1)} + {StrExpr(s, null)})"));
        if (ReadableOf(s, t => t is StringType) is { } source) options.Add((2, () => $"{source.Name}.clone()"));
        if (Movable(s).Any(m => m.Type is StringType)) options.Add((2, () => Chance(50) ? Take(StringType.Instance, s)! : $"({Take(StringType.Instance, s)} + {StrExpr(s, null)})"));
        return Weighted([.. options])();
    }

    /// <summary>A `&amp;str`: a literal, a `String` as `&amp;str` (`s.as_str()`, or `&amp;s` where it coerces), a boxed one.</summary>
    private string StrExpr(Scope s, HeapVar? except)
    {
        var options = new List<(int, Func<string>)> { (4, StringLiteral) };
        if (ReadableOf(s, t => t is StringType, except) is { } str)
        {
            options.Add((2, () => $"{str.Name}.as_str()"));
            options.Add((2, () => $"&{str.Name}"));
        }
        if (ReadableOf(s, t => t is BoxType { Inner: StringType }, except) is { } boxed) options.Add((1, () => $"{boxed.Name}.as_str()"));
        return Weighted([.. options])();
    }

    /// <summary>The arguments of a `format!`: a format string with one to three placeholders and their values.</summary>
    private string FormatArguments(Scope s)
    {
        var format = new List<string>();
        var arguments = new List<string>();
        for (var i = 0; i < Between(1, 3); i++)
        {
            var t = Weighted<GType>((5, IntTypeChoice()), (1, BoolType.Instance), (1, CharType.Instance), (2, ValueType(1)));
            var spec = t switch
            {
                IntType => Pick(IntSpecs),
                BoolType or CharType => Pick(OtherSpecs),
                _ => ":?",
            };
            format.Add($"{{{spec}}}");
            arguments.Add(Expr(t, s, 1));
        }
        return $"\"{string.Join(Pick(["", "-", " ", "/"]), format)}\", {string.Join(", ", arguments)}";
    }

    private string BoxExpr(BoxType b, Scope s, int depth, bool pinned)
    {
        if (b.Inner is DynScoreType) return DynBoxExpr(s, depth);
        var options = new List<(int, Func<string>)> { (5, () => $"Box::new({Owned(b.Inner, s, depth - 1, pinned)})") };
        if (HeapClone(b) && ReadableOf(s, b.Same) is { } source) options.Add((1, () => $"{source.Name}.clone()"));
        if (Movable(s).Any(m => m.Type.Same(b))) options.Add((1, () => Take(b, s)!));
        return Weighted([.. options])();
    }

    /// <summary>A `Box&lt;dyn Score&gt;` where the context expects one: a box of any `Score` type (an `Nz` too) unsized, or one returned unsized.</summary>
    private string DynBoxExpr(Scope s, int depth)
    {
        var options = new List<(int, Func<string>)>
        {
            (4, () => $"Box::new({Expr(ScoredType(), s, Math.Max(0, depth - 1))})"),
            (2, () => $"Box::new({NoisyExpr(s)})"),
            (1, () => $"pick_box({BoolExpr(s, 1)}, {Expr(IntType.I32, s, 1, true)})"),
        };
        if (Movable(s).Any(m => m.Type is NoisyType)) options.Add((1, () => $"Box::new({Take(NoisyType.Instance, s)})"));
        if (Movable(s).Any(m => m.Type.Same(new BoxType(DynScoreType.Instance)))) options.Add((1, () => Take(new BoxType(DynScoreType.Instance), s)!));
        return Weighted([.. options])();
    }

    private string NoisyName() => $"\"n{_nextNoisy++}\"";

    private string NoisyExpr(Scope s)
    {
        var options = new List<(int, Func<string>)>
        {
            (6, () => $"nz({NoisyName()}, {Expr(IntType.I64, s, 1, true)})"),
            (1, () => $"<Nz as Score>::make({Expr(IntType.I32, s, 1, true)})"),
        };
        if (Movable(s).Any(m => m.Type is NoisyType)) options.Add((2, () => Take(NoisyType.Instance, s)!));
        return Weighted([.. options])();
    }

    private string ListExpr(Scope s, int depth)
    {
        var options = new List<(int, Func<string>)>
        {
            (3, () => $"list_build({Pin(Expr(IntType.U32, s, 1), IntType.U32)} % 6, {Expr(IntType.I64, s, 1, true)})"),
            (1, () => "List::Nil"),
        };
        if (depth > 0) options.Add((2, () => $"List::Cons({Expr(IntType.I64, s, 1, true)}, Box::new({ListExpr(s, depth - 1)}))"));
        if (Movable(s).Any(m => m.Type is ListType)) options.Add((2, () => $"list_push({Take(ListType.Instance, s)}, {Expr(IntType.I64, s, 1, true)})"));
        if (ReadableOf(s, t => t is ListType) is { } source) options.Add((1, () => $"{source.Name}.clone()"));
        return Weighted([.. options])();
    }

    // ---- reads: values of `Copy` types from heap variables, for any expression ----

    /// <summary>
    /// Values read from the readable heap variables, each a value rather than a place (a method
    /// result or a copy), so that no borrow outlives it: `h3.len()`, `*h4`, `h5.v`, `list_sum(&amp;h6)`.
    /// No `RefCell` is borrowed here (<see cref="HeapPrint"/> does that).
    /// </summary>
    private List<(string Expr, GType Type)> HeapReads(Scope s)
    {
        var reads = new List<(string, GType)>();
        foreach (var v in Readable(s)) Reads(v.Name, v.Type, reads, true);
        return reads;
    }

    private static void Reads(string name, GType type, List<(string, GType)> reads, bool top)
    {
        switch (type)
        {
            case VecType v:
                reads.Add(($"{name}.len()", IntType.Usize));
                reads.Add(($"{name}.is_empty()", BoolType.Instance));
                if (top) reads.Add(($"{name}.capacity()", IntType.Usize));
                break;
            case StringType:
                reads.Add(($"{name}.len()", IntType.Usize));
                reads.Add(($"{name}.is_empty()", BoolType.Instance));
                break;
            case BoxType { Inner: IntType or BoolType or CharType } b:
                reads.Add((Value($"*{name}", b.Inner), b.Inner));
                break;
            case BoxType { Inner: DynScoreType }:
                reads.Add(($"{name}.score()", IntType.I64));
                break;
            case BoxType { Inner: StructType st }:
                foreach (var (field, t) in st.Fields.Where(f => f.Type is IntType or BoolType))
                    reads.Add((Value($"{name}.{FieldName(st.Def, field)}", t), t));
                break;
            case BoxType b when top:
                Reads($"(*{name})", b.Inner, reads, false);
                break;
            case NoisyType:
                reads.Add(($"{name}.v", IntType.I64));
                reads.Add(($"{name}.score()", IntType.I64));
                break;
            case ListType:
                reads.Add(($"list_sum(&{name})", IntType.I64));
                reads.Add(($"list_len(&{name})", IntType.U32));
                break;
            case RcType r:
                reads.Add(($"Rc::strong_count(&{name})", IntType.Usize));
                if (r.Inner is IntType or BoolType or CharType) reads.Add((Value($"*{name}", r.Inner), r.Inner));
                else if (r.Inner is CellType c) reads.Add(($"{name}.get()", c.Inner));
                else if (r.Inner is not RefCellType && top) Reads(name, r.Inner, reads, false);
                break;
            case CellType c:
                reads.Add(($"{name}.get()", c.Inner));
                break;
        }
    }

    /// <summary>
    /// A place read as a value, so that no borrow of the variable outlives it (`match *b { … }`
    /// would hold one through the arms): integers and chars are cast by their reader, a `bool` is
    /// compared with `true`.
    /// </summary>
    private static string Value(string place, GType t) => t is BoolType ? $"({place} == true)" : place;

    /// <summary>An integer read from a heap variable, cast to <paramref name="t"/> (which makes it a value); null if there is none.</summary>
    private string? HeapIntRead(IntType t, Scope s)
    {
        var reads = HeapReads(s).Where(r => r.Type is IntType or BoolType || r.Type is CharType && t == IntType.U32).ToList();
        if (reads.Count == 0) return null;
        var (e, _) = Pick(reads);
        return $"({e} as {t.Name})";
    }

    /// <summary>A `bool` from heap variables: a read, `contains`, or `==` of two values that compare.</summary>
    private string? HeapBoolRead(Scope s)
    {
        var options = new List<Func<string>>();
        var bools = HeapReads(s).Where(r => r.Type is BoolType).ToList();
        if (bools.Count > 0) options.Add(() => Pick(bools).Expr);
        if (ReadableOf(s, t => t is StringType) is { } str) options.Add(() => Chance(50) ? $"({str.Name} == {StringLiteral()})" : $"({StringLiteral()} == {str.Name})");
        if (ReadableOf(s, t => t is VecType { Element: var e } && !IsHeap(e)) is { } vec)
            options.Add(() => $"{vec.Name}.contains(&{Expr(((VecType)vec.Type).Element, s, 1, true)})");
        var comparable = Readable(s).Where(v => HeapEq(v.Type) && v.Type is not RcType { Inner: RefCellType or CellType }).ToList();
        if (comparable.Count > 0)
        {
            options.Add(() =>
            {
                var a = Pick(comparable);
                var others = comparable.Where(b => b.Type.Same(a.Type)).ToList();
                return $"({a.Name} {Pick(["==", "!="])} {Pick(others).Name})";
            });
        }
        return options.Count == 0 ? null : Pick(options)();
    }
}
