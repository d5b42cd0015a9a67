using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Helper functions, the run function that holds most statements, `main`, and output: prints
/// with format specs, and the checksum of every live value at the end.
/// </summary>
public sealed partial class ProgramGenerator
{
    private static readonly string[] IntSpecs = ["", "", "", ":5", ":<6", ":^7", ":>4", ":05", ":x", ":X", ":#x", ":b", ":#b", ":o", ":+", ":#010x", ":?", ":*^9", ":-<4"];
    private static readonly string[] FloatSpecs = ["", "", ":?", ":.2", ":8.3", ":<10.1", ":+.1", ":.0", ":>12"];
    private static readonly string[] OtherSpecs = ["", ":?", ":>6", ":<6", ":^5"];

    private void DeclareHelpers()
    {
        var count = Between(1, Math.Max(1, _options.Size / 12));
        for (var k = 0; k < count; k++)
        {
            _callableHelpers = _helpers.Count;
            Weighted<Action>(
                (6, () => ValueHelper(k)),
                (2, () => MutatorHelper(k)),
                (1, () => RecursiveHelper(k)),
                (_options.Try ? 4 : 0, () => TryHelper(k)))();
        }
        _callableHelpers = _helpers.Count;
        if (_options.Try && !_helpers.Any(h => h.Name.StartsWith(TryPrefix, StringComparison.Ordinal)))
        {
            TryHelper(count);
            _callableHelpers = _helpers.Count;
        }
    }

    private void ValueHelper(int k)
    {
        var s = new Scope();
        var parameters = Enumerable.Range(0, Between(1, 3)).Select(_ => Chance(15) ? new RefType(ValueType(1), false) : ValueType(1)).ToList();
        var names = parameters.Select(p => s.Declare(s.Fresh("p"), p, false).Name).ToList();
        var ret = ValueType(1);
        var body = new StringBuilder();
        Statements(body, s, 1, Between(1, 4));
        if (Chance(30)) body.Append(CultureInfo.InvariantCulture, $"    if {BoolExpr(s, 2)} {{\n        return {Expr(ret, s, 2, pinned: true)};\n    }}\n");
        var tail = Expr(ret, s, 3, pinned: true);
        _items.Append(CultureInfo.InvariantCulture, $"fn h{k}({Signature(names, parameters)}) -> {ret.Rust} {{\n{body}    {tail}\n}}\n\n");
        _helpers.Add(new FnDef($"h{k}", parameters, ret));
    }

    private void MutatorHelper(int k)
    {
        var s = new Scope();
        var target = ValueType(1);
        var parameters = new List<GType> { new RefType(target, true), ScalarType() };
        var names = parameters.Select(p => s.Declare(s.Fresh("p"), p, false).Name).ToList();
        var body = new StringBuilder();
        Statements(body, s, 1, Between(1, 3));
        body.Append(CultureInfo.InvariantCulture, $"    *{names[0]} = {Expr(target, s, 2, pinned: true)};\n");
        _items.Append(CultureInfo.InvariantCulture, $"fn m{k}({Signature(names, parameters)}) {{\n{body}}}\n\n");
        _helpers.Add(new FnDef($"m{k}", parameters, TupleUnit));
    }

    /// <summary>Recursion on a counter that the callers mask below 12 (<see cref="Argument"/>).</summary>
    private void RecursiveHelper(int k)
    {
        var s = new Scope();
        s.Declare("acc", IntType.I64, false);
        s.Declare("n", IntType.U32, false);
        var step = Expr(IntType.I64, s, 2, pinned: true);
        _items.Append(CultureInfo.InvariantCulture, $$"""
            fn rec{{k}}(n: u32, acc: i64) -> i64 {
                if n == 0 {
                    return acc;
                }
                rec{{k}}(n - 1, acc ^ {{step}})
            }


            """);
        _helpers.Add(new FnDef($"rec{k}", [IntType.U32, IntType.I64], IntType.I64));
    }

    private static readonly GType TupleUnit = new TupleType([]);

    private static string Signature(IReadOnlyList<string> names, IReadOnlyList<GType> types) =>
        string.Join(", ", names.Select((n, i) => $"{n}: {types[i].Rust}"));

    /// <summary>
    /// `run` takes its inputs as parameters so that rustc's constant propagation sees through less of
    /// the program; its statements fold values into `ck`, which `main` prints.
    /// </summary>
    private string MainFunction()
    {
        var s = new Scope();
        var parameters = Enumerable.Range(0, Between(2, 4)).Select(_ => ScalarType()).ToList();
        var names = parameters.Select(p => s.Declare(s.Fresh("q"), p, false).Name).ToList();
        s.Declare("ck", IntType.U64, true);
        var body = new StringBuilder("    let mut ck: u64 = 0;\n");
        while (_budget > 0) Statements(body, s, 1, _budget);
        foreach (var v in s.Visible.Where(v => v.Readable && v.Name != "ck")) FoldIntoChecksum(body, v);
        FoldHeapVariables(body, s);
        body.Append("    ck\n");
        var arguments = parameters.Select(p => Expr(p, new Scope(), 0, pinned: true));
        var run = $"fn run({Signature(names, parameters)}) -> u64 {{\n{body}}}\n\n";
        var call = $"let ck = run({string.Join(", ", arguments)});\n    println!(\"checksum {{}}\", ck);\n";
        return run + (_options.Try && Chance(30) ? TryMain(call) : $"fn main() {{\n    {call}}}\n");
    }

    private static void FoldIntoChecksum(StringBuilder body, Var v)
    {
        var (value, type) = v.Type is RefType r ? ($"(*{v.Name})", r.Target) : (v.Name, v.Type);
        if (type is IntType or BoolType or CharType or F64Type) body.Append(CultureInfo.InvariantCulture, $"    ck = mix(ck, {value} as u64);\n");
        else body.Append(CultureInfo.InvariantCulture, $"    println!(\"{v.Name} = {{:?}}\", {value});\n");
    }

    private void Print(StringBuilder sb, Scope s, int indent)
    {
        var macro = Weighted((10, "println!"), (2, "print!"), (1, "eprintln!"));
        var format = new StringBuilder(s.Fresh("at"));
        var arguments = new List<string>();
        for (var i = 0; i < Between(1, 3); i++)
        {
            var t = ValueType(1);
            var spec = t switch
            {
                IntType => Pick(IntSpecs),
                F64Type => Pick(FloatSpecs),
                BoolType or CharType => Pick(OtherSpecs),
                _ when _options.Display && HasDisplay(t) && Chance(50) => Pick(DisplaySpecs),
                _ => Chance(15) ? ":#?" : ":?",
            };
            var captured = s.Visible.FirstOrDefault(v => v.Readable && v.Type.Same(t) && !v.Name.StartsWith('\'') && Chance(30));
            if (captured is not null) format.Append(CultureInfo.InvariantCulture, $" {{{captured.Name}{spec}}}");
            else
            {
                format.Append(CultureInfo.InvariantCulture, $" {{{spec}}}");
                arguments.Add(Expr(t, s, 2));
            }
        }
        if (Chance(10)) format.Append(" {{braces}}");
        if (arguments.Count > 0 && Chance(15)) format.Append(" {0:?}");
        var end = macro == "print!" ? "\\n" : "";
        Line(sb, indent, $"{macro}(\"{format}{end}\"{string.Concat(arguments.Select(a => ", " + a))});");
    }
}
