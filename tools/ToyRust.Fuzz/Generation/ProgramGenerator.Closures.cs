using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Closures (level L5, <see cref="GeneratorOptions.Closures"/>): every capture kind, calls of
/// the closure several times, and closures handed to generic functions with `Fn`, `FnMut` and
/// `FnOnce` bounds (<see cref="ClosureItems"/>).
///
/// How the programs stay valid:
/// - **Lifetimes.** A closure bound to a name lives in a block of its own (`{ let c3 = |…| …; … }`),
///   so what it borrows is borrowed exactly for that block; one written as an argument
///   (`apply(|x| x + v2, 5)`) dies with the call. The block is one scope of the generator too: a
///   statement in it may shadow a variable for the rest of the block (not for its own nested scope).
/// - **Shared captures.** A closure that only reads leaves what its body names read-only while it
///   lives (<see cref="Scope.Capturing"/>): other statements of the block may read them, not write.
/// - **Mutable captures.** An `FnMut` closure changes one variable (a fresh accumulator, an
///   integer variable, a vector or a string); while it lives that variable is frozen, so not even
///   the arguments of its calls read it.
/// - **Moves.** A `move` closure, or one whose body moves a value out, takes heap values and drop
///   tracers declared at the current loop depth, which are moved from then on; the body of a
///   `move` closure reads no other heap variable and no `&amp;mut` reference (it would move them in).
///   Captured values are used as whole variables (`hv3.len()`, `eat(hv4)`, `peek(&amp;t2)`), never
///   through a field (`move || t2.0` captures the field alone in Rust 2021).
/// - **Drops.** A closure that owns values drops them when it is dropped: at the end of its block,
///   at `drop(c)`, inside the generic function it was passed to, or after its one call when it is
///   `FnOnce`; a call under an `if` makes that drop depend on a drop flag.
/// - **Types.** A closure called by name has annotated parameters (and return type, or a body
///   that fixes its type); one passed to a generic function takes its types from the bound.
/// </summary>
public sealed partial class ProgramGenerator
{
    /// <summary>Whether a closure rule ran: the program then gets <see cref="ClosureItems"/>.</summary>
    private bool _usesClosures;

    private int _nextClosure;

    /// <summary>The generic functions closures are passed to, and `peek` (reads a tracer through a reference).</summary>
    private const string ClosureItems = """

        fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
            f(x)
        }

        fn apply_twice<F>(f: F, x: i64) -> i64
        where
            F: Fn(i64) -> i64,
        {
            f(f(x) % 1000003)
        }

        fn compose<F: Fn(i64) -> i64, G: Fn(i64) -> i64>(f: F, g: G, x: i64) -> i64 {
            g(f(x) % 1000003)
        }

        fn call_n<F: FnMut(i64) -> i64>(mut f: F, n: u32) -> i64 {
            let mut t = 0;
            let mut i = 0;
            while i < n {
                t ^= f(i as i64);
                i += 1;
            }
            t
        }

        fn consume<F: FnOnce() -> i64>(f: F) -> i64 {
            println!("consume");
            f()
        }

        fn peek(t: &Tr) -> u32 {
            t.0
        }

        fn fp_small(x: i64) -> i64 {
            x % 1000 * 3 + 1
        }

        fn fp_neg(x: i64) -> i64 {
            -(x % 1000)
        }

        fn pick_fp(k: i64) -> fn(i64) -> i64 {
            match k % 3 {
                0 => fp_small,
                1 => fp_neg,
                _ => |x| x % 1000 + 7,
            }
        }

        struct Wrapped(i64);

        fn make_adder(k: i64) -> impl Fn(i64) -> i64 {
            move |x| x % 1000 + k % 1000
        }

        fn boxed_op(k: i64) -> Box<dyn Fn(i64) -> i64> {
            if k % 2 == 0 {
                Box::new(move |x| x % 1000 * 2 + k % 10)
            } else {
                Box::new(fp_neg)
            }
        }

        fn apply_dyn(f: &dyn Fn(i64) -> i64, x: i64) -> i64 {
            f(x)
        }

        """;

    private static readonly GType I64 = IntType.I64;

    private void ClosureStatement(StringBuilder sb, Scope s, int indent)
    {
        _usesClosures = true;
        var nested = indent < 5;
        Weighted<Action>(
            (4, () => SharedClosure(sb, s, indent)),
            (3, () => MutClosure(sb, s, indent)),
            (MoveCandidates(s).Count > 0 ? 9 : 0, () => MoveClosure(sb, s, indent)),
            (nested ? 2 : 0, () => NestedClosure(sb, s, indent)),
            (Movable(s).Any(v => v.Type is StringType) ? 6 : 0, () => ReturningClosure(sb, s, indent)),
            (2, () => BlockClosure(sb, s, indent)),
            (3, () => Line(sb, indent, $"println!(\"gen {{}}\", {ClosureArgumentCall(s, 2)});")),
            (2, () => Line(sb, indent, $"println!(\"fp {{}}\", {FunctionValueUse(s)});")),
            (3, () => FieldCaptureClosure(sb, s, indent)),
            (3, () => Line(sb, indent, $"println!(\"fdyn {{}}\", {DynClosureUse(s)});")),
            (_options.Try ? 3 : 0, () => TryClosure(sb, s, indent)))();
    }

    // ---- closures as `impl Fn` and `dyn Fn` ----

    /// <summary>
    /// Closures behind `impl Fn` (returned by `make_adder`, one instance per closure type) and
    /// `dyn Fn` (`boxed_op`'s two vtables, a `&amp;dyn Fn` parameter, a `Vec` of boxes called in turn).
    /// A boxed closure captures only an `i64` copied in, so it is `'static` as the box asks.
    /// </summary>
    private string DynClosureUse(Scope s)
    {
        string E() => Expr(I64, s, 1, true);
        return Weighted<Func<string>>(
            (2, () => $"apply(make_adder({E()}), {E()})"),
            (2, () => $"boxed_op({E()})({E()})"),
            (2, () => $"apply_dyn(&{InlineClosure(s, 1, 1)}, {E()})"),
            (1, () => $"apply_dyn(&make_adder({E()}), {E()})"),
            (2, () =>
            {
                var k = s.Fresh("kq");
                return $"{{ let {k} = {E()}; let ops: Vec<Box<dyn Fn(i64) -> i64>> = vec![boxed_op({E()}), Box::new(make_adder({E()})), Box::new(move |z| z % 1000 - {k} % 1000)]; ops.iter().fold(0i64, |acc, f| acc + f({E()}) % 1000) }}";
            }))();
    }

    // ---- `?` in closures ----

    /// <summary>
    /// `?` in a closure's body returns from the closure, not from the function around it: a
    /// closure returning `Result&lt;i64, AppErr&gt;` (its `?` on `parse_num` converts the error with
    /// `From`, which prints) or `Option&lt;i64&gt;`, called twice; or one mapped over a range and
    /// collected into a `Result` of a `Vec`, which stops at the first error.
    /// </summary>
    private void TryClosure(StringBuilder sb, Scope s, int indent)
    {
        var n = ClosureCounter();
        var c = ClosureName(s);
        string E() => Expr(I64, s, 1, true);
        switch (Between(0, 2))
        {
            case 0:
                Line(sb, indent, $"let {c} = |k: i64| -> Result<i64, AppErr> {{ let a = parse_num(k)?; let b = checked(a + {Between(0, 99)})?; Ok(a + b % 1000 + ({E()}) % 1000) }};");
                Line(sb, indent, $"println!(\"tc{n} {{:?}} {{:?}}\", {c}({E()}), {c}({E()}));");
                break;
            case 1:
                Line(sb, indent, $"let {c} = |k: i64| -> Option<i64> {{ Some(half(k)? % 1000 + half(k + {Between(0, 9)})? % 1000) }};");
                Line(sb, indent, $"println!(\"tc{n} {{:?}} {{:?}}\", {c}({E()}), {c}({E()}));");
                break;
            default:
                Line(sb, indent, $"println!(\"tc{n} {{:?}}\", (0..{Between(0, 6)}i64).map(|k| -> Result<i64, AppErr> {{ Ok(checked(k * {Between(1, 9)} + {Between(0, 50)})? * 2) }}).collect::<Result<Vec<i64>, AppErr>>());");
                break;
        }
    }

    // ---- disjoint field captures ----

    /// <summary>
    /// Closures that capture fields of a tuple, not the tuple (Rust 2021's disjoint captures). The
    /// tuple is fresh, in a block of its own, and no other rule sees it. A `move` closure takes
    /// `pr.1` (a tracer, dropped with the closure) and copies `pr.2`, while `pr.0` stays with the
    /// block and is read after the closure is made; or a closure mutates `pr.2` alone while `pr.0`
    /// is read. The drops show whose each part is.
    /// <code>
    /// { let pr3 = (tr(7), tr(8), 5); let cl4 = move || peek(&amp;pr3.1) as i64 + pr3.2 % 1000;
    ///   println!("fc{n} {} {}", cl4(), peek(&amp;pr3.0)); drop(cl4); println!("fc{n} end"); }
    /// </code>
    /// </summary>
    private void FieldCaptureClosure(StringBuilder sb, Scope s, int indent)
    {
        var n = ClosureCounter();
        var pr = s.Fresh("pr");
        var c = ClosureName(s);
        var (a, b) = (Between(100, 999), Between(100, 999));
        Line(sb, indent, "{");
        var kind = Between(0, 9);
        if (kind >= 5)
        {
            PatternCaptureClosure(sb, s, indent + 1, pr, c, n, (a, b));
        }
        else if (kind >= 2)
        {
            Line(sb, indent + 1, $"let {pr} = (tr({a}), tr({b}), {Expr(I64, s, 1, true)});");
            Line(sb, indent + 1, $"let {c} = move || peek(&{pr}.1) as i64 + {pr}.2 % 1000;");
            Line(sb, indent + 1, $"println!(\"fc{n} {{}} {{}}\", {c}(), peek(&{pr}.0));");
            if (Chance(50)) Line(sb, indent + 1, $"drop({c});");
        }
        else
        {
            Line(sb, indent + 1, $"let mut {pr} = (tr({a}), String::from(\"f{b}\"), {Expr(I64, s, 1, true)} % 1000);");
            Line(sb, indent + 1, $"let mut {c} = || {{ {pr}.2 += {Between(1, 9)}; {pr}.1.len() as i64 + {pr}.2 }};");
            Line(sb, indent + 1, $"println!(\"fc{n} {{}} {{}}\", peek(&{pr}.0), {c}());");
            Line(sb, indent + 1, $"println!(\"fc{n} {{}} {{}}\", {c}(), {pr}.2);");
        }
        Line(sb, indent + 1, $"println!(\"fc{n} end\");");
        Line(sb, indent, "}");
    }

    /// <summary>
    /// A pattern in the closure takes only the parts it binds or tests (rustc's `walk_pat`): a
    /// `move` closure whose `match` binds `pr.1` owns that tracer alone (its one call drops it),
    /// or a closure whose `let` borrows `pr.0` and `pr.3` leaves `pr.1` free to move out while it
    /// lives; a range pattern reads `pr.2`.
    /// <code>
    /// let cl4 = || { let (ref a, _, k, ref s) = pr3; peek(a) as i64 + k % 1000 + s.len() as i64 };
    /// let mv = pr3.1; println!("fc{n} {} {}", cl4(), peek(&amp;mv));
    /// </code>
    /// </summary>
    private void PatternCaptureClosure(StringBuilder sb, Scope s, int indent, string pr, string c, string n, (int A, int B) tracers)
    {
        Line(sb, indent, $"let {pr} = (tr({tracers.A}), tr({tracers.B}), {Expr(I64, s, 1, true)} % 1000, String::from(\"p{tracers.B}\"));");
        var cut = Between(-500, 500);
        switch (Between(0, 2))
        {
            case 0:
                Line(sb, indent, $"let {c} = move || match {pr} {{ (_, t, k, _) => peek(&t) as i64 + k }};");
                Line(sb, indent, $"println!(\"fc{n} {{}}\", peek(&{pr}.0));");
                Line(sb, indent, $"println!(\"fc{n} {{}} {{}}\", {c}(), {pr}.3);");
                break;
            case 1:
                Line(sb, indent, $"let {c} = || {{ let (ref a, _, k, ref st) = {pr}; peek(a) as i64 + k + st.len() as i64 }};");
                var moved = s.Fresh("mv");
                Line(sb, indent, $"let {moved} = {pr}.1;");
                Line(sb, indent, $"println!(\"fc{n} {{}} {{}}\", {c}(), peek(&{moved}));");
                Line(sb, indent, $"println!(\"fc{n} {{}}\", apply(|x| {c}() + x, {Between(0, 9)}));");
                break;
            default:
                Line(sb, indent, $"println!(\"fc{n} {{}}\", apply(|x| match {pr} {{ (_, _, {cut}..=999, ref st) => st.len() as i64 + x, (ref a, _, k, _) => peek(a) as i64 - k }}, {Between(0, 9)}));");
                Line(sb, indent, $"drop({pr}.1);");
                break;
        }
    }

    // ---- function items and `fn` pointers where closures are expected ----

    /// <summary>
    /// A function item (`fp_small`, its own zero-sized type) or a `fn(i64) -> i64` pointer
    /// (`pick_fp(k)`, whose arms reify two items and a closure) handed to the generic functions, or
    /// called through a pointer chosen at run time.
    /// </summary>
    private string FunctionValueUse(Scope s)
    {
        string Item() => Pick(["fp_small", "fp_neg"]);
        string Pointer() => $"pick_fp({Expr(I64, s, 1, true)})";
        return Weighted<Func<string>>(
            (3, () => $"apply({Item()}, {Expr(I64, s, 1, true)})"),
            (2, () => $"apply({Pointer()}, {Expr(I64, s, 1, true)})"),
            (2, () => $"compose({Item()}, {Pointer()}, {Expr(I64, s, 1, true)})"),
            (1, () => $"apply_twice({Item()}, {Expr(I64, s, 1, true)})"),
            (1, () => $"call_n({Item()}, {Between(0, 4)})"),
            (2, () => $"{{ let f: fn(i64) -> i64 = if {Expr(BoolType.Instance, s, 1, true)} {{ {Item()} }} else {{ {Item()} }}; f({Expr(I64, s, 1, true)}) }}"),
            (1, () => $"Some({Expr(I64, s, 1, true)}).map(Wrapped).map(|Wrapped(v)| v % 1000).unwrap_or(0)"))();
    }

    private string ClosureName(Scope s) => s.Fresh("cl");

    private string ClosureCounter() => (_nextClosure++).ToString(CultureInfo.InvariantCulture);

    // ---- by shared reference ----

    /// <summary>`{ let c = |p: T| -> R { … }; …; println!("…", c(a), c(b)); }`: reads its captures, called several times.</summary>
    private void SharedClosure(StringBuilder sb, Scope s, int indent)
    {
        var generic = Chance(35);
        List<GType> parameters = generic ? [I64] : [.. Enumerable.Range(0, Between(0, 2)).Select(_ => Chance(35) ? new RefType(ValueType(1), false) : ValueType(1))];
        var ret = generic ? I64 : ValueType(1);
        var c = ClosureName(s);
        var text = ClosureText(s, parameters, ret, Chance(20) ? "move " : "");
        Line(sb, indent, "{");
        s.Push();
        Line(sb, indent + 1, $"let {c} = {text};");
        s.Capturing(text, Access.ReadOnly, () =>
        {
            Statements(sb, s, indent + 1, Between(0, 2));
            var n = ClosureCounter();
            for (var k = 0; k < Between(1, 3); k++) Line(sb, indent + 1, $"println!(\"clo{n} {{:?}}\", {c}({Arguments(parameters, s)}));");
            if (generic) Line(sb, indent + 1, $"println!(\"clo{n} {{}}\", {PassFn(c, s)});");
        });
        // The closure is not used again and has nothing to drop: its borrows are over (NLL), in its scope.
        Statements(sb, s, indent + 1, Between(0, 1));
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>
    /// `|p: T, q: U| -> R { body }`, or `|p: T| body` with a body that fixes its own type. The
    /// parameters are always annotated: rustc checks the body where the closure is written, before
    /// a call could tell it their types (`p.f0` with `p` unknown is E0282).
    /// </summary>
    private string ClosureText(Scope s, IReadOnlyList<GType> parameters, GType ret, string move)
    {
        s.Push();
        var names = parameters.Select(p => s.Declare(s.Fresh("p"), p, false).Name).ToList();
        var annotated = Chance(60);
        var body = MoveAware(s, move, () => Expr(ret, s, 2, pinned: annotated));
        s.Pop();
        return annotated ? $"{move}|{Signature(names, parameters)}| -> {ret.Rust} {{ {body} }}" : $"{move}|{Signature(names, parameters)}| {body}";
    }

    /// <summary>The body of a closure: a `move` one's with heap variables and `&amp;mut` references frozen (<see cref="Scope.FreezingMovable"/>).</summary>
    private static string MoveAware(Scope s, string move, Func<string> body)
    {
        if (move.Length == 0) return body();
        var text = "";
        s.FreezingMovable(() => text = body());
        return text;
    }

    private string Arguments(IReadOnlyList<GType> parameters, Scope s) =>
        string.Join(", ", parameters.Select(p => p is RefType r ? $"&{Expr(r.Target, s, 1, pinned: true)}" : Expr(p, s, 1, pinned: true)));

    /// <summary>A closure `c` of type `Fn(i64) -> i64` handed to a generic function: moved (or copied) into it.</summary>
    private string PassFn(string c, Scope s) => Weighted<Func<string>>(
        (3, () => $"apply({c}, {Expr(I64, s, 1, true)})"),
        (2, () => $"apply_twice({c}, {Expr(I64, s, 1, true)})"),
        (2, () => $"compose({c}, |z| z % 1000 + {Between(1, 9)}, {Expr(I64, s, 1, true)})"),
        (2, () => $"call_n({c}, {Between(0, 4)})"),
        (1, () => $"consume(move || {c}({MoveAware(s, "move ", () => Expr(I64, s, 1, true))}))"))();

    // ---- as arguments of generic functions ----

    /// <summary>
    /// A closure written as the argument of a generic function, its parameter types taken from the
    /// bound: `apply(|x| …, 5)`, `compose(|x| …, |y| …, 5)`, `call_n(|i| …, 3)`, `consume(|| …)`.
    /// Its body may itself hold such a call, so closures nest.
    /// </summary>
    private string ClosureArgumentCall(Scope s, int depth)
    {
        _usesClosures = true;
        var d = Math.Max(0, depth - 1);
        return Weighted<Func<string>>(
            (3, () => $"apply({InlineClosure(s, 1, d)}, {Expr(I64, s, d, true)})"),
            (1, () => $"apply_twice({InlineClosure(s, 1, d)}, {Expr(I64, s, d, true)})"),
            (2, () => $"compose({InlineClosure(s, 1, d)}, {InlineClosure(s, 1, d)}, {Expr(I64, s, d, true)})"),
            (2, () => $"call_n({InlineClosure(s, 1, d)}, {Between(0, 5)})"),
            (2, () => $"consume({InlineClosure(s, 0, d)})"))();
    }

    private string InlineClosure(Scope s, int arity, int depth)
    {
        s.Push();
        var names = Enumerable.Range(0, arity).Select(_ => s.Declare(s.Fresh("x"), I64, false).Name).ToList();
        var move = Chance(15) ? "move " : "";
        var body = MoveAware(s, move, () => Expr(I64, s, depth, pinned: true));
        s.Pop();
        return $"{move}|{string.Join(", ", names)}| {body}";
    }

    // ---- by mutable reference ----

    /// <summary>An `FnMut` closure changing one variable, called several times, maybe handed to `call_n`; the variable is read after it.</summary>
    private void MutClosure(StringBuilder sb, Scope s, int indent)
    {
        var c = ClosureName(s);
        var k = s.Fresh("k");
        var target = MutTarget(s, k);
        if (target.Before is not null) Line(sb, indent, target.Before);
        Line(sb, indent, "{");
        Line(sb, indent + 1, $"let mut {c} = |{k}: {target.Parameter.Rust}| {target.Body};");
        var n = ClosureCounter();
        target.Freeze(() =>
        {
            for (var i = 0; i < Between(1, 3); i++) Line(sb, indent + 1, $"println!(\"mut{n} {{}}\", {c}({Expr(target.Parameter, s, 1, true)}));");
            if (target.Parameter.Same(I64) && target.Return.Same(I64) && Chance(40)) Line(sb, indent + 1, $"println!(\"mut{n} {{}}\", call_n({c}, {Between(0, 4)}));");
        });
        Line(sb, indent, "}");
        if (target.After is not null) Line(sb, indent, target.After);
        target.Declare();
    }

    /// <summary>
    /// What an `FnMut` closure changes: its parameter and return types, its body, a line before
    /// its block (a fresh accumulator), how to freeze the target while it lives, a line after.
    /// </summary>
    private sealed record MutCapture(GType Parameter, GType Return, string Body, string? Before, Action<Action> Freeze, string? After, Action Declare);

    private MutCapture MutTarget(Scope s, string k)
    {
        var ints = s.Visible.Where(v => v.Writable && v.Type is IntType && v.Name != "ck").ToList();
        var refs = s.Visible.Where(v => v.Access == Access.Full && v.Type is RefType { Mutable: true, Target: IntType }).ToList();
        var vecs = s.Heap.Where(v => v.Writable && v.Type is VecType { Element: IntType }).ToList();
        var strings = s.Heap.Where(v => v.Writable && v.Type is StringType).ToList();
        return Weighted<Func<MutCapture>>(
            (3, () => FreshAccumulator(s, k)),
            (1, () => FreshAccumulatorThroughReference(s, k)),
            (ints.Count > 0 ? 3 : 0, () =>
            {
                var v = Pick(ints);
                return new MutCapture(v.Type, v.Type, $"{{ {v.Name} ^= {k}; {v.Name} }}", null, inside => FreezeVar(v, inside), null, () => { });
            }),
            (ints.Count > 0 ? 2 : 0, () =>
            {
                // Through a fresh `&mut`: the closure captures `*r` by unique borrow.
                var v = Pick(ints);
                var r = s.Fresh("r");
                return new MutCapture(v.Type, v.Type, $"{{ *{r} ^= {k}; *{r} }}", $"let {r} = &mut {v.Name};", inside => FreezeVar(v, inside),
                    $"println!(\"through {{}}\", {v.Name});", () => { });
            }),
            (refs.Count > 0 ? 8 : 0, () =>
            {
                var r = Pick(refs);
                var t = ((RefType)r.Type).Target;
                return new MutCapture(t, t, $"{{ *{r.Name} ^= {k}; *{r.Name} }}", null, inside => FreezeVar(r, inside), null, () => { });
            }),
            (vecs.Count > 0 ? 2 : 0, () =>
            {
                var v = Pick(vecs);
                var e = ((VecType)v.Type).Element;
                return new MutCapture(e, I64, $"{{ {v.Name}.push({k}); {v.Name}.len() as i64 }}", null, inside => s.With(v, Access.Frozen, inside),
                    $"println!(\"pushed {{}}\", {v.Name}.len());", () => { });
            }),
            (strings.Count > 0 ? 2 : 0, () =>
            {
                var v = Pick(strings);
                return new MutCapture(CharType.Instance, IntType.Usize, $"{{ {v.Name}.push({k}); {v.Name}.len() }}", null,
                    inside => s.With(v, Access.Frozen, inside), $"println!(\"grown {{:?}}\", {v.Name});", () => { });
            }))();
    }

    /// <summary>`let mut acc = …;` before the block, changed by the closure, printed and usable after it.</summary>
    private MutCapture FreshAccumulator(Scope s, string k)
    {
        var acc = s.Fresh("acc");
        var init = Expr(I64, s, 1, pinned: true);
        var body = Chance(50) ? $"{{ {acc} = ({acc} % 1000 + {k} % 1000) * 3 % 1000003; {acc} }}" : $"{{ {acc} ^= {k}; {acc} += 1; {acc} }}";
        return new MutCapture(I64, I64, body, $"let mut {acc}: i64 = {init};", inside => inside(), $"println!(\"acc {{}}\", {acc});",
            () => s.Declare(acc, I64, true));
    }

    /// <summary>A fresh accumulator changed through a fresh `&amp;mut` (the closure captures `*r` by unique borrow), read after the closure.</summary>
    private MutCapture FreshAccumulatorThroughReference(Scope s, string k)
    {
        var acc = s.Fresh("acc");
        var r = s.Fresh("r");
        var init = Expr(I64, s, 1, pinned: true);
        return new MutCapture(I64, I64, $"{{ *{r} ^= {k}; *{r} }}", $"let mut {acc}: i64 = {init}; let {r} = &mut {acc};", inside => inside(),
            $"println!(\"through {{}}\", {acc});", () => s.Declare(acc, I64, true));
    }

    private static void FreezeVar(Var v, Action inside)
    {
        var old = v.Access;
        v.Access = Access.Frozen;
        inside();
        v.Access = old;
    }

    // ---- by value ----

    /// <summary>Heap variables and tracers a closure may take by value here: movable, of a type a captured use reads as a whole.</summary>
    private List<string> MoveCandidates(Scope s) =>
    [
        .. Movable(s).Where(v => v.Type is StringType or NoisyType || v.Type is VecType ve && HeapDebug(ve.Element)).Select(v => v.Name),
        .. s.LiveTracers.Where(t => t.LoopDepth == s.LoopDepth).Select(t => t.Name),
    ];

    /// <summary>A whole-variable use of a captured value that leaves it in place (the closure stays `Fn`).</summary>
    private static string ReadWhole(string name, Scope s) => s.Heap.FirstOrDefault(v => v.Name == name && !v.Moved && !v.Hidden)?.Type switch
    {
        StringType => $"({name}.len() as i64)",
        VecType => $"({name}.len() as i64 * 2)",
        NoisyType => $"{name}.score()",
        _ => $"(peek(&{name}) as i64)",
    };

    /// <summary>A use that moves the captured value out (the closure is `FnOnce`): it is eaten, sunk or taken.</summary>
    private static string Consume(string name, Scope s) => s.Heap.FirstOrDefault(v => v.Name == name && !v.Moved && !v.Hidden)?.Type switch
    {
        StringType => $"({{ let w = {name} + \"!\"; w.len() as i64 }})",
        VecType => $"(vtake({name}) as i64)",
        NoisyType => $"(eat({name}) % 1000)",
        _ => $"(sink({name}) as i64)",
    };

    private void MarkMoved(string name, Scope s)
    {
        if (s.Heap.FirstOrDefault(v => v.Name == name && !v.Moved && !v.Hidden) is { } h) h.Moved = true;
        else s.LiveTracers.First(t => t.Name == name).Moved = true;
    }

    /// <summary>
    /// A closure owning one or two values: `move |k: i64| hv3.len() as i64 + k` (an `Fn` that keeps
    /// them until it is dropped) or `move || eat(hv4)` (an `FnOnce`), called, handed on or dropped.
    /// </summary>
    private void MoveClosure(StringBuilder sb, Scope s, int indent)
    {
        var candidates = MoveCandidates(s);
        var taken = candidates.OrderBy(_ => _random.Next()).Take(Chance(30) ? 2 : 1).ToList();
        var once = Chance(45);
        var c = ClosureName(s);
        var k = s.Fresh("k");
        var n = ClosureCounter();
        var uses = taken.Select(t => once && t == taken[0] ? Consume(t, s) : ReadWhole(t, s)).ToList();
        foreach (var t in taken) MarkMoved(t, s);
        var move = once && Chance(50) ? "" : "move ";
        var extra = "";
        s.FreezingMovable(() => extra = Expr(I64, s, 1, pinned: true));
        var body = $"{string.Join(" + ", uses)} + {extra} % 100";
        var text = once ? $"{move}|| -> i64 {{ {body} }}" : $"move |{k}: i64| -> i64 {{ {body} + {k} % 100 }}";
        Line(sb, indent, "{");
        s.Push();
        Line(sb, indent + 1, $"let {c} = {text};");
        // Without `move`, the `Copy` values the body reads are borrowed while the closure lives.
        s.Capturing(text, Access.ReadOnly, () =>
        {
            Statements(sb, s, indent + 1, Between(0, 1));
            if (once) OnceCall(sb, s, indent + 1, c, n);
            else OwnCalls(sb, s, indent + 1, c, n);
        });
        s.Pop();
        Line(sb, indent, "}");
    }

    /// <summary>The one call of an `FnOnce` closure, direct or through `consume`, now and then under an `if` (a drop flag then drops it at the block's end).</summary>
    private void OnceCall(StringBuilder sb, Scope s, int indent, string c, string n)
    {
        var call = Chance(40) ? $"consume({c})" : $"{c}()";
        Line(sb, indent, Chance(30) ? $"if {BoolExpr(s, 1)} {{ println!(\"once{n} {{}}\", {call}); }}" : $"println!(\"once{n} {{}}\", {call});");
    }

    /// <summary>Calls of a closure that owns values, then maybe handed on (dropped inside the callee) or dropped by `drop`.</summary>
    private void OwnCalls(StringBuilder sb, Scope s, int indent, string c, string n)
    {
        for (var i = 0; i < Between(1, 2); i++) Line(sb, indent, $"println!(\"own{n} {{}}\", {c}({Expr(I64, s, 1, true)}));");
        Weighted<Action>(
            (2, () => { }),
            (2, () => Line(sb, indent, $"println!(\"own{n} {{}}\", {PassFn(c, s)});")),
            (1, () => Line(sb, indent, $"drop({c});")))();
        if (Chance(50)) Line(sb, indent, $"println!(\"own{n} end\");");
    }

    /// <summary>`let c = move || -> String { hv3 + "!" }; let hv5 = c();`: an `FnOnce` giving back what it owned, as a new heap variable.</summary>
    private void ReturningClosure(StringBuilder sb, Scope s, int indent)
    {
        var c = ClosureName(s);
        var taken = Take(StringType.Instance, s)!;
        var result = s.Fresh(HeapPrefix);
        Line(sb, indent, $"let {c} = {(Chance(50) ? "move " : "")}|| -> String {{ {taken} + {StringLiteral()} }};");
        Line(sb, indent, $"let mut {result} = {c}();");
        s.DeclareHeap(result, StringType.Instance, true);
    }

    /// <summary>`let c = { let b = …; move |p: i64| -> i64 { …b… } };`: a closure made in a block, owning a copy of the block's local.</summary>
    private void BlockClosure(StringBuilder sb, Scope s, int indent)
    {
        var c = ClosureName(s);
        var init = Expr(I64, s, 1, pinned: true);
        s.Push();
        var b = s.Declare(s.Fresh("b"), I64, false).Name;
        var text = ClosureText(s, [I64], I64, "move ");
        s.Pop();
        var n = ClosureCounter();
        Line(sb, indent, "{");
        Line(sb, indent + 1, $"let {c} = {{ let {b}: i64 = {init}; {text} }};");
        for (var i = 0; i < Between(1, 2); i++) Line(sb, indent + 1, $"println!(\"blk{n} {{}}\", {c}({Expr(I64, s, 1, true)}));");
        Line(sb, indent, "}");
    }

    // ---- nested ----

    /// <summary>`let c = |a: i64| -> i64 { let inner = |b: i64| …a…; inner(…) ^ inner(…) };`: an inner closure capturing the outer's parameter.</summary>
    private void NestedClosure(StringBuilder sb, Scope s, int indent)
    {
        var c = ClosureName(s);
        s.Push();
        var a = s.Declare(s.Fresh("a"), I64, false).Name;
        var inner = s.Fresh("inner");
        var b = s.Fresh("b");
        var move = Chance(30) ? "move " : "";
        s.Push();
        s.Declare(b, I64, false);
        var innerBody = MoveAware(s, move, () => Expr(I64, s, 2, pinned: true));
        s.Pop();
        var first = Expr(I64, s, 1, pinned: true);
        var second = Expr(I64, s, 1, pinned: true);
        s.Pop();
        var text = $"|{a}: i64| -> i64 {{ let {inner} = {move}|{b}: i64| -> i64 {{ ({innerBody}) ^ {a} }}; {inner}({first}) ^ {inner}({second}) }}";
        var n = ClosureCounter();
        Line(sb, indent, "{");
        Line(sb, indent + 1, $"let {c} = {text};");
        s.Capturing(text, Access.ReadOnly, () =>
        {
            for (var i = 0; i < Between(1, 2); i++) Line(sb, indent + 1, $"println!(\"nest{n} {{}}\", {c}({Expr(I64, s, 1, true)}));");
            if (Chance(40)) Line(sb, indent + 1, $"println!(\"nest{n} {{}}\", {PassFn(c, s)});");
        });
        Line(sb, indent, "}");
    }
}
