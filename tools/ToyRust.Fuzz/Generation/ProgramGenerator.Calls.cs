namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Calls: helpers (only those declared before the caller, so calls cannot cycle), generic
/// functions at whatever types the context asks for, trait and inherent methods, and the
/// struct expressions that construct values through them.
/// </summary>
public sealed partial class ProgramGenerator
{
    /// <summary>Helpers the function being generated may call: those declared before it.</summary>
    private int _callableHelpers;

    private string? CallExpr(GType t, Scope s, int depth)
    {
        var candidates = _helpers.Take(_callableHelpers).Where(h => h.Return.Same(t)).ToList();
        if (candidates.Count == 0) return null;
        var h = Pick(candidates);
        return $"{h.Name}({string.Join(", ", h.Parameters.Select((p, i) => Argument(h, i, p, s, depth)))})";
    }

    private string Argument(FnDef h, int index, GType p, Scope s, int depth)
    {
        if (h.Name.StartsWith("rec", StringComparison.Ordinal) && index == 0) return $"({Pin(Expr(IntType.U32, s, depth - 1), IntType.U32)} % 12)";
        return p is RefType r ? $"&{Expr(r.Target, s, depth - 1, true)}" : Expr(p, s, depth - 1, true);
    }

    /// <summary>A call of one of the generic functions that returns <paramref name="t"/>, with turbofish sometimes.</summary>
    private string? GenericCall(GType t, Scope s, int depth)
    {
        var d = depth - 1;
        var options = new List<Func<string>>();
        if (Ordered(t)) options.Add(() => $"{Pick(["gmax", "gmin", "gmax::<" + t.Rust + ">"])}({Expr(t, s, d)}, {Expr(t, s, d, true)})");
        if (t is TupleType { Items.Count: 2 } pair) options.Add(() => $"swap2(({Expr(pair.Items[1], s, d)}, {Expr(pair.Items[0], s, d)}))");
        if (t is TupleType { Items.Count: 2 } both && _structs.Any(x => x.Name == Wrap)) options.Add(() => $"Wrap::new({Expr(both.Items[0], s, d)}).pair({Expr(both.Items[1], s, d)})");
        if (t is TupleType { Items.Count: 2 } twin && twin.Items[0].Same(twin.Items[1])) options.Add(() => $"dup(&{Expr(twin.Items[0], s, d)})");
        if (t.Same(IntType.I64)) options.Add(() => ScoreCall(s, d));
        if (IsScored(t)) options.Add(() => $"build::<{t.Rust}>({Expr(IntType.I32, s, d)})");
        if (t is IntType || t is StructType { Def.Name: Vec2 }) options.Add(() => $"sum3({Expr(t, s, d)}, {Expr(t, s, d, true)}, {Expr(t, s, d, true)})");
        options.Add(() => $"first_or({Expr(new OptionType(t), s, d)}, {Expr(t, s, d, true)})");
        if (t is BoolType) options.Add(() => SameCall(s, d));
        if (HasDefault(t)) options.Add(() => $"fresh::<{t.Rust}>()");
        if (_conversions.FirstOrDefault(c => c.Value.Same(t)) is { Key: not null } conv)
        {
            var from = FindType(conv.Key);
            if (from is not null) options.Add(() => $"conv_of::<{t.Rust}, {from.Rust}>(&{Expr(from, s, d)})");
        }
        return Pick(options)();
    }

    private string ScoreCall(Scope s, int depth)
    {
        var scored = ScoredType();
        var labelled = _labelled.Where(l => l is not StructType { Def.IsGeneric: true }).ToList();
        return Weighted<Func<string>>(
            (3, () => $"total(&{Expr(scored, s, depth)}, {Expr(IntType.I64, s, depth, true)})"),
            (2, () => $"labelled({Expr(Pick(labelled), s, depth)})"),
            (2, () => DynOrImplCall(s, depth)))();
    }

    /// <summary>Trait objects (`&amp;dyn Score`, `&amp;mut dyn Label` upcast to `&amp;dyn Score`) and `impl Trait` arguments and results.</summary>
    private string DynOrImplCall(Scope s, int depth)
    {
        _usesTraitObjects = true;
        var scored = ScoredType();
        var labelled = _labelled.Where(l => l is not StructType { Def.IsGeneric: true }).ToList();
        var k = Expr(IntType.I64, s, depth, true);
        return Weighted<Func<string>>(
            (3, () => $"dyn_total(&{Expr(scored, s, depth)}, {k})"),
            (2, () => $"dyn_pair(&{Expr(scored, s, depth)}, &{Expr(ScoredType(), s, depth)})"),
            (2, () => $"dyn_label(&mut {{ {Expr(Pick(labelled), s, depth)} }}, {k})"),
            (2, () => $"impl_total(&{Expr(scored, s, depth)}, {k})"),
            (2, () => $"impl_label({Expr(scored, s, depth)}, {Expr(Pick(labelled), s, depth)})"),
            (2, () => $"opaque_of({Expr(scored, s, depth)}).bonus({k})"),
            (1, () => $"dyn_total(&opaque_of({Expr(scored, s, depth)}), {k})"),
            (1, () => $"opaque_label({Expr(Pick(labelled), s, depth)}, {Expr(BoolType.Instance, s, depth, true)}).label()"))();
    }

    private string SameCall(Scope s, int depth)
    {
        var t = ValueType(1);
        return $"same(&{Expr(t, s, depth)}, &{Expr(t, s, depth)})";
    }

    /// <summary>A type that implements `Score`: one of the impls, or `Wrap` of one.</summary>
    private GType ScoredType()
    {
        var inner = Pick(_scored.Where(t => t is not StructType { Def.IsGeneric: true }).ToList());
        var wrap = _structs.FirstOrDefault(d => d.Name == Wrap);
        return wrap is not null && Chance(25) ? new StructType(wrap, [inner]) : inner;
    }

    private GType? FindType(string rust) =>
        rust switch
        {
            "u8" => IntType.U8,
            "i32" => IntType.I32,
            _ => _structs.Where(d => !d.IsGeneric && d.Name == rust).Select(d => (GType)new StructType(d, [])).FirstOrDefault()
                 ?? _enums.Where(e => !e.IsGeneric && e.Name == rust).Select(e => (GType)new EnumType(e)).FirstOrDefault(),
        };

    private bool HasDefault(GType t) => t switch
    {
        IntType or BoolType or CharType or F64Type => true,
        StructType st => st.Def.Has("Default") || _handDefault.Contains(st.Def.Name),
        _ => false,
    };

    /// <summary>Methods returning <paramref name="t"/>: `Score` (also as `Score::score(&amp;x)`), `Label`, `Conv`, `weight`, `Wrap::get`.</summary>
    private string? MethodExpr(GType t, Scope s, int depth)
    {
        var d = depth - 1;
        var options = new List<Func<string>>();
        if (t.Same(IntType.I64))
        {
            options.Add(() => $"{Receiver(ScoredType(), s, d)}.score()");
            options.Add(() => $"{Receiver(ScoredType(), s, d)}.bonus({Expr(IntType.I64, s, d, true)})");
            options.Add(() => $"Score::score(&{Expr(ScoredType(), s, d)})");
            options.Add(() => $"{Receiver(Pick(_labelled.Where(l => l is not StructType { Def.IsGeneric: true }).ToList()), s, d)}.label()");
            var plain = _structs.Where(x => !x.IsGeneric && x.Name != Vec2 && x.Fields.Count > 0).ToList();
            if (plain.Count > 0) options.Add(() => $"{Receiver(new StructType(Pick(plain), []), s, d)}.weight()");
        }
        var wrap = _structs.FirstOrDefault(x => x.Name == Wrap);
        if (wrap is not null) options.Add(() => $"{Receiver(new StructType(wrap, [t]), s, d)}.get()");
        var tri = _enums.FirstOrDefault(x => x.Name == Tri);
        if (tri is not null) options.Add(() => $"{Receiver(new EnumType(tri, [t]), s, d)}.head_or({Expr(t, s, d, true)})");
        if (tri is not null && t.Same(IntType.U8)) options.Add(() => $"{Receiver(new EnumType(tri, [ValueType(1)]), s, d)}.count()");
        foreach (var (from, to) in _conversions.Where(c => c.Value.Same(t)).Select(c => (c.Key, c.Value)))
        {
            if (FindType(from) is { } ft) options.Add(() => $"{Receiver(ft, s, d)}.conv()");
        }
        return options.Count == 0 ? null : Pick(options)();
    }

    /// <summary>A method receiver: a place as it is, anything else in parentheses (`(S { … }).m()`, `(3i32).m()`).</summary>
    private string Receiver(GType t, Scope s, int depth)
    {
        // A reference receiver as it is: method calls auto-dereference it.
        var reference = s.Visible.FirstOrDefault(v => v.Readable && v.Type is RefType r && r.Target.Same(t));
        if (reference is not null && Chance(40)) return reference.Name;
        var e = Expr(t, s, depth);
        return IsSimplePlace(e) ? e : $"({e})";
    }

    private static bool IsSimplePlace(string e) => e.All(c => char.IsLetterOrDigit(c) || c is '_' or '.');

    private string StructExpr(StructType st, Scope s, int depth, bool pinned)
    {
        if (Leaf(st, s) is { } leaf) return leaf;
        var def = st.Def;
        var d = depth - 1;
        var options = new List<(int, Func<string>)> { (5, () => StructLiteral(st, s, d, pinned)) };
        if (def.Name == Wrap) options.Add((3, () => $"Wrap::new({Expr(st.Arguments[0], s, d, pinned)})"));
        if (def.Name == Wrap) options.Add((2, () => $"{Receiver(st, s, d)}.with_n({Expr(IntType.U8, s, d, true)})"));
        if (def.Name == Vec2) options.Add((4, () => VecOperation(st, s, d)));
        if (!def.IsGeneric && def.Name != Vec2 && def.Fields.Count > 0) options.Add((3, () => $"{def.Name}::new({string.Join(", ", def.Fields.Select(f => Expr(f.Type, s, d, true)))})"));
        if (!def.IsGeneric && def.Name != Vec2 && def.Fields.Count > 0) options.Add((2, () => $"{Receiver(st, s, d)}.with({Expr(def.Fields[0].Type, s, d, true)})"));
        if (HasDefault(st)) options.Add((1, () => Chance(50) ? $"{def.Name}::default()" : $"<{def.Name} as Default>::default()"));
        if (IsScored(st)) options.Add((1, () => $"build::<{st.Rust}>({Expr(IntType.I32, s, d)})"));
        if (!def.IsTuple && !def.IsGeneric && def.Fields.Count > 1) options.Add((1, () => StructUpdate(st, s, d)));
        options.Add((2, () => CallExpr(st, s, depth) ?? StructLiteral(st, s, d, pinned)));
        return Weighted([.. options])();
    }

    private string StructLiteral(StructType st, Scope s, int depth, bool pinned)
    {
        var turbofish = st.Def.IsGeneric && Chance(30) ? $"::<{st.Arguments[0].Rust}>" : "";
        if (st.Def.Fields.Count == 0) return st.Def.Name;
        var values = st.Def.Fields.Select(f => Expr(st.Fields.First(g => g.Name == f.Name).Type, s, depth, f.Type is not TypeParam || pinned || turbofish != "")).ToList();
        if (st.Def.IsTuple) return $"{st.Def.Name}({string.Join(", ", values)})";
        var fields = WrittenOrder(values.Count).Select(i => $"{st.Fields[i].Name}: {values[i]}");
        return $"{st.Def.Name}{turbofish} {{ {string.Join(", ", fields)} }}";
    }

    /// <summary>Field indexes in the order a literal writes them: declaration order, or (30%) shuffled.</summary>
    private List<int> WrittenOrder(int count) =>
        Chance(30) ? [.. Enumerable.Range(0, count).OrderBy(_ => _random.Next())] : [.. Enumerable.Range(0, count)];

    /// <summary>`S { f1: e, f0: e, ..base }`: some of the fields, in any order, then the base.</summary>
    private string StructUpdate(StructType st, Scope s, int depth)
    {
        var written = WrittenOrder(st.Fields.Count).Take(Between(1, st.Fields.Count - 1)).Select(i => st.Fields[i]);
        var fields = written.Select(f => $"{f.Name}: {Expr(f.Type, s, depth, true)}, ");
        return $"{st.Def.Name} {{ {string.Concat(fields)}..{Expr(st, s, depth)} }}";
    }

    private string VecOperation(StructType v, Scope s, int depth) => Weighted<Func<string>>(
        (3, () => $"({Expr(v, s, depth)} {Pick(["+", "-"])} {Expr(v, s, depth)})"),
        (2, () => $"({Expr(v, s, depth)} * {Expr(_vecField, s, depth, true)})"),
        (1, () => $"(-{Expr(v, s, depth)})"),
        (1, () => $"({Expr(v, s, depth)} {Pick(["/", "%"])} ({Pin(Expr(_vecField, s, depth, true), _vecField)} | 1))"),
        (1, () => $"sum3({Expr(v, s, depth)}, {Expr(v, s, depth)}, {Expr(v, s, depth)})"))();
}
