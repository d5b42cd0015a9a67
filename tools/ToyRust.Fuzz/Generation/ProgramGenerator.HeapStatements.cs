using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Statements on heap variables (level L4; the rules are in ProgramGenerator.Heap.cs): lets,
/// the operations of each type, prints, loops over vectors and lists, moves, assignments that
/// drop the old value, `Nz` temporaries whose drops show where a temporary ends, and deliberate
/// panics (an index out of range, a `RefCell` borrowed twice).
/// </summary>
public sealed partial class ProgramGenerator
{
    private void HeapStatement(StringBuilder sb, Scope s, int indent)
    {
        _usesHeap = true;
        var nested = indent < 4;
        var live = Readable(s);
        Weighted<Action>(
            (live.Count < 2 ? 8 : 3, () => HeapLet(sb, s, indent)),
            (live.Count > 0 ? 16 : 0, () => HeapOperation(sb, s, indent)),
            (live.Count > 0 ? 3 : 0, () => HeapPrint(sb, s, indent)),
            (nested && live.Any(v => v.Type is VecType) ? 2 : 0, () => WalkVec(sb, s, indent)),
            (nested && live.Any(v => v.Type is VecType && v.Writable) ? 1 : 0, () => PopLoop(sb, s, indent)),
            (nested && live.Any(v => v.Type is VecType) ? 3 : 0, () => ForVec(sb, s, indent)),
            (nested && live.Any(v => v.Type is ListType) ? 3 : 0, () => WalkList(sb, s, indent)),
            (Movable(s).Count > 0 ? 4 : 0, () => HeapMove(sb, s, indent)),
            (2, () => HeapReassign(sb, s, indent)),
            (3, () => NoisyTemporary(sb, s, indent, nested)),
            (1, () => DeliberateHeapPanic(sb, s, indent)))();
    }

    private static bool ContainsDyn(GType t) => t switch
    {
        DynScoreType => true,
        BoxType b => ContainsDyn(b.Inner),
        VecType v => ContainsDyn(v.Element),
        RcType r => ContainsDyn(r.Inner),
        _ => false,
    };

    // ---- lets ----

    private void HeapLet(StringBuilder sb, Scope s, int indent)
    {
        var rcs = Readable(s).Where(v => v.Type is RcType).ToList();
        if (rcs.Count > 0 && Chance(25))
        {
            var r = Pick(rcs);
            var clone = s.Fresh(HeapPrefix);
            var mutable = Chance(30);
            Line(sb, indent, $"let {(mutable ? "mut " : "")}{clone} = {(Chance(50) ? $"Rc::clone(&{r.Name})" : $"{r.Name}.clone()")};");
            s.DeclareHeap(clone, r.Type, mutable, aliasOf: r);
            return;
        }
        if (Chance(8))
        {
            // Two values in one pattern: they drop in the reverse order of the names.
            var (a, b) = (s.Fresh(HeapPrefix), s.Fresh(HeapPrefix));
            var mutable = Chance(30);
            Line(sb, indent, $"let ({(mutable ? "mut " : "")}{a}, {b}) = ({NoisyExpr(s)}, {NoisyExpr(s)});");
            s.DeclareHeap(a, NoisyType.Instance, mutable);
            s.DeclareHeap(b, NoisyType.Instance, false);
            return;
        }
        var t = HeapType();
        var annotated = ContainsDyn(t) || Chance(65);
        var value = Owned(t, s, 2, annotated);
        // Shadowing: the old value stays alive, unnamed, to the end of its block.
        var shadowable = s.Heap.Where(v => !v.Hidden).ToList();
        var shadowed = shadowable.Count > 0 && Chance(8) ? Pick(shadowable) : null;
        if (shadowed is not null) shadowed.Hidden = true;
        var name = shadowed?.Name ?? s.Fresh(HeapPrefix);
        var isMutable = Chance(t is VecType or StringType ? 85 : 60);
        Line(sb, indent, $"let {(isMutable ? "mut " : "")}{name}{(annotated ? ": " + t.Rust : "")} = {value};");
        s.DeclareHeap(name, t, isMutable);
    }

    // ---- operations, by type ----

    private void HeapOperation(StringBuilder sb, Scope s, int indent)
    {
        var v = Pick(Readable(s));
        switch (v.Type)
        {
            case VecType vt:
                VecOperation(sb, s, indent, v, vt);
                break;
            case StringType:
                StringOperation(sb, s, indent, v);
                break;
            case BoxType b:
                BoxOperation(sb, s, indent, v, b);
                break;
            case NoisyType:
                NoisyOperation(sb, s, indent, v);
                break;
            case ListType:
                ListOperation(sb, s, indent, v);
                break;
            case RcType r:
                RcOperation(sb, s, indent, v, r);
                break;
            case RefCellType c:
                RefCellOperation(sb, s, indent, v, v.Name, c);
                break;
            case CellType c:
                CellOperation(sb, s, indent, v, v.Name, c);
                break;
        }
    }

    /// <summary>A `usize` index expression before masking: `(e as usize)`.</summary>
    private string RawIndex(Scope s) => $"({Expr(IntTypeChoice(), s, 1)} as usize)";

    /// <summary>
    /// An index into <paramref name="v"/> for a place reached through `IndexMut` or `DerefMut`
    /// (`v[i] = …`, `v[i].push(…)`, `v.swap(i, j)`): `v` is already borrowed mutably when the
    /// index is evaluated, so the index may not read it (E0502), unlike the value assigned.
    /// </summary>
    private string MutIndex(Scope s, HeapVar v) => s.With(v, Access.Frozen, () => RawIndex(s));

    private void VecOperation(StringBuilder sb, Scope s, int indent, HeapVar v, VecType vt)
    {
        var n = v.Name;
        var e = vt.Element;
        var options = new List<(int, Action)>
        {
            (2, () => Line(sb, indent, FirstLast(n, e, s))),
            (2, () => Slices(sb, s, indent, n, e)),
            (2, () => IndexRead(sb, s, indent, n, e)),
            (1, () => PassVec(sb, s, indent, v, vt)),
        };
        if (e is BoxType { Inner: DynScoreType }) options.Add((2, () => DynElements(sb, s, indent, n)));
        if (v.Writable)
        {
            options.Add((5, () => Line(sb, indent, $"{n}.push({Owned(e, s, 2, true)});")));
            options.Add((3, () => Pop(sb, s, indent, v, e)));
            options.Add((2, () => Line(sb, indent, $"{n}.insert({RawIndex(s)} % ({n}.len() + 1), {Owned(e, s, 2, true)});")));
            options.Add((2, () => Remove(sb, s, indent, n, e)));
            options.Add((1, () => Line(sb, indent, Chance(50) ? $"{n}.clear();" : $"{n}.truncate({SmallCount(s, 6)});")));
            options.Add((1, () => Swap(sb, s, indent, v)));
            if (HeapClone(e)) options.Add((2, () => Extend(sb, s, indent, v, vt)));
            options.Add((2, () => IndexWrite(sb, s, indent, v, e)));
            if (e is StringType or VecType) options.Add((1, () => ElementMethod(sb, s, indent, v, e)));
        }
        Weighted([.. options])();
    }

    /// <summary>`first`, `last` and `get`, which give `Option&lt;&amp;T&gt;`.</summary>
    private string FirstLast(string n, GType e, Scope s)
    {
        if (HeapDebug(e)) return $"println!(\"ends {{:?}} {{:?}} {{:?}}\", {n}.first(), {n}.last(), {n}.get({RawIndex(s)} % 6));";
        return $"if let Some(x) = {n}.{Pick(["first", "last"])}() {{ println!(\"end {{}}\", {ShowElement("x", e)}); }}";
    }

    /// <summary>An element (a place or a reference to one) as something `{}` prints, without moving it.</summary>
    private static string ShowElement(string place, GType e) => e switch
    {
        BoxType { Inner: DynScoreType } => $"{place}.score()",
        NoisyType => $"{place}.v",
        _ when HeapDisplay(e) => place,
        _ => $"{place}.len()",
    };

    /// <summary>`println!("label …", place)` of an element: `{:?}` when it has `Debug`, else what <see cref="ShowElement"/> gives.</summary>
    private static string PrintElement(string label, string place, GType e) => HeapDebug(e)
        ? $"println!(\"{label} {{:?}}\", {place});"
        : $"println!(\"{label} {{}}\", {ShowElement(place, e)});";

    /// <summary>`&amp;v[a..b]`, `&amp;v[a..]`, `&amp;v[..b]`, `&amp;v[..]`, `&amp;v[a..=b]`, in range: the bounds are fractions of the length.</summary>
    private void Slices(StringBuilder sb, Scope s, int indent, string n, GType e)
    {
        var k = s.Fresh("k");
        var range = Weighted(
            (2, $"{k} / 3..{k} / 2"), (2, $"{k} / 2.."), (2, $"..{k} / 3"), (1, ".."), (1, $"{k} / 4..{k}"), (1, $"..={k} / 2"));
        var guard = range.Contains("..=", StringComparison.Ordinal) ? $"if {k} > 0 " : "";
        var slice = $"&{n}[{range}]";
        var show = HeapDebug(e) && Chance(70) ? $"println!(\"slice {{:?}}\", {slice});" : $"println!(\"slice len {{}}\", slen({slice}));";
        Line(sb, indent, $"{{ let {k} = {n}.len(); {guard}{{ {show} }} }}");
    }

    private void IndexRead(StringBuilder sb, Scope s, int indent, string n, GType e)
    {
        var k = s.Fresh("k");
        if (Chance(50)) Line(sb, indent, $"if let Some(x) = {n}.get({RawIndex(s)} % 5) {{ {PrintElement("get", "x", e)} }}");
        else Line(sb, indent, $"{{ let {k} = {n}.len(); if {k} > 0 {{ {PrintElement("at", $"{n}[{RawIndex(s)} % {k}]", e)} }} }}");
    }

    /// <summary>The vector passed as a slice (`&amp;v` coerces, `&amp;v[..]`, `as_slice`), or by reference to a helper.</summary>
    private void PassVec(StringBuilder sb, Scope s, int indent, HeapVar v, VecType vt)
    {
        var n = v.Name;
        var slice = Pick([$"&{n}", $"&{n}[..]", $"{n}.as_slice()"]);
        if (vt.Element.Same(IntType.I64) && Chance(50)) Line(sb, indent, $"println!(\"vsum {{}}\", vsum({slice}));");
        else if (vt.Element is BoxType { Inner: DynScoreType } && Chance(60)) Line(sb, indent, $"println!(\"boxed {{}}\", boxed_total(&{n}));");
        else Line(sb, indent, $"println!(\"slen {{}}\", slen({slice}));");
    }

    /// <summary>Virtual calls on the boxes of a `Vec&lt;Box&lt;dyn Score&gt;&gt;`, also through `&amp;*v[i]` as `&amp;dyn Score`.</summary>
    private void DynElements(StringBuilder sb, Scope s, int indent, string n)
    {
        _usesTraitObjects = true;
        var k = s.Fresh("k");
        var call = Chance(50) ? $"{n}[{RawIndex(s)} % {k}].bonus({Expr(IntType.I64, s, 1, true)})" : $"dyn_total(&*{n}[{k} - 1], {Expr(IntType.I64, s, 1, true)})";
        Line(sb, indent, $"{{ let {k} = {n}.len(); if {k} > 0 {{ println!(\"dyn {{}}\", {call}); }} }}");
    }

    private void Pop(StringBuilder sb, Scope s, int indent, HeapVar v, GType e)
    {
        var n = v.Name;
        var x = s.Fresh("x");
        switch (Between(0, 3))
        {
            case 0:
                Line(sb, indent, $"if let Some({x}) = {n}.pop() {{");
                PopBody(sb, s, indent + 1, x, e);
                if (Chance(40))
                {
                    Line(sb, indent, "} else {");
                    Nested(sb, s, indent + 1, 1);
                }
                Line(sb, indent, "}");
                break;
            case 1:
                Line(sb, indent, $"match {n}.pop() {{");
                Line(sb, indent + 1, $"Some({x}) => {{");
                PopBody(sb, s, indent + 2, x, e);
                Line(sb, indent + 1, "}");
                Line(sb, indent + 1, "None => println!(\"empty\"),");
                Line(sb, indent, "}");
                break;
            case 2 when !IsHeap(e):
                Line(sb, indent, $"let {x} = {n}.pop();");
                s.Declare(x, new OptionType(e), false);
                break;
            default:
                Line(sb, indent, HeapDebug(e) && Chance(70) ? $"println!(\"pop {{:?}}\", {n}.pop());" : $"{n}.pop();");
                break;
        }
    }

    /// <summary>The body of a `Some(x)` arm: statements that may use x when it is `Copy`, a print otherwise.</summary>
    private void PopBody(StringBuilder sb, Scope s, int indent, string x, GType e)
    {
        s.Push();
        if (!IsHeap(e))
        {
            s.Declare(x, e, false);
            Statements(sb, s, indent, Between(1, 2));
        }
        else
        {
            Line(sb, indent, PrintElement("popped", x, e));
        }
        s.Pop();
    }

    private void Remove(StringBuilder sb, Scope s, int indent, string n, GType e)
    {
        var x = s.Fresh("x");
        var removal = $"{n}.remove({RawIndex(s)} % {n}.len())";
        Line(sb, indent, Chance(60)
            ? $"if !{n}.is_empty() {{ let {x} = {removal}; {PrintElement("removed", x, e)} }}"
            : $"if {n}.len() > 0 {{ {removal}; }}");
    }

    /// <summary>`swap` is a slice method, reached through `DerefMut`: no two-phase borrow, so the length is read first.</summary>
    private void Swap(StringBuilder sb, Scope s, int indent, HeapVar v)
    {
        var n = v.Name;
        var k = s.Fresh("k");
        Line(sb, indent, $"{{ let {k} = {n}.len(); if {k} > 1 {{ {n}.swap({MutIndex(s, v)} % {k}, {MutIndex(s, v)} % {k}); }} }}");
    }

    private void Extend(StringBuilder sb, Scope s, int indent, HeapVar v, VecType vt)
    {
        var n = v.Name;
        var other = ReadableOf(s, t => t.Same(vt), except: v);
        string source;
        if (other is not null && Chance(60))
        {
            var o = other.Name;
            source = Pick([$"&{o}", $"&{o}[..{o}.len() / 2]", $"{o}.as_slice()", $"&{o}[{o}.len() / 3..]"]);
        }
        else
        {
            source = "&[" + string.Join(", ", Enumerable.Range(0, Between(0, 3)).Select(_ => Owned(vt.Element, s, 1, true))) + "]";
        }
        Line(sb, indent, $"{n}.extend_from_slice({source});");
    }

    private void IndexWrite(StringBuilder sb, Scope s, int indent, HeapVar v, GType e)
    {
        var n = v.Name;
        var k = s.Fresh("k");
        // In `place = value` the value is evaluated first: generated first, a variable it moves is
        // moved for the index too (`v[s.len() % k] = s` is E0382; bug 37).
        var compound = e is IntType && Chance(40);
        var value = compound ? Expr(e, s, 1, true) : Owned(e, s, 1, true);
        var index = $"{MutIndex(s, v)} % {k}";
        var write = compound ? $"{n}[{index}] {Pick(["^=", "|=", "&="])} {value};" : $"{n}[{index}] = {value};";
        Line(sb, indent, $"{{ let {k} = {n}.len(); if {k} > 0 {{ {write} }} }}");
    }

    /// <summary>A method of an element through `IndexMut` (`v[i].push_str(…)`): no two-phase borrow, so the vector is frozen for the arguments.</summary>
    private void ElementMethod(StringBuilder sb, Scope s, int indent, HeapVar v, GType e)
    {
        var n = v.Name;
        var k = s.Fresh("k");
        var index = $"{MutIndex(s, v)} % {k}";
        var call = s.With(v, Access.Frozen, () => e is StringType
            ? $"{n}[{index}].push_str({StrExpr(s, null)});"
            : $"{n}[{index}].push({Expr(((VecType)e).Element, s, 1, true)});");
        Line(sb, indent, $"{{ let {k} = {n}.len(); if {k} > 0 {{ {call} }} }}");
    }

    private void StringOperation(StringBuilder sb, Scope s, int indent, HeapVar v)
    {
        var n = v.Name;
        var options = new List<(int, Action)>
        {
            (3, () => Line(sb, indent, $"println!(\"str [{{{Pick(StringSpecs)}}}] {{}} {{}} {{:?}}\", {n}, {n}.len(), {n}.is_empty(), {n}.as_str());")),
            (1, () => Line(sb, indent, $"println!(\"shout {{}}\", shout({Pick([$"&{n}", $"{n}.as_str()"])}));")),
            (1, () => Line(sb, indent, $"println!(\"eq {{}} {{}}\", {n} == {StringLiteral()}, {n}.as_str() == {StringLiteral()});")),
            (1, () => Line(sb, indent, $"println!(\"cap {{{n}:>6}} {{{n}:?}}\");")),
        };
        if (v.Writable)
        {
            // `s.push(…)` and `s.push_str(…)` may read `s` in their arguments (two-phase borrows), but not borrow it (`s.as_str()`).
            options.Add((3, () => Line(sb, indent, $"{n}.push({CharExpr(s, 1)});")));
            options.Add((3, () => Line(sb, indent, $"{n}.push_str({StrExpr(s, v)});")));
            options.Add((2, () => Line(sb, indent, $"{n} = {n} + {StrExpr(s, v)};")));
            options.Add((1, () => Line(sb, indent, $"{n}.clear();")));
        }
        Weighted([.. options])();
    }

    private void BoxOperation(StringBuilder sb, Scope s, int indent, HeapVar v, BoxType b)
    {
        var n = v.Name;
        var options = new List<(int, Action)>();
        if (HeapDebug(b)) options.Add((2, () => Line(sb, indent, $"println!(\"box {{:?}}\", {n});")));
        if (HeapDisplay(b)) options.Add((2, () => Line(sb, indent, $"println!(\"box {{}} {{:>5}}\", {n}, {n});")));
        if (!IsHeap(b.Inner))
        {
            // A copy out of the box; the box keeps its value.
            options.Add((1, () =>
            {
                var x = s.Fresh("v");
                Line(sb, indent, $"let {x} = *{n};");
                s.Declare(x, b.Inner, false);
            }));
        }
        switch (b.Inner)
        {
            case DynScoreType:
                _usesTraitObjects = true;
                options.Add((3, () => Line(sb, indent, $"println!(\"dyn {{}} {{}} {{}}\", {n}.score(), {n}.bonus({Expr(IntType.I64, s, 1, true)}), dyn_total(&*{n}, {Expr(IntType.I64, s, 1, true)}));")));
                break;
            case IntType i when v.Writable:
                options.Add((2, () => Line(sb, indent, $"*{n} = {Expr(i, s, 2, true)};")));
                options.Add((2, () => Line(sb, indent, $"*{n} {Pick(["^=", "|=", "&="])} {Expr(i, s, 2, true)};")));
                break;
            case StructType st when v.Writable && st.Fields.Count > 0:
                options.Add((2, () =>
                {
                    var (field, t) = Pick(st.Fields);
                    Line(sb, indent, $"{n}.{FieldName(st.Def, field)} = {Expr(t, s, 2, true)};");
                }));
                options.Add((1, () => Line(sb, indent, $"*{n} = {Expr(st, s, 2, true)};")));
                break;
            case StringType when v.Writable:
                options.Add((2, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"{n}.push_str({StrExpr(s, v)});"))));
                break;
            case VecType inner when v.Writable:
                options.Add((2, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"{n}.push({Owned(inner.Element, s, 1, true)});"))));
                break;
            case NoisyType when v.Writable:
                options.Add((2, () => Line(sb, indent, $"{n}.v = {Expr(IntType.I64, s, 2, true)};")));
                break;
            case var inner when v.Writable && !IsHeap(inner):
                options.Add((2, () => Line(sb, indent, $"*{n} = {Expr(inner, s, 2, true)};")));
                break;
        }
        if (options.Count == 0) options.Add((1, () => HeapPrint(sb, s, indent)));
        Weighted([.. options])();
    }

    private void NoisyOperation(StringBuilder sb, Scope s, int indent, HeapVar v)
    {
        var n = v.Name;
        var options = new List<(int, Action)>
        {
            (2, () => Line(sb, indent, $"println!(\"nz {{:?}} {{}}\", {n}, {n}.score());")),
            (1, () =>
            {
                _usesTraitObjects = true;
                Line(sb, indent, $"println!(\"nz dyn {{}}\", dyn_total(&{n}, {Expr(IntType.I64, s, 1, true)}));");
            }),
        };
        if (v.Writable) options.Add((2, () => Line(sb, indent, $"{n}.v = {Expr(IntType.I64, s, 2, true)};")));
        Weighted([.. options])();
    }

    private void ListOperation(StringBuilder sb, Scope s, int indent, HeapVar v)
    {
        var n = v.Name;
        var options = new List<(int, Action)>
        {
            (2, () => Line(sb, indent, $"println!(\"list {{{(Chance(15) ? ":#?" : ":?")}}} {{}} {{}}\", {n}, list_sum(&{n}), list_len(&{n}));")),
            // `rest` is a `&Box<List>`: `list_len(rest)` coerces it to `&List`.
            (2, () => Line(sb, indent, $"match &{n} {{ List::Cons(a, rest) => println!(\"cons {{}} {{}}\", a, list_len(rest)), List::Nil => println!(\"nil\") }}")),
            (1, () => Line(sb, indent, $"if let List::Cons(a, _) = &{n} {{ println!(\"head {{}}\", a); }}")),
        };
        // Moved and assigned again in one statement: fine at any loop depth.
        // (The list is moved before the second argument runs: that one may not read it.)
        if (v.Writable) options.Add((3, () => Line(sb, indent, $"{n} = list_push({n}, {s.With(v, Access.Frozen, () => Expr(IntType.I64, s, 2, true))});")));
        Weighted([.. options])();
    }

    private void RcOperation(StringBuilder sb, Scope s, int indent, HeapVar v, RcType r)
    {
        var n = v.Name;
        var options = new List<(int, Action)> { (1, () => Line(sb, indent, $"println!(\"rc {{}}\", Rc::strong_count(&{n}));")) };
        var same = Readable(s).Where(o => o.Type.Same(r) && o != v).ToList();
        if (same.Count > 0) options.Add((1, () => Line(sb, indent, $"println!(\"ptr_eq {{}}\", Rc::ptr_eq(&{n}, &{Pick(same).Name}));")));
        switch (r.Inner)
        {
            case RefCellType c:
                options.Add((4, () => RefCellOperation(sb, s, indent, v, n, c)));
                break;
            case CellType c:
                options.Add((3, () => CellOperation(sb, s, indent, v, n, c)));
                break;
            default:
                options.Add((2, () => HeapPrint(sb, s, indent, v)));
                break;
        }
        Weighted([.. options])();
    }

    /// <summary>
    /// `borrow_mut()` as a statement of its own, every `Rc` of the cell frozen while its arguments
    /// are made; `borrow()` only to print. <paramref name="cell"/> is the variable or `Rc` holding it.
    /// </summary>
    private void RefCellOperation(StringBuilder sb, Scope s, int indent, HeapVar v, string cell, RefCellType c)
    {
        var options = new List<(int, Action)>();
        if (HeapDebug(c.Inner)) options.Add((2, () => Line(sb, indent, $"println!(\"cell {{:?}}\", {cell}.borrow());")));
        switch (c.Inner)
        {
            case VecType vt:
                options.Add((3, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"{cell}.borrow_mut().push({Owned(vt.Element, s, 2, true)});"))));
                options.Add((1, () => Line(sb, indent, $"{cell}.borrow_mut().{Pick(["clear()", "pop()", "truncate(2)"])};")));
                options.Add((1, () => Line(sb, indent, $"println!(\"cell len {{}} {{}}\", {cell}.borrow().len(), {cell}.borrow().is_empty());")));
                options.Add((2, () =>
                {
                    var k = s.Fresh("k");
                    var value = s.With(v, Access.Frozen, () => Expr(vt.Element, s, 2, true));
                    // The `if` condition's `Ref` is dropped before the block runs.
                    Line(sb, indent, $"if !{cell}.borrow().is_empty() {{ let {k} = {cell}.borrow().len(); {cell}.borrow_mut()[{RawIndex(s)} % {k}] = {value}; }}");
                }));
                break;
            case IntType i:
                options.Add((2, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"*{cell}.borrow_mut() = {Expr(i, s, 2, true)};"))));
                options.Add((2, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"*{cell}.borrow_mut() {Pick(["^=", "|=", "&="])} {Expr(i, s, 2, true)};"))));
                options.Add((1, () => Line(sb, indent, $"println!(\"cell {{}} {{:>4}}\", *{cell}.borrow(), {cell}.borrow());")));
                break;
            case StringType:
                options.Add((2, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"{cell}.borrow_mut().push_str({StrExpr(s, null)});"))));
                options.Add((1, () => Line(sb, indent, s.With(v, Access.Frozen, () => $"{cell}.borrow_mut().push({CharExpr(s, 1)});"))));
                options.Add((1, () => Line(sb, indent, $"println!(\"cell [{{}}] {{}}\", {cell}.borrow(), {cell}.borrow().len());")));
                break;
        }
        if (options.Count == 0) options.Add((1, () => HeapPrint(sb, s, indent)));
        Weighted([.. options])();
    }

    private void CellOperation(StringBuilder sb, Scope s, int indent, HeapVar v, string cell, CellType c)
    {
        if (Chance(60)) Line(sb, indent, $"{cell}.set({Expr(c.Inner, s, 2, true)});");
        else Line(sb, indent, $"println!(\"cell {{}}\", {cell}.get());");
    }

    // ---- prints ----

    /// <summary>One to three heap variables printed, with `{:?}`, `{}` and widths (a `String` also with a precision), sometimes captured by name.</summary>
    private void HeapPrint(StringBuilder sb, Scope s, int indent) => HeapPrint(sb, s, indent, null);

    private void HeapPrint(StringBuilder sb, Scope s, int indent, HeapVar? first)
    {
        var live = Readable(s);
        if (live.Count == 0)
        {
            Print(sb, s, indent);
            return;
        }
        var chosen = new List<HeapVar>();
        if (first is not null) chosen.Add(first);
        for (var i = chosen.Count; i < Between(1, 3); i++) chosen.Add(Pick(live));
        var format = new StringBuilder(s.Fresh("hp"));
        var arguments = new List<string>();
        foreach (var v in chosen)
        {
            var (spec, value) = Shown(v);
            if (value == v.Name && Chance(30)) format.Append(CultureInfo.InvariantCulture, $" {{{v.Name}{spec}}}");
            else
            {
                format.Append(CultureInfo.InvariantCulture, $" {{{spec}}}");
                arguments.Add(value);
            }
        }
        Line(sb, indent, $"println!(\"{format}\"{string.Concat(arguments.Select(a => ", " + a))});");
    }

    /// <summary>How a heap variable prints: a spec and the value (itself, or what it holds).</summary>
    private (string Spec, string Value) Shown(HeapVar v)
    {
        var n = v.Name;
        return v.Type switch
        {
            StringType => (Pick(StringSpecs), n),
            RcType { Inner: RefCellType c } when HeapDebug(c.Inner) => (":?", $"{n}.borrow()"),
            RefCellType c when HeapDebug(c.Inner) => (":?", $"{n}.borrow()"),
            RcType { Inner: CellType } or CellType => ("", $"{n}.get()"),
            RcType => ("", $"Rc::strong_count(&{n})"),
            RefCellType => ("", "\"cell\""),
            BoxType { Inner: DynScoreType } => ("", $"{n}.score()"),
            VecType { Element: BoxType { Inner: DynScoreType } } => ("", $"{n}.len()"),
            var t when HeapDisplay(t) && Chance(40) => (Pick(["", ":>6", ":<4"]), n),
            var t when HeapDebug(t) => (Chance(10) ? ":#?" : ":?", n),
            // A box of a box of a trait object, a box of an `Rc` of a cell…: a method through auto-deref.
            var t => ("", Core(t) switch
            {
                DynScoreType => $"{n}.score()",
                VecType or StringType => $"{n}.len()",
                RcType => $"Rc::strong_count(&{new string('*', Boxes(t))}{n})",
                _ => $"\"{t.Rust}\"",
            }),
        };
    }

    /// <summary>What a chain of boxes holds.</summary>
    private static GType Core(GType t) => t is BoxType b ? Core(b.Inner) : t;

    private static int Boxes(GType t) => t is BoxType b ? 1 + Boxes(b.Inner) : 0;

    /// <summary>At the end of `run`: every heap variable still alive, printed; they then drop in the reverse order of their declarations.</summary>
    private void FoldHeapVariables(StringBuilder body, Scope s)
    {
        foreach (var v in Readable(s))
        {
            var (spec, value) = Shown(v);
            body.Append(CultureInfo.InvariantCulture, $"    println!(\"{v.Name} = {{{spec}}}\", {value});\n");
        }
    }

    // ---- loops ----

    /// <summary>
    /// `while i &lt; v.len() { i += 1; … v[i - 1] … }`: the counter steps first, so `continue`
    /// cannot skip it, and the vector is read-only in the body, so it cannot grow.
    /// </summary>
    private void WalkVec(StringBuilder sb, Scope s, int indent)
    {
        var v = Pick(Readable(s).Where(o => o.Type is VecType).ToList());
        var e = ((VecType)v.Type).Element;
        var i = s.Fresh("i");
        var x = s.Fresh("e");
        Line(sb, indent, $"let mut {i}: usize = 0;");
        Line(sb, indent, $"while {i} < {v.Name}.len() {{");
        Line(sb, indent + 1, $"{i} += 1;");
        s.Push();
        s.Declare(i, IntType.Usize, true).Access = Access.ReadOnly;
        if (v.Writable && !IsHeap(e) && Chance(40)) Line(sb, indent + 1, $"{v.Name}[{i} - 1] = {Expr(e, s, 1, true)};");
        if (!IsHeap(e))
        {
            Line(sb, indent + 1, $"let {x} = {v.Name}[{i} - 1];");
            s.Declare(x, e, false);
        }
        else
        {
            Line(sb, indent + 1, $"let {x} = &{v.Name}[{i} - 1];");
            Line(sb, indent + 1, PrintElement("walk", x, e));
        }
        s.With(v, Access.ReadOnly, () => InLoop(sb, s, indent + 1, null));
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>
    /// `for e in &amp;v` / `v.iter()`, the vector read-only in the body; or `for e in &amp;mut v` /
    /// `v.iter_mut()` writing each element (a `Copy` one), the vector untouched in the body.
    /// </summary>
    private void ForVec(StringBuilder sb, Scope s, int indent)
    {
        var v = Pick(Readable(s).Where(o => o.Type is VecType).ToList());
        var e = ((VecType)v.Type).Element;
        var x = s.Fresh("e");
        var mutable = v.Writable && !IsHeap(e) && Chance(40);
        var head = mutable ? (Chance(50) ? $"&mut {v.Name}" : $"{v.Name}.iter_mut()") : (Chance(50) ? $"&{v.Name}" : $"{v.Name}.iter()");
        Line(sb, indent, $"for {x} in {head} {{");
        s.Push();
        s.With(v, mutable ? Access.Frozen : Access.ReadOnly, () =>
        {
            if (mutable) Line(sb, indent + 1, $"*{x} = {Expr(e, s, 1, true)};");
            if (!IsHeap(e))
            {
                var y = s.Fresh("y");
                Line(sb, indent + 1, $"let {y} = *{x};");
                s.Declare(y, e, false);
            }
            else Line(sb, indent + 1, PrintElement("each", x, e));
            InLoop(sb, s, indent + 1, null);
        });
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>`while let Some(x) = v.pop() { … }`: the vector is read-only in the body, so the loop ends.</summary>
    private void PopLoop(StringBuilder sb, Scope s, int indent)
    {
        var v = Pick(Readable(s).Where(o => o.Type is VecType && o.Writable).ToList());
        var e = ((VecType)v.Type).Element;
        var x = s.Fresh("x");
        Line(sb, indent, $"while let Some({x}) = {v.Name}.pop() {{");
        s.Push();
        if (!IsHeap(e)) s.Declare(x, e, false);
        else Line(sb, indent + 1, PrintElement("popped", x, e));
        s.With(v, Access.ReadOnly, () => InLoop(sb, s, indent + 1, null));
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>A walk down a `List` by reference: `cur = next` coerces `&amp;Box&lt;List&gt;` to `&amp;List`.</summary>
    private void WalkList(StringBuilder sb, Scope s, int indent)
    {
        var l = Pick(Readable(s).Where(o => o.Type is ListType).ToList());
        var cur = s.Fresh("cur");
        var x = s.Fresh("x");
        var next = s.Fresh("next");
        Line(sb, indent, $"let mut {cur}: &List = &{l.Name};");
        Line(sb, indent, $"while let List::Cons({x}, {next}) = {cur} {{");
        Line(sb, indent + 1, $"{cur} = {next};");
        s.Push();
        s.Declare(x, new RefType(IntType.I64, false), false);
        s.With(l, Access.ReadOnly, () => InLoop(sb, s, indent + 1, null));
        s.Pop();
        Line(sb, indent, "}");
    }

    // ---- moves and assignments ----

    private void HeapMove(StringBuilder sb, Scope s, int indent)
    {
        var v = Pick(Movable(s));
        var n = v.Name;
        var options = new List<(int, Action)>
        {
            (3, () =>
            {
                v.Moved = true;
                var h = s.Fresh(HeapPrefix);
                var mutable = Chance(40);
                Line(sb, indent, $"let {(mutable ? "mut " : "")}{h} = {n};");
                s.DeclareHeap(h, v.Type, mutable, aliasOf: v);
            }),
            (2, () =>
            {
                v.Moved = true;
                Line(sb, indent, $"drop({n});");
            }),
            (2, () =>
            {
                var condition = BoolExpr(s, 2);
                v.Moved = true;
                Line(sb, indent, $"if {condition} {{ drop({n}); }}");
            }),
            (1, () =>
            {
                v.Moved = true;
                var h = s.Fresh(HeapPrefix);
                Line(sb, indent, $"let {h} = Box::new({n});");
                s.DeclareHeap(h, new BoxType(v.Type), false);
            }),
        };
        var into = s.Heap.Where(w => w.Writable && w.Type is VecType vt && vt.Element.Same(v.Type)).ToList();
        if (into.Count > 0)
        {
            options.Add((3, () =>
            {
                v.Moved = true;
                Line(sb, indent, $"{Pick(into).Name}.push({n});");
            }));
        }
        switch (v.Type)
        {
            case VecType vt when HeapDebug(vt):
                options.Add((2, () =>
                {
                    v.Moved = true;
                    Line(sb, indent, $"println!(\"take {{}}\", vtake({n}));");
                }));
                break;
            case NoisyType:
                options.Add((2, () =>
                {
                    v.Moved = true;
                    Line(sb, indent, $"println!(\"eat {{}}\", eat({n}));");
                }));
                options.Add((1, () =>
                {
                    v.Moved = true;
                    Line(sb, indent, $"println!(\"early {{}}\", early({n}, {BoolExpr(s, 1)}));");
                }));
                options.Add((1, () =>
                {
                    v.Moved = true;
                    var h = s.Fresh(HeapPrefix);
                    Line(sb, indent, $"let {h}: Box<dyn Score> = Box::new({n});");
                    s.DeclareHeap(h, new BoxType(DynScoreType.Instance), false);
                }));
                break;
            case StringType:
                options.Add((2, () =>
                {
                    v.Moved = true;
                    var h = s.Fresh(HeapPrefix);
                    var mutable = Chance(50);
                    Line(sb, indent, $"let {(mutable ? "mut " : "")}{h} = {n} + {StrExpr(s, null)};");
                    s.DeclareHeap(h, StringType.Instance, mutable);
                }));
                break;
            case ListType:
                options.Add((2, () =>
                {
                    v.Moved = true;
                    var (o, h) = (s.Fresh("v"), s.Fresh(HeapPrefix));
                    var mutable = Chance(50);
                    Line(sb, indent, $"let ({o}, {(mutable ? "mut " : "")}{h}) = list_pop({n});");
                    s.Declare(o, new OptionType(IntType.I64), false);
                    s.DeclareHeap(h, ListType.Instance, mutable);
                }));
                break;
            case BoxType { Inner: var inner } when IsHeap(inner) && inner is not DynScoreType:
                // Moving the value out of the box: the box itself is then gone too.
                options.Add((3, () =>
                {
                    v.Moved = true;
                    var h = s.Fresh(HeapPrefix);
                    var mutable = Chance(40);
                    Line(sb, indent, $"let {(mutable ? "mut " : "")}{h} = *{n};");
                    s.DeclareHeap(h, inner, mutable);
                }));
                break;
        }
        Weighted([.. options])();
    }

    /// <summary>
    /// `h = value;`: the old value is dropped first, unless the variable was moved, in which case
    /// the assignment gives it a value again (only in its own block, so unconditionally).
    /// </summary>
    private void HeapReassign(StringBuilder sb, Scope s, int indent)
    {
        var candidates = s.Heap.Where(v => !v.Hidden && v.Mutable && v.Access == Access.Full
            && (!v.Moved || (v.Block == s.BlockDepth && v.LoopDepth == s.LoopDepth))).ToList();
        if (candidates.Count == 0)
        {
            HeapLet(sb, s, indent);
            return;
        }
        var v = Pick(candidates);
        // Not moved away by its own new value, but it may read it (`h = h.clone();`).
        var value = v.Moved ? Owned(v.Type, s, 2, true) : s.With(v, Access.ReadOnly, () => Owned(v.Type, s, 2, true));
        Line(sb, indent, $"{v.Name} = {value};");
        v.Moved = false;
    }

    // ---- drop order of temporaries ----

    /// <summary>
    /// `Nz` values that are not kept: a temporary dies at the end of its statement, but one in a
    /// `match` scrutinee lives through the arms, one in an `if` condition does not reach the
    /// block, `let _ =` drops at once, and `&amp;temp` in a `let` lives to the end of the block.
    /// </summary>
    private void NoisyTemporary(StringBuilder sb, Scope s, int indent, bool nested)
    {
        var value = $"nz({NoisyName()}, {Expr(IntType.I64, s, 1, true)})";
        var options = new List<(int, Action)>
        {
            (3, () => Line(sb, indent, $"println!(\"temp {{}}\", {value}.v);")),
            (2, () =>
            {
                var x = s.Fresh("v");
                Line(sb, indent, $"let {x}: i64 = {value}.v % 1000;");
                s.Declare(x, IntType.I64, false);
            }),
            (1, () => Line(sb, indent, $"let _ = {value};")),
            (1, () => Line(sb, indent, $"drop({value});")),
            (1, () => Line(sb, indent, $"println!(\"eat {{}} {{}}\", eat({value}), eat({NoisyExpr(s)}));")),
            (1, () => Line(sb, indent, $"println!(\"early {{}}\", early({value}, {BoolExpr(s, 1)}));")),
        };
        if (nested)
        {
            options.Add((2, () =>
            {
                var (w, u) = (s.Fresh("w"), s.Fresh("w"));
                Line(sb, indent, $"match {value}.v {{");
                Line(sb, indent + 1, $"{w} if {w} > {Between(-5, 50)} => {{");
                s.Push();
                s.Declare(w, IntType.I64, false);
                Statements(sb, s, indent + 2, Between(1, 2));
                s.Pop();
                Line(sb, indent + 1, "}");
                Line(sb, indent + 1, $"{u} => println!(\"small {{}}\", {u}),");
                Line(sb, indent, "}");
            }));
            options.Add((2, () =>
            {
                Line(sb, indent, $"if {value}.v > {Between(-5, 50)} {{");
                Nested(sb, s, indent + 1, Between(1, 2));
                Line(sb, indent, "} else {");
                Nested(sb, s, indent + 1, 1);
                Line(sb, indent, "}");
            }));
            options.Add((1, () =>
            {
                var r = s.Fresh("r");
                Line(sb, indent, "{");
                Line(sb, indent + 1, $"let {r} = &{value};");
                Line(sb, indent + 1, $"println!(\"ext {{}}\", {r}.v);");
                Nested(sb, s, indent + 1, Between(1, 2));
                Line(sb, indent, "}");
            }));
        }
        Weighted([.. options])();
    }

    // ---- deliberate panics ----

    /// <summary>
    /// Under a condition that holds now and then: an index or a range not masked into the vector,
    /// or a `RefCell` borrowed while a `RefMut` of it lives. And, never panicking, `let _ =
    /// c.borrow_mut();`, whose guard is dropped at once.
    /// </summary>
    private void DeliberateHeapPanic(StringBuilder sb, Scope s, int indent)
    {
        var vectors = Readable(s).Where(v => v.Type is VecType).ToList();
        var cells = Readable(s).Where(v => v.Type is RefCellType or RcType { Inner: RefCellType }).ToList();
        var options = new List<(int, Func<string>)> { (1, () => $"println!(\"temp {{}}\", nz({NoisyName()}, 0).v);") };
        if (vectors.Count > 0)
        {
            options.Add((2, () =>
            {
                var v = Pick(vectors);
                var e = ((VecType)v.Type).Element;
                return PrintElement("oob", $"{v.Name}[{RawIndex(s)} % 8]", e);
            }));
            options.Add((1, () =>
            {
                var v = Pick(vectors);
                var (a, b) = (Between(0, 5), Between(0, 5));
                return $"println!(\"range {{}}\", slen(&{v.Name}[{a}..{(Chance(30) ? "=" : "")}{b}]));";
            }));
        }
        if (cells.Count > 0)
        {
            options.Add((4, () =>
            {
                var c = Pick(cells).Name;
                var g = s.Fresh("g");
                return Chance(50)
                    ? $"let {g} = {c}.borrow_mut(); let _h = {c}.borrow();"
                    : $"let {g} = {c}.borrow(); {c}.borrow_mut();";
            }));
        }
        var text = Weighted([.. options])();
        if (cells.Count > 0 && Chance(20))
        {
            var c = Pick(cells).Name;
            // `let _ =` binds nothing: the guard is dropped at once, and the cell is free again.
            Line(sb, indent, $"{{ let _ = {c}.borrow_mut(); println!(\"free {{:?}}\", {c}.borrow()); }}");
            return;
        }
        Line(sb, indent, $"if {BoolExpr(s, 2)} && {BoolExpr(s, 1)} {{ {text} }}");
    }
}
