using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// `match`, `if let` and `while let`. Patterns are made for a scrutinee type: literals, ranges,
/// `|`, bindings (`n @ 1..=9`), wildcards, `..`, and nested tuple, array, struct, enum and
/// `Option`/`Result` patterns. A match ends in `_ =>` unless its arms cover every variant by
/// construction, so every match is exhaustive; its guards use the arm's bindings. Matching on
/// `&x` makes the bindings references (default binding modes).
/// </summary>
public sealed partial class ProgramGenerator
{
    private sealed record Arm(string Pattern, List<(string Name, GType Type)> Bindings, string? Guard);

    /// <summary>`(match scrutinee { arms })` whose arms yield a <paramref name="t"/>.</summary>
    private string MatchExpr(GType t, Scope s, int depth, bool pinned)
    {
        var first = true;
        return "(" + Match(s, depth, (arm, inner) =>
        {
            var body = Expr(t, inner, depth - 1, pinned || !first);
            first = false;
            return body;
        }, 0) + ")";
    }

    /// <summary>
    /// A whole `match`: chooses a scrutinee, makes arms, and asks <paramref name="body"/> for each
    /// arm's body with the arm's bindings in scope.
    /// </summary>
    private string Match(Scope s, int depth, Func<Arm, Scope, string> body, int indent)
    {
        var t = ValueType(1);
        var byRef = Chance(20);
        var scrutinee = Expr(t, s, Math.Max(0, depth - 1));
        var arms = Arms(t, s);
        var sb = new StringBuilder($"match {(byRef ? "&" : "")}({scrutinee}) {{\n");
        // Matching on `&x` makes the bindings borrow from `x`: while an arm with bindings runs, the
        // variables the scrutinee reads are read-only, or `*p = …` before a later use of a
        // binding (in a loop) is rustc's E0506.
        var borrowed = byRef
            ? s.Visible.Where(v => v.Access == Access.Full && Regex.IsMatch(scrutinee, $@"\b{Regex.Escape(v.Name)}\b")).ToList()
            : [];
        foreach (var arm in arms)
        {
            s.Push();
            foreach (var (name, type) in arm.Bindings) s.Declare(name, byRef ? new RefType(type, false) : type, false);
            var frozen = arm.Bindings.Count > 0 ? borrowed : [];
            foreach (var v in frozen) v.Access = Access.ReadOnly;
            var guard = arm.Guard is null ? "" : $" if {arm.Guard}";
            if (arm.Guard == "?") guard = $" if {BoolExpr(s, 1)}";
            sb.Append(CultureInfo.InvariantCulture, $"{Indent(indent + 1)}{arm.Pattern}{guard} => {body(arm, s)},\n");
            foreach (var v in frozen) v.Access = Access.Full;
            s.Pop();
        }
        return sb.Append(Indent(indent)).Append('}').ToString();
    }

    private List<Arm> Arms(GType t, Scope s)
    {
        if (Chance(25) && Covering(t) is { } covering) return covering;
        var arms = new List<Arm>();
        for (var i = 0; i < Between(1, 4); i++)
        {
            var bindings = new List<(string, GType)>();
            var pattern = Pattern(t, s, 2, bindings);
            arms.Add(new Arm(pattern, bindings, Chance(20) ? "?" : null));
        }
        var last = Chance(30) ? s.Fresh("w") : "_";
        arms.Add(new Arm(last, last == "_" ? [] : [(last, t)], null));
        return arms;
    }

    /// <summary>Arms that name every variant of a `bool`, `Option`, `Result` or enum, with no wildcard.</summary>
    private List<Arm>? Covering(GType t)
    {
        switch (t)
        {
            case BoolType:
                return [new Arm("true", [], null), new Arm("false", [], null)];
            case OptionType o:
                var some = $"x{_random.Next(1000)}";
                return [new Arm($"Some({some})", [(some, o.Inner)], null), new Arm("None", [], null)];
            case ResultType r:
                var ok = $"o{_random.Next(1000)}";
                return [new Arm($"Ok({ok})", [(ok, r.Ok)], null), new Arm("Err(_)", [], null)];
            case EnumType e:
                return [.. e.Variants.Select(v => VariantArm(e.Def, v))];
            default:
                return null;
        }
    }

    private Arm VariantArm(EnumDef e, VariantDef v)
    {
        if (v.IsUnit) return new Arm($"{e.Name}::{v.Name}", [], null);
        var bindings = v.Fields.Select(f => ($"{f.Name}_{_random.Next(1000)}", f.Type)).ToList();
        var pattern = v.Named
            ? $"{e.Name}::{v.Name} {{ {string.Join(", ", v.Fields.Select((f, i) => $"{f.Name}: {bindings[i].Item1}"))} }}"
            : $"{e.Name}::{v.Name}({string.Join(", ", bindings.Select(b => b.Item1))})";
        return new Arm(pattern, bindings, null);
    }

    /// <summary>A refutable (or not) pattern of type <paramref name="t"/>; bindings it makes are added to <paramref name="bindings"/>.</summary>
    private string Pattern(GType t, Scope s, int depth, List<(string, GType)> bindings)
    {
        if (depth <= 0 || Chance(15)) return Chance(50) ? "_" : Bind(t, s, bindings);
        return t switch
        {
            IntType i => IntPattern(i, s, bindings),
            BoolType => Pick(["true", "false", "_"]),
            CharType => Pick(["'a'", "'z'", "'a'..='m'", "'0'..='9'", "'A' | 'B'", "_"]),
            F64Type => Bind(t, s, bindings),
            TupleType tt => TuplePattern(tt, s, depth, bindings),
            ArrayType a => ArrayPattern(a, s, depth, bindings),
            OptionType o => Chance(70) ? $"Some({Pattern(o.Inner, s, depth - 1, bindings)})" : "None",
            ResultType r => Chance(60) ? $"Ok({Pattern(r.Ok, s, depth - 1, bindings)})" : $"Err({Pattern(r.Err, s, depth - 1, bindings)})",
            StructType st => StructPattern(st, s, depth, bindings),
            EnumType e => EnumPattern(e, s, depth, bindings),
            _ => "_",
        };
    }

    private string Bind(GType t, Scope s, List<(string, GType)> bindings)
    {
        var name = s.Fresh("p");
        bindings.Add((name, t));
        return name;
    }

    private string IntPattern(IntType t, Scope s, List<(string, GType)> bindings)
    {
        var a = IntValue(t);
        var b = IntValue(t);
        var (lo, hi) = a <= b ? (a, b) : (b, a);
        return Weighted<Func<string>>(
            (4, () => PatternLiteral(a)),
            (3, () => $"{PatternLiteral(lo)}..={PatternLiteral(hi)}"),
            (2, () => $"{PatternLiteral(a)} | {PatternLiteral(b)}"),
            (2, () =>
            {
                var name = s.Fresh("n");
                bindings.Add((name, t));
                return $"{name} @ {PatternLiteral(lo)}..={PatternLiteral(hi)}";
            }),
            (1, () => Bind(t, s, bindings)))();
    }

    private static string PatternLiteral(Int128 v) => v.ToString(CultureInfo.InvariantCulture);

    private string TuplePattern(TupleType tt, Scope s, int depth, List<(string, GType)> bindings)
    {
        if (tt.Items.Count > 1 && Chance(25))
        {
            return Chance(50) ? $"({Pattern(tt.Items[0], s, depth - 1, bindings)}, ..)" : $"(.., {Pattern(tt.Items[^1], s, depth - 1, bindings)})";
        }
        var items = tt.Items.Select(i => Pattern(i, s, depth - 1, bindings)).ToList();
        return items.Count == 1 ? $"({items[0]},)" : $"({string.Join(", ", items)})";
    }

    private string ArrayPattern(ArrayType a, Scope s, int depth, List<(string, GType)> bindings)
    {
        if (a.Length > 1 && Chance(30)) return $"[{Pattern(a.Element, s, depth - 1, bindings)}, ..]";
        return "[" + string.Join(", ", Enumerable.Range(0, a.Length).Select(_ => Pattern(a.Element, s, depth - 1, bindings))) + "]";
    }

    private string StructPattern(StructType st, Scope s, int depth, List<(string, GType)> bindings)
    {
        var fields = st.Fields;
        if (fields.Count == 0) return st.Def.Name;
        if (st.Def.IsTuple) return $"{st.Def.Name}({string.Join(", ", fields.Select(f => Pattern(f.Type, s, depth - 1, bindings)))})";
        var kept = fields.Where(_ => Chance(60)).ToList();
        var rest = kept.Count < fields.Count ? (kept.Count == 0 ? ".." : ", ..") : "";
        var parts = kept.Select(f => $"{f.Name}: {Pattern(f.Type, s, depth - 1, bindings)}");
        return $"{st.Def.Name} {{ {string.Join(", ", parts)}{rest} }}";
    }

    private string EnumPattern(EnumType t, Scope s, int depth, List<(string, GType)> bindings)
    {
        var e = t.Def;
        var v = Pick(t.Variants);
        if (v.IsUnit) return $"{e.Name}::{v.Name}";
        if (v.Named)
        {
            var kept = v.Fields.Where(_ => Chance(70)).ToList();
            var rest = kept.Count < v.Fields.Count ? (kept.Count == 0 ? ".." : ", ..") : "";
            return $"{e.Name}::{v.Name} {{ {string.Join(", ", kept.Select(f => $"{f.Name}: {Pattern(f.Type, s, depth - 1, bindings)}"))}{rest} }}";
        }
        if (Chance(20)) return $"{e.Name}::{v.Name}(..)";
        return $"{e.Name}::{v.Name}({string.Join(", ", v.Fields.Select(f => Pattern(f.Type, s, depth - 1, bindings)))})";
    }
}
