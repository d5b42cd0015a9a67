namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Expressions of a requested type. <c>pinned</c> says the context already fixes the type, so an
/// integer literal may be left unsuffixed for the type checker to infer (`let x: u8 = 3 + y;`).
/// Depth bounds the nesting; at depth 0 only leaves (literals, variables, fields) are made.
/// </summary>
public sealed partial class ProgramGenerator
{
    private string Expr(GType t, Scope s, int depth, bool pinned = false) => t switch
    {
        IntType i => IntExpr(i, s, depth, pinned),
        BoolType => BoolExpr(s, depth),
        CharType => CharExpr(s, depth),
        F64Type => FloatExpr(s, depth, pinned),
        TupleType tt => Leaf(t, s) ?? "(" + string.Join(", ", tt.Items.Select(i => Expr(i, s, depth - 1, pinned))) + (tt.Items.Count == 1 ? ",)" : ")"),
        ArrayType a => Leaf(t, s) ?? ArrayLiteral(a, s, depth, pinned),
        OptionType o => OptionExpr(o, s, depth, pinned),
        ResultType r => ResultExpr(r, s, depth, pinned),
        StructType st => StructExpr(st, s, depth, pinned),
        EnumType e => Leaf(t, s) ?? EnumLiteral(e, s, depth, pinned),
        _ => throw new InvalidOperationException($"no expressions of type {t}"),
    };

    /// <summary>A readable place of type <paramref name="t"/>: a variable, through a reference, a field or an element.</summary>
    private string? Leaf(GType t, Scope s)
    {
        var places = Places(t, s).ToList();
        return places.Count > 0 && Chance(70) ? Pick(places) : null;
    }

    private IEnumerable<string> Places(GType t, Scope s)
    {
        foreach (var v in s.Visible.Where(v => v.Readable))
        {
            var (path, type) = v.Type is RefType r ? ($"(*{v.Name})", r.Target) : (v.Name, v.Type);
            foreach (var place in PlacesWithin(path, type, t, 2)) yield return place;
        }
    }

    private IEnumerable<string> PlacesWithin(string path, GType have, GType want, int depth)
    {
        if (have.Same(want)) yield return path;
        if (depth == 0) yield break;
        var inner = have switch
        {
            TupleType tt => tt.Items.Select((item, i) => ($"{path}.{i}", item)),
            StructType st => st.Fields.Select(f => ($"{path}.{FieldName(st.Def, f.Name)}", f.Type)),
            ArrayType a => [($"{path}[{Between(0, a.Length - 1)}]", a.Element)],
            _ => [],
        };
        foreach (var (p, type) in inner)
        {
            foreach (var place in PlacesWithin(p, type, want, depth - 1)) yield return place;
        }
    }

    // ---- integers ----

    private string IntExpr(IntType t, Scope s, int depth, bool pinned)
    {
        if (depth <= 0) return Leaf(t, s) ?? (Chance(80) ? IntLiteral(t, pinned) : IntCast(t, s, 0));
        return Weighted<Func<string>>(
            (6, () => Leaf(t, s) ?? IntLiteral(t, pinned)),
            (3, () => IntLiteral(t, pinned)),
            (10, () => Arithmetic(t, s, depth, pinned)),
            (4, () => Bitwise(t, s, depth, pinned)),
            (3, () => Shift(t, s, depth, pinned)),
            (3, () => DivRem(t, s, depth, pinned)),
            (t.Signed ? 1 : 0, () => Negate(Expr(t, s, depth - 1, pinned))),
            (1, () => $"(!{Expr(t, s, depth - 1, pinned)})"),
            (4, () => IntCast(t, s, depth - 1)),
            (2, () => IfExpr(t, s, depth, pinned)),
            (1, () => BlockExpr(t, s, depth, pinned)),
            (2, () => MatchExpr(t, s, depth, pinned)),
            (4, () => CallExpr(t, s, depth) ?? IntLiteral(t, pinned)),
            (2, () => GenericCall(t, s, depth) ?? IntLiteral(t, pinned)),
            (t == IntType.I64 ? 2 : 0, () => DynOrImplCall(s, depth - 1)),
            (2, () => MethodExpr(t, s, depth) ?? IntLiteral(t, pinned)),
            (1, () => $"{Expr(new OptionType(t), s, depth - 1)}.unwrap_or({Expr(t, s, depth - 1, true)})"),
            (1, () => $"{Expr(Chance(50) ? new OptionType(t) : new ResultType(t, ScalarType()), s, depth - 1)}.{(Chance(50) ? "unwrap()" : "expect(\"a value\")")}"),
            (1, () => ResultUse(t, s, depth)),
            (t == IntType.Usize ? 2 : 0, () => $"{Expr(new ArrayType(ScalarType(), Between(1, 4)), s, depth - 1)}.len()"),
            (1, () => ConstUse(t) ?? IntLiteral(t, pinned)),
            (2, () => HeapIntRead(t, s) ?? IntLiteral(t, pinned)),
            (_options.Closures && t == IntType.I64 ? 3 : 0, () => ClosureArgumentCall(s, depth)),
            (_options.Iterators && (t == IntType.I64 || t == IntType.Usize) ? 3 : 0, () => IterExpr(t, s, depth) ?? IntLiteral(t, pinned)))();
    }

    private string Arithmetic(IntType t, Scope s, int depth, bool pinned)
    {
        var op = Pick(["+", "-", "*", "+", "-"]);
        var left = LeftOperand(t, s, depth - 1, pinned);
        var right = Expr(t, s, depth - 1, true);
        // Random operands overflow often; most of the time reduce them, so that most programs run to the end.
        if (Chance(60))
        {
            var m = t.Bits == 8 ? 50 : 1000;
            left = $"({left} % {m}{(pinned ? "" : t.Name)})";
            right = $"({Pin(right, t)} % {m})";
        }
        // Unsigned `a - b` underflows half the time; `a - b % (a | 1)` never does.
        if (op == "-" && !t.Signed && Chance(70)) right = $"({Pin(right, t)} % ({left} | 1))";
        // Multiplying two wide values overflows almost always; keep one side small most of the time.
        if (op == "*" && Chance(70)) right = $"({Pin(right, t)} % {Between(2, 16)}{t.Name})";
        return $"({left} {op} {right})";
    }

    /// <summary>
    /// The left operand of a binary operator. rustc types `a op b` from the left operand's type, so
    /// that type must be known there: `x.conv()` (or an `if` or block ending in it) is an unknown
    /// type until `Conv`'s one impl is selected at the end of the function, and `x.conv() | 255`
    /// is then `u8 | i32` for rustc. Such an operand is cast to its type, which pins it
    /// (`(x.conv() as u8) | 255`; the cast itself is checked at the end, after selection).
    /// </summary>
    private string LeftOperand(IntType t, Scope s, int depth, bool pinned) => Pin(Expr(t, s, depth, pinned), t);

    /// <summary>`e` as the left operand of an operator whose right one is an unsuffixed literal (`(e | 1)`): cast when it holds a `.conv()`.</summary>
    private static string Pin(string e, IntType t) => e.Contains(".conv()", StringComparison.Ordinal) ? $"({e} as {t.Name})" : e;

    /// <summary>`(-x)`; a negative literal gets `+ 0` first, or rustc would read `-(-128i8)` as the literal 128i8.</summary>
    private static string Negate(string e) => e.StartsWith("(-", StringComparison.Ordinal) ? $"(-({e} + 0))" : $"(-{e})";

    private string Bitwise(IntType t, Scope s, int depth, bool pinned) =>
        $"({LeftOperand(t, s, depth - 1, pinned)} {Pick(["&", "|", "^"])} {Expr(t, s, depth - 1, true)})";

    /// <summary>`a << (n & 7)`: the amount may be of any integer type; it is masked below the width 95% of the time.</summary>
    private string Shift(IntType t, Scope s, int depth, bool pinned)
    {
        var amountType = IntTypeChoice();
        var amount = Expr(amountType, s, depth - 1);
        var mask = Math.Min(t.Bits - 1, amountType.Bits == 8 && amountType.Signed ? 127 : t.Bits - 1);
        var masked = Chance(95) ? $"({amount} & {mask}{amountType.Name})" : amount;
        return $"({LeftOperand(t, s, depth - 1, pinned)} {Pick(["<<", ">>"])} {masked})";
    }

    /// <summary>`a / (d | 1)`: the divisor is odd, so never zero, 95% of the time.</summary>
    private string DivRem(IntType t, Scope s, int depth, bool pinned)
    {
        var divisor = Expr(t, s, depth - 1, true);
        if (Chance(95)) divisor = $"({Pin(divisor, t)} | 1)";
        return $"({LeftOperand(t, s, depth - 1, pinned)} {Pick(["/", "%"])} {divisor})";
    }

    /// <summary>`(x as T)` from another integer type, a `bool`, a `char` (to `u32`/`u8`) or an `f64` (saturating).</summary>
    private string IntCast(IntType t, Scope s, int depth)
    {
        var from = Weighted<GType>(
            (8, IntTypeChoice()), (2, BoolType.Instance), (t == IntType.U32 || t == IntType.U8 ? 2 : 0, CharType.Instance),
            (1, F64Type.Instance));
        return $"({Expr(from, s, depth)} as {t.Name})";
    }

    private string? ConstUse(IntType t)
    {
        var consts = _consts.Where(c => c.Type == t).ToList();
        return consts.Count == 0 ? null : Pick(consts).Name;
    }

    private string ResultUse(IntType t, Scope s, int depth)
    {
        var r = new ResultType(t, ScalarType());
        return Chance(50)
            ? $"{Expr(r, s, depth - 1)}.unwrap_or({Expr(t, s, depth - 1, true)})"
            : $"(match {Expr(r, s, depth - 1)} {{ Ok(v) => v, Err(_) => {Expr(t, s, depth - 1, true)} }})";
    }

    // ---- bool, char, f64 ----

    private string BoolExpr(Scope s, int depth)
    {
        if (depth <= 0) return Leaf(BoolType.Instance, s) ?? Pick(["true", "false"]);
        return Weighted<Func<string>>(
            (4, () => Leaf(BoolType.Instance, s) ?? "true"),
            (8, () => Comparison(s, depth)),
            (3, () => $"({BoolExpr(s, depth - 1)} {Pick(["&&", "||", "==", "!=", "^", "&", "|"])} {BoolExpr(s, depth - 1)})"),
            (2, () => $"!{BoolExpr(s, depth - 1)}"),
            (2, () => $"{Expr(new OptionType(ScalarType()), s, depth - 1)}.{Pick(["is_some", "is_none"])}()"),
            (1, () => $"{Expr(new ResultType(ScalarType(), ScalarType()), s, depth - 1)}.{Pick(["is_ok", "is_err"])}()"),
            (2, () => CompoundEquality(s, depth)),
            (1, () => IfExpr(BoolType.Instance, s, depth, true)),
            (1, () => GenericCall(BoolType.Instance, s, depth) ?? "false"),
            (2, () => CallExpr(BoolType.Instance, s, depth) ?? "true"),
            (1, () => HeapBoolRead(s) ?? "false"),
            (_options.Iterators ? 1 : 0, () => IterExpr(BoolType.Instance, s, depth) ?? "true"))();
    }

    private string Comparison(Scope s, int depth)
    {
        var t = Weighted<GType>((10, IntTypeChoice()), (2, CharType.Instance), (1, F64Type.Instance), (1, BoolType.Instance));
        return $"({(t is IntType i ? LeftOperand(i, s, depth - 1, false) : Expr(t, s, depth - 1))} {Pick(["<", "<=", ">", ">=", "==", "!="])} {Expr(t, s, depth - 1, true)})";
    }

    /// <summary>`==` on tuples, structs, enums and options (derived or built-in `PartialEq`); `&lt;` where `PartialOrd` exists.</summary>
    private string CompoundEquality(Scope s, int depth)
    {
        var t = ValueType(1);
        var op = Ordered(t) && Chance(50) ? Pick(["<", "<=", ">", ">="]) : Pick(["==", "!="]);
        return $"({Expr(t, s, depth - 1)} {op} {Expr(t, s, depth - 1)})";
    }

    private static bool Ordered(GType t) => t switch
    {
        IntType or BoolType or CharType or F64Type => true,
        TupleType tt => tt.Items.All(Ordered),
        ArrayType a => Ordered(a.Element),
        OptionType o => Ordered(o.Inner),
        ResultType r => Ordered(r.Ok) && Ordered(r.Err),
        StructType st => st.Def.Has("PartialOrd") && st.Fields.All(f => Ordered(f.Type)),
        EnumType e => e.Def.Derives.Contains("PartialOrd") && e.Arguments.All(Ordered),
        _ => false,
    };

    private string CharExpr(Scope s, int depth)
    {
        if (depth <= 0) return Leaf(CharType.Instance, s) ?? CharLiteral();
        return Weighted<Func<string>>(
            (4, () => Leaf(CharType.Instance, s) ?? CharLiteral()),
            (3, CharLiteral),
            (2, () => $"(({Pin(Expr(IntType.U8, s, depth - 1), IntType.U8)} % 26 + 97) as char)"),
            (1, () => $"({Expr(IntType.U8, s, depth - 1)} as char)"),
            (1, () => IfExpr(CharType.Instance, s, depth, true)),
            (1, () => MatchExpr(CharType.Instance, s, depth, true)))();
    }

    private string FloatExpr(Scope s, int depth, bool pinned)
    {
        if (depth <= 0) return Leaf(F64Type.Instance, s) ?? FloatLiteral(pinned);
        return Weighted<Func<string>>(
            (4, () => Leaf(F64Type.Instance, s) ?? FloatLiteral(pinned)),
            (4, () => $"({FloatExpr(s, depth - 1, pinned)} {Pick(["+", "-", "*", "/"])} {FloatExpr(s, depth - 1, true)})"),
            (2, () => $"({Expr(IntTypeChoice(), s, depth - 1)} as f64)"),
            (1, () => $"(-{FloatExpr(s, depth - 1, true)})"),
            (1, () => IfExpr(F64Type.Instance, s, depth, true)))();
    }

    // ---- compound values ----

    private string ArrayLiteral(ArrayType a, Scope s, int depth, bool pinned) => Chance(40)
        ? $"[{Expr(a.Element, s, depth - 1, pinned)}; {a.Length}]"
        : "[" + string.Join(", ", Enumerable.Range(0, a.Length).Select(i => Expr(a.Element, s, depth - 1, pinned || i > 0))) + "]";

    /// <summary>
    /// `Some(x)`, `None`…; where the context does not fix the type, `None::&lt;T&gt;`, so that
    /// `None.is_some()` never leaves rustc asking for annotations.
    /// </summary>
    private string OptionExpr(OptionType o, Scope s, int depth, bool pinned) => Leaf(o, s) ?? Weighted<Func<string>>(
        (5, () => $"Some({Expr(o.Inner, s, depth - 1, pinned)})"),
        (2, () => pinned ? "None" : $"None::<{o.Inner.Rust}>"),
        (2, () => CallExpr(o, s, depth) ?? $"None::<{o.Inner.Rust}>"),
        (1, () => IfExpr(o, s, depth, pinned)))();

    private string ResultExpr(ResultType r, Scope s, int depth, bool pinned)
    {
        var turbofish = pinned ? "" : $"::<{r.Ok.Rust}, {r.Err.Rust}>";
        return Leaf(r, s) ?? Weighted<Func<string>>(
            (4, () => $"Ok{turbofish}({Expr(r.Ok, s, depth - 1, true)})"),
            (3, () => $"Err{turbofish}({Expr(r.Err, s, depth - 1, true)})"),
            (2, () => CallExpr(r, s, depth) ?? $"Ok{turbofish}({Expr(r.Ok, s, depth - 1, true)})"))();
    }

    /// <summary>
    /// `E::V`, `E::V(…)`, `E::V { … }`; a generic enum's variant where the context does not fix
    /// its type says it, as `Tri::&lt;T&gt;::V` or `Tri::V::&lt;T&gt;`.
    /// </summary>
    private string EnumLiteral(EnumType e, Scope s, int depth, bool pinned)
    {
        var v = Pick(e.Variants);
        var explicitType = e.Def.IsGeneric && (!pinned || Chance(20));
        var onEnum = explicitType && (v.Named || Chance(50));
        var path = onEnum ? $"{e.Def.Name}::<{e.Arguments[0].Rust}>::{v.Name}" : $"{e.Def.Name}::{v.Name}";
        if (explicitType && !onEnum) path += $"::<{e.Arguments[0].Rust}>";
        if (v.IsUnit) return path;
        var values = v.Fields.Select(f => Expr(f.Type, s, depth - 1, true)).ToList();
        if (!v.Named) return $"{path}({string.Join(", ", values)})";
        return $"{path} {{ {string.Join(", ", WrittenOrder(values.Count).Select(i => $"{v.Fields[i].Name}: {values[i]}"))} }}";
    }

    private string IfExpr(GType t, Scope s, int depth, bool pinned) =>
        $"(if {BoolExpr(s, depth - 1)} {{ {Expr(t, s, depth - 1, pinned)} }} else {{ {Expr(t, s, depth - 1, true)} }})";

    /// <summary>`{ let t = …; t + … }`: a block whose value is its tail expression, with a local of its own.</summary>
    private string BlockExpr(GType t, Scope s, int depth, bool pinned)
    {
        s.Push();
        var name = s.Fresh("b");
        var init = Expr(t, s, depth - 1, true);
        s.Declare(name, t, false);
        var tail = Expr(t, s, depth - 1, pinned);
        s.Pop();
        return $"{{ let {name}: {t.Rust} = {init}; {tail} }}";
    }
}
