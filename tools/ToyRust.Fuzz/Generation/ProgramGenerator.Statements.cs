using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Statements and function bodies: `let` (annotated or inferred, shadowing), assignments and
/// compound assignments, `if`/`else if`, `while`, `for` over `a..b` and `a..=b`, `loop` with
/// `break value`, labelled loops with `break 'l`/`continue 'l`, labelled blocks, `match`,
/// `if let`, `while let`, borrow blocks, `&amp;mut` calls and methods, prints, checksum updates,
/// assertions and the occasional deliberate `panic!` or `std::process::exit`.
/// </summary>
public sealed partial class ProgramGenerator
{
    private void Statements(StringBuilder sb, Scope s, int indent, int count)
    {
        for (var i = 0; i < count && _budget > 0; i++)
        {
            _budget--;
            Statement(sb, s, indent);
        }
    }

    private void Statement(StringBuilder sb, Scope s, int indent)
    {
        var nested = indent < 4;
        var inLoop = s.Loops.Count > 0;
        Weighted<Action>(
            (14, () => Let(sb, s, indent)),
            (6, () => Assign(sb, s, indent)),
            (9, () => Print(sb, s, indent)),
            (4, () => Checksum(sb, s, indent)),
            (nested ? 4 : 0, () => If(sb, s, indent)),
            (nested ? 2 : 0, () => While(sb, s, indent)),
            (nested ? 3 : 0, () => For(sb, s, indent)),
            (nested ? 2 : 0, () => LoopWithValue(sb, s, indent)),
            (nested ? 1 : 0, () => LabelledLoops(sb, s, indent)),
            (nested ? 3 : 0, () => MatchStatement(sb, s, indent)),
            (nested ? 2 : 0, () => IfLet(sb, s, indent)),
            (nested ? 1 : 0, () => WhileLet(sb, s, indent)),
            (nested ? 2 : 0, () => BorrowBlock(sb, s, indent)),
            (1, () => LabelledBlock(sb, s, indent)),
            (2, () => MutatingCall(sb, s, indent)),
            (2, () => Line(sb, indent, $"println!(\"dyn {{}}\", {DynOrImplCall(s, 2)});")),
            (inLoop ? 2 : 0, () => BreakOrContinue(sb, s, indent)),
            (1, () => Assertion(sb, s, indent)),
            (1, () => DeliberatePanic(sb, s, indent)),
            (3, () => TracerLet(sb, s, indent)),
            (s.LiveTracers.Any() ? 2 : 0, () => TracerRead(sb, s, indent)),
            (s.LiveTracers.Any(t => t.LoopDepth == s.LoopDepth) ? 2 : 0, () => TracerMove(sb, s, indent)),
            (1, () => TracerTemporary(sb, s, indent)),
            (50, () => HeapStatement(sb, s, indent)),
            (_options.Closures ? 7 : 0, () => ClosureStatement(sb, s, indent)),
            (_tryReturn is not null ? 5 : 0, () => TryStatement(sb, s, indent)),
            (_options.Try ? 3 : 0, () => TryCall(sb, s, indent)),
            (_options.Display ? 4 : 0, () => DisplayStatement(sb, s, indent)),
            (_options.Iterators ? 6 : 0, () => IteratorStatement(sb, s, indent)))();
    }

    // ---- drop tracers (level L4): values whose making and dropping are printed ----

    private int _nextTracer;

    private void TracerLet(StringBuilder sb, Scope s, int indent)
    {
        var tracer = s.DeclareTracer(s.Fresh("t"));
        Line(sb, indent, $"let {tracer.Name} = tr({_nextTracer++});");
    }

    private void TracerRead(StringBuilder sb, Scope s, int indent) =>
        Line(sb, indent, $"println!(\"read {{}}\", {Pick(s.LiveTracers.ToList()).Name}.0);");

    /// <summary>Moves a tracer into `sink`, which drops it there; inside an `if` now and then, so that its drop at the end of its block needs a drop flag.</summary>
    private void TracerMove(StringBuilder sb, Scope s, int indent)
    {
        var tracer = Pick(s.LiveTracers.Where(t => t.LoopDepth == s.LoopDepth).ToList());
        tracer.Moved = true;
        var move = $"println!(\"sink {{}}\", sink({tracer.Name}));";
        if (Chance(50)) Line(sb, indent, move);
        else Line(sb, indent, $"if {Expr(BoolType.Instance, s, 2)} {{ {move} }}");
    }

    /// <summary>A temporary, dropped at the end of its statement.</summary>
    private void TracerTemporary(StringBuilder sb, Scope s, int indent) =>
        Line(sb, indent, $"println!(\"temp {{}}\", tr({_nextTracer++}).0 + {Expr(IntType.U32, s, 2)});");

    private void Line(StringBuilder sb, int indent, string text) => sb.Append(Indent(indent)).Append(text).Append('\n');

    private void Let(StringBuilder sb, Scope s, int indent)
    {
        var t = ValueType(2);
        var mutable = Chance(40);
        var annotated = Chance(60);
        var value = Expr(t, s, 3, pinned: annotated);
        // Only `let` variables are shadowed: parameters, counters and `ck` keep their meaning.
        var shadowed = s.Visible.Where(v => v.Readable && v.Name.StartsWith('v')).ToList();
        var name = shadowed.Count > 0 && Chance(10) ? Pick(shadowed).Name : s.Fresh("v");
        s.Declare(name, t, mutable);
        Line(sb, indent, $"let {(mutable ? "mut " : "")}{name}{(annotated ? ": " + t.Rust : "")} = {value};");
    }

    /// <summary>Places that may be written: writable variables, their fields and elements, and `*r` for `&amp;mut` references.</summary>
    private List<(string Place, GType Type)> WritablePlaces(Scope s)
    {
        var places = new List<(string, GType)>();
        foreach (var v in s.Visible)
        {
            if (v.Type is RefType { Mutable: true } r && v.Access == Access.Full) places.Add(($"*{v.Name}", r.Target));
            if (!v.Writable || v.Type is RefType) continue;
            places.Add((v.Name, v.Type));
            if (v.Type is StructType st) places.AddRange(st.Fields.Select(f => ($"{v.Name}.{FieldName(st.Def, f.Name)}", f.Type)));
            if (v.Type is TupleType tt) places.AddRange(tt.Items.Select((item, i) => ($"{v.Name}.{i}", item)));
            if (v.Type is ArrayType a) places.Add(($"{v.Name}[{IndexExpr(a.Length, s)}]", a.Element));
        }
        return places;
    }

    /// <summary>An index into an array of <paramref name="length"/>: masked into range, except now and then.</summary>
    private string IndexExpr(int length, Scope s)
    {
        var e = Expr(IntTypeChoice(), s, 1);
        return Chance(96) ? $"({e} as usize) % {length}" : $"{e} as usize";
    }

    private void Assign(StringBuilder sb, Scope s, int indent)
    {
        var places = WritablePlaces(s);
        if (places.Count == 0)
        {
            Let(sb, s, indent);
            return;
        }
        var (place, t) = Pick(places);
        if (t is IntType i && Chance(60)) Line(sb, indent, $"{place} {CompoundOperator(i, s, out var rhs)} {rhs};");
        else if (t is StructType { Def.Name: Vec2 } && Chance(50)) Line(sb, indent, $"{place} {VecCompoundAssignment(s)};");
        else Line(sb, indent, $"{place} = {Expr(t, s, 3, pinned: true)};");
    }

    /// <summary>`+= v`, `-= v`, `*= k`, `/= (k | 1)`, `%= (k | 1)` on the operator struct `V`.</summary>
    private string VecCompoundAssignment(Scope s) => Weighted<Func<string>>(
        (3, () => $"{Pick(["+=", "-="])} {Expr(new StructType(_structs.First(d => d.Name == Vec2), []), s, 2)}"),
        (1, () => $"*= {Expr(_vecField, s, 2, pinned: true)}"),
        (1, () => $"{Pick(["/=", "%="])} {(Chance(95) ? $"({Pin(Expr(_vecField, s, 2, pinned: true), _vecField)} | 1)" : Expr(_vecField, s, 2, pinned: true))}"))();

    private string CompoundOperator(IntType t, Scope s, out string rhs)
    {
        var op = Pick(["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
        rhs = Expr(t, s, 2, pinned: true);
        if (op is "/=" or "%=" && Chance(95)) rhs = $"({Pin(rhs, t)} | 1)";
        if (op is "*=" && Chance(70)) rhs = $"({Pin(rhs, t)} % 4)";
        if (op is "<<=" or ">>=") rhs = Chance(95) ? $"({Pin(Expr(IntType.U32, s, 1), IntType.U32)} % {t.Bits})" : Expr(IntType.U32, s, 1);
        return op;
    }

    private void Checksum(StringBuilder sb, Scope s, int indent)
    {
        var t = Weighted<GType>((8, IntTypeChoice()), (1, BoolType.Instance), (1, CharType.Instance), (1, F64Type.Instance));
        if (!s.Visible.Any(v => v.Name == "ck" && v.Writable))
        {
            Print(sb, s, indent);
            return;
        }
        Line(sb, indent, $"ck = mix(ck, {Expr(t, s, 3)} as u64);");
        if (Chance(30)) Line(sb, indent, "println!(\"ck {}\", ck);");
    }

    private void If(StringBuilder sb, Scope s, int indent)
    {
        Line(sb, indent, $"if {BoolExpr(s, 2)} {{");
        Nested(sb, s, indent + 1, Between(1, 3));
        if (Chance(30))
        {
            Line(sb, indent, $"}} else if {BoolExpr(s, 2)} {{");
            Nested(sb, s, indent + 1, Between(1, 2));
        }
        if (Chance(60))
        {
            Line(sb, indent, "} else {");
            Nested(sb, s, indent + 1, Between(1, 2));
        }
        Line(sb, indent, "}");
    }

    private void Nested(StringBuilder sb, Scope s, int indent, int count)
    {
        s.Push();
        Statements(sb, s, indent, count);
        s.Pop();
    }

    /// <summary>`while c &lt; N { c += 1; … }`: the counter steps first, so `continue` cannot skip it.</summary>
    private void While(StringBuilder sb, Scope s, int indent)
    {
        var c = s.Fresh("c");
        Line(sb, indent, $"let mut {c}: u32 = 0;");
        Line(sb, indent, $"while {c} < {Between(0, 6)} {{");
        Line(sb, indent + 1, $"{c} += 1;");
        s.Declare(c, IntType.U32, true).Access = Access.ReadOnly;
        InLoop(sb, s, indent + 1, null);
        Line(sb, indent, "}");
    }

    private void InLoop(StringBuilder sb, Scope s, int indent, string? label)
    {
        s.Loops.Add(label ?? "");
        Nested(sb, s, indent, Between(1, 3));
        s.Loops.RemoveAt(s.Loops.Count - 1);
    }

    private void For(StringBuilder sb, Scope s, int indent)
    {
        var t = Pick([IntType.I32, IntType.U8, IntType.Usize, IntType.I64, IntType.I8]);
        var lo = Between(t.Signed ? -3 : 0, 4);
        var hi = lo + Between(0, 6);
        var i = s.Fresh("i");
        Line(sb, indent, $"for {i} in {lo.ToString(CultureInfo.InvariantCulture)}{t.Name}{(Chance(50) ? ".." : "..=")}{hi.ToString(CultureInfo.InvariantCulture)} {{");
        s.Push();
        s.Declare(i, t, false);
        InLoop(sb, s, indent + 1, null);
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>`let x: T = 'l: loop { g += 1; if g &gt; N { break 'l value; } … };`</summary>
    private void LoopWithValue(StringBuilder sb, Scope s, int indent)
    {
        var t = ValueType(1);
        var g = s.Fresh("g");
        var label = s.Fresh("'l");
        var name = s.Fresh("v");
        Line(sb, indent, $"let mut {g}: i32 = 0;");
        Line(sb, indent, $"let {name}: {t.Rust} = {label}: loop {{");
        Line(sb, indent + 1, $"{g} += 1;");
        s.Declare(g, IntType.I32, true).Access = Access.ReadOnly;
        Line(sb, indent + 1, $"if {g} > {Between(0, 4)} {{");
        Line(sb, indent + 2, $"break {label} {Expr(t, s, 2, pinned: true)};");
        Line(sb, indent + 1, "}");
        // The loop is a value loop: a plain `break` inside would be a type error, so only `continue` may target it.
        s.Loops.Add("value:" + label);
        Nested(sb, s, indent + 1, Between(1, 3));
        s.Loops.RemoveAt(s.Loops.Count - 1);
        Line(sb, indent, "};");
        s.Declare(name, t, false);
    }

    /// <summary>Two labelled loops, so that `break 'outer` and `continue 'outer` leave the inner one.</summary>
    private void LabelledLoops(StringBuilder sb, Scope s, int indent)
    {
        var outer = s.Fresh("'o");
        var a = s.Fresh("a");
        var b = s.Fresh("b");
        Line(sb, indent, $"{outer}: for {a} in 0..{Between(1, 4)} {{");
        s.Push();
        s.Declare(a, IntType.I32, false);
        s.Loops.Add(outer);
        Line(sb, indent + 1, $"for {b} in 0..{Between(1, 4)} {{");
        s.Declare(b, IntType.I32, false);
        Line(sb, indent + 2, $"if {BoolExpr(s, 1)} {{");
        Line(sb, indent + 3, $"{Pick(["break", "continue"])} {outer};");
        Line(sb, indent + 2, "}");
        InLoop(sb, s, indent + 2, null);
        Line(sb, indent + 1, "}");
        s.Loops.RemoveAt(s.Loops.Count - 1);
        s.Pop();
        Line(sb, indent, "}");
    }

    private void BreakOrContinue(StringBuilder sb, Scope s, int indent)
    {
        var target = s.Loops[^1];
        var keyword = target.StartsWith("value:", StringComparison.Ordinal) || Chance(50) ? "continue" : "break";
        var label = target.StartsWith("value:", StringComparison.Ordinal) ? target["value:".Length..] : target;
        if (Chance(40))
        {
            var labelled = s.Loops.Where(l => l.Length > 0).ToList();
            if (labelled.Count > 0)
            {
                var pick = Pick(labelled);
                label = pick.StartsWith("value:", StringComparison.Ordinal) ? pick["value:".Length..] : pick;
                keyword = pick.StartsWith("value:", StringComparison.Ordinal) ? "continue" : keyword;
            }
        }
        Line(sb, indent, $"if {BoolExpr(s, 2)} {{");
        Line(sb, indent + 1, $"{keyword}{(label.Length > 0 ? " " + label : "")};");
        Line(sb, indent, "}");
    }

    private void MatchStatement(StringBuilder sb, Scope s, int indent)
    {
        var text = Match(s, 2, (_, inner) =>
        {
            var body = new StringBuilder("{\n");
            Nested(body, inner, indent + 2, Between(1, 2));
            return body.Append(Indent(indent + 1)).Append('}').ToString();
        }, indent);
        Line(sb, indent, text);
    }

    private void IfLet(StringBuilder sb, Scope s, int indent)
    {
        var t = Weighted<GType>((4, new OptionType(ScalarType())), (2, new ResultType(ScalarType(), ScalarType())), (3, ValueType(1)));
        var bindings = new List<(string, GType)>();
        var pattern = Pattern(t, s, 2, bindings);
        Line(sb, indent, $"if let {pattern} = ({Expr(t, s, 2)}) {{");
        s.Push();
        foreach (var (name, type) in bindings) s.Declare(name, type, false);
        Statements(sb, s, indent + 1, Between(1, 2));
        s.Pop();
        if (Chance(50))
        {
            Line(sb, indent, "} else {");
            Nested(sb, s, indent + 1, 1);
        }
        Line(sb, indent, "}");
    }

    /// <summary>`while let Some(x) = o { … }` where `o` is replaced by `None` after a few rounds.</summary>
    private void WhileLet(StringBuilder sb, Scope s, int indent)
    {
        var t = ScalarType();
        var o = s.Fresh("o");
        var c = s.Fresh("c");
        var x = s.Fresh("x");
        Line(sb, indent, $"let mut {o}: Option<{t.Rust}> = Some({Expr(t, s, 2, pinned: true)});");
        Line(sb, indent, $"let mut {c}: u8 = 0;");
        Line(sb, indent, $"while let Some({x}) = {o} {{");
        Line(sb, indent + 1, $"{c} += 1;");
        s.Push();
        s.Declare(x, t, false);
        s.Declare(c, IntType.U8, true).Access = Access.ReadOnly;
        Line(sb, indent + 1, $"{o} = if {c} > {Between(0, 4)} {{ None }} else {{ Some({Expr(t, s, 2, pinned: true)}) }};");
        s.Declare(o, new OptionType(t), true).Access = Access.ReadOnly;
        InLoop(sb, s, indent + 1, null);
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>`{ let r = &amp;mut x; *r = …; }`: while the borrow lives, `x` itself is not touched (or only read, for `&amp;`).</summary>
    private void BorrowBlock(StringBuilder sb, Scope s, int indent)
    {
        var targets = s.Visible.Where(v => v.Access == Access.Full && v.Type is not RefType).ToList();
        if (targets.Count == 0)
        {
            Let(sb, s, indent);
            return;
        }
        var target = Pick(targets);
        var mutable = target.Mutable && Chance(60);
        var r = s.Fresh("r");
        // A borrow of a field or an element borrows (here: freezes) the whole variable.
        var (place, type) = target.Type switch
        {
            StructType { Fields.Count: > 0 } st when Chance(40) && Pick(st.Fields) is var f => ($"{target.Name}.{FieldName(st.Def, f.Name)}", f.Type),
            ArrayType a when Chance(50) => ($"{target.Name}[{Between(0, a.Length - 1)}]", a.Element),
            _ => (target.Name, target.Type),
        };
        Line(sb, indent, "{");
        Line(sb, indent + 1, $"let {r} = &{(mutable ? "mut " : "")}{place};");
        target.Access = mutable ? Access.Frozen : Access.ReadOnly;
        s.Push();
        s.Declare(r, new RefType(type, mutable), false);
        Statements(sb, s, indent + 1, Between(1, 3));
        s.Pop();
        target.Access = Access.Full;
        Line(sb, indent, "}");
    }

    /// <summary>`'b: { if c { break 'b; } … }`, a block that can be left early.</summary>
    private void LabelledBlock(StringBuilder sb, Scope s, int indent)
    {
        var label = s.Fresh("'b");
        Line(sb, indent, $"{label}: {{");
        Line(sb, indent + 1, $"if {BoolExpr(s, 2)} {{");
        Line(sb, indent + 2, $"break {label};");
        Line(sb, indent + 1, "}");
        // An unlabelled `break` inside a labelled block is an error (E0695), so the loops outside are hidden.
        s.HidingLoops(() => Nested(sb, s, indent + 1, Between(1, 2)));
        Line(sb, indent, "}");
    }

    /// <summary>A helper taking `&amp;mut`, or `shift(&amp;mut self)` on a struct variable.</summary>
    private void MutatingCall(StringBuilder sb, Scope s, int indent)
    {
        var writable = s.Visible.Where(v => v.Writable && v.Type is not RefType).ToList();
        var mutators = _helpers.Take(_callableHelpers).Where(h => h.Parameters.Count > 0 && h.Parameters[0] is RefType { Mutable: true }).ToList();
        var shifts = writable.Where(v => v.Type is StructType st && !st.Def.IsGeneric && st.Def.Name != Vec2 && st.Fields.Count > 0).ToList();
        var calls = mutators.SelectMany(m => writable.Where(v => v.Type.Same(((RefType)m.Parameters[0]).Target)).Select(v => (m, v))).ToList();
        if (calls.Count > 0 && (shifts.Count == 0 || Chance(50)))
        {
            var (m, v) = Pick(calls);
            // `m(&mut v, v.f)` is E0503: the borrow is taken before the other arguments are evaluated.
            v.Access = Access.Frozen;
            var rest = m.Parameters.Skip(1).Select((p, i) => Argument(m, i + 1, p, s, 2)).ToList();
            v.Access = Access.Full;
            Line(sb, indent, $"{m.Name}({string.Join(", ", ["&mut " + v.Name, .. rest])});");
        }
        else if (shifts.Count > 0)
        {
            var v = Pick(shifts);
            Line(sb, indent, $"{v.Name}.shift({Expr(((StructType)v.Type).Def.Fields[0].Type, s, 2, pinned: true)});");
        }
        else
        {
            Print(sb, s, indent);
        }
    }

    private void Assertion(StringBuilder sb, Scope s, int indent)
    {
        var t = ScalarType();
        Line(sb, indent, Weighted(
            (2, $"assert!({BoolExpr(s, 2)}, \"check {{}}\", {Expr(IntType.I32, s, 1)});"),
            (1, $"assert_eq!({Expr(t, s, 1)}, {Expr(t, s, 1, true)});"),
            (1, $"assert_ne!({Expr(t, s, 1)}, {Expr(t, s, 1, true)}, \"differ\");"),
            (1, $"assert!({BoolExpr(s, 1)});")));
    }

    private void DeliberatePanic(StringBuilder sb, Scope s, int indent)
    {
        Line(sb, indent, $"if {BoolExpr(s, 2)} && {BoolExpr(s, 1)} {{");
        Line(sb, indent + 1, Chance(70)
            ? $"panic!(\"stop {{}} {{:?}}\", {Expr(IntType.I64, s, 1)}, {Expr(ValueType(1), s, 1)});"
            : $"std::process::exit({Between(0, 3)});");
        Line(sb, indent, "}");
    }
}
