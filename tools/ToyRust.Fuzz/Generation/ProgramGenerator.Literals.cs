using System.Globalization;

namespace ToyRust.Fuzz.Generation;

/// <summary>Literals and the choice of types: small numbers mostly, type limits and powers of two sometimes.</summary>
public sealed partial class ProgramGenerator
{
    private static readonly string[] Chars = ["a", "z", "A", "0", "9", " ", "_", "é", "ß", "€", "ü", "\\n", "\\t", "\\'", "\\\\", "\\u{1F600}", "\\u{7f}", "\\0"];

    private static readonly string[] Floats = ["0.0", "1.0", "-1.5", "0.1", "2.5", "100.0", "-0.25", "3.75", "1e10", "1e-7", "12345.678", "0.3", "-7.0", "1e16", "6.02e23"];

    private IntType IntTypeChoice() => Weighted(
        (6, IntType.I32), (3, IntType.I64), (3, IntType.U8), (2, IntType.I8), (2, IntType.I16), (2, IntType.U16),
        (3, IntType.U32), (2, IntType.U64), (2, IntType.Usize), (1, IntType.Isize), (1, IntType.I128), (1, IntType.U128));

    /// <summary>A scalar: mostly integers, then `bool`, `char` and sometimes `f64`.</summary>
    private GType ScalarType() => Weighted<GType>(
        (12, IntTypeChoice()), (3, BoolType.Instance), (2, CharType.Instance), (1, F64Type.Instance));

    /// <summary>Any value type the program can use, compound ones only while <paramref name="depth"/> lasts.</summary>
    private GType ValueType(int depth)
    {
        if (depth <= 0) return ScalarType();
        var generic = _structs.Where(s => s.IsGeneric).ToList();
        return Weighted<GType>(
            (14, ScalarType()),
            (2, new TupleType([.. Enumerable.Range(0, Between(2, 3)).Select(_ => ValueType(depth - 1))])),
            (2, new ArrayType(ScalarType(), Between(1, 5))),
            (_structs.Any(s => !s.IsGeneric) ? 3 : 0, NonGenericStruct()),
            (_enums.Count > 0 ? 3 : 0, _enums.Count > 0 ? EnumTypeOf(Pick(_enums), depth) : BoolType.Instance),
            (2, new OptionType(ValueType(depth - 1))),
            (1, new ResultType(ScalarType(), ScalarType())),
            (generic.Count > 0 ? 2 : 0, generic.Count > 0 ? new StructType(Pick(generic), [ValueType(depth - 1)]) : BoolType.Instance),
            (_options.Try ? 1 : 0, _options.Try ? new ResultType(ScalarType(), AppErrType) : BoolType.Instance));
    }

    private EnumType EnumTypeOf(EnumDef def, int depth) => def.IsGeneric ? new EnumType(def, [ValueType(depth - 1)]) : new EnumType(def);

    private GType NonGenericStruct()
    {
        var plain = _structs.Where(s => !s.IsGeneric).ToList();
        return plain.Count == 0 ? IntType.I32 : new StructType(Pick(plain), []);
    }

    private Int128 IntValue(IntType t) => Weighted(
        (10, (Int128)Between(0, 9)),
        (6, (Int128)Between(0, 120)),
        (3, Clamp(t, Between(-1000, 1000))),
        (1, t.Max),
        (1, t.Min),
        (1, t.Max - 1),
        (1, Clamp(t, Int128.One << Between(0, t.Bits - 2))),
        (2, t.Signed ? (Int128)(-Between(1, 9)) : Between(1, 9)));

    private static Int128 Clamp(IntType t, Int128 v) => Int128.Clamp(v, t.Min, t.Max);

    /// <summary>An integer literal; unsuffixed only where the context fixes its type (<paramref name="pinned"/>).</summary>
    private string IntLiteral(IntType t, bool pinned)
    {
        if (t == IntType.U128 && Chance(5)) return "u128::MAX";
        var v = IntValue(t);
        var text = v.ToString(CultureInfo.InvariantCulture);
        if (v >= 0 && Chance(8)) text = "0x" + v.ToString("x", CultureInfo.InvariantCulture);
        else if (v > 1000 && Chance(20)) text = GroupDigits(text);
        var suffix = pinned && Chance(60) ? "" : t.Name;
        return v < 0 ? $"({text}{suffix})" : text + suffix;
    }

    private static string GroupDigits(string digits)
    {
        var chars = digits.Reverse().Select((c, i) => i > 0 && i % 3 == 0 ? $"{c}_" : c.ToString()).Reverse();
        return string.Concat(chars);
    }

    private string CharLiteral() => $"'{Pick(Chars)}'";

    private string FloatLiteral(bool pinned)
    {
        var f = Pick(Floats);
        var text = pinned || f.Contains('e', StringComparison.Ordinal) ? f : f + "_f64";
        return f.StartsWith('-') ? $"({text})" : text;
    }
}
