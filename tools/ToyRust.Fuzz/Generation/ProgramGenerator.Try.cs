using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// The `?` operator (level L5, <see cref="GeneratorOptions.Try"/>): helpers `fal0`, `fal1`… returning
/// `Result&lt;T, AppErr&gt;` or `Option&lt;T&gt;` whose bodies use `?` among their other statements,
/// on the fixed fallible functions (`parse_num`, `half`, `checked`), on earlier helpers (chains
/// of `?` across functions) and on any expression of a `Result` or `Option` type.
///
/// - **Errors.** `ParseErr` and `AppErr` are `Copy` enums the program declares, with
///   `impl From&lt;ParseErr&gt; for AppErr` (which prints, so each conversion is seen); `Result`s
///   with either error are ordinary values of the other rules (`let`, `match`, `==`, `{:?}`).
/// - **Early returns.** A `?` may leave from inside loops, `if`s and `match` arms; the body
///   declares drop tracers and heap values first, so the drops of the early return are compared.
/// - **Where.** `?` appears in statements of these helpers, and in closures of their own
///   (ProgramGenerator.Closures.cs, `TryClosure`), where it returns from the closure.
/// - **Calls.** `run` and later helpers call them in `match`es, `if let`s and prints, and as
///   ordinary calls wherever their return type is asked for.
/// </summary>
public sealed partial class ProgramGenerator
{
    private static readonly EnumDef ParseErr = new("ParseErr",
        [new VariantDef("Empty", [], false), new VariantDef("Bad", [("g0", IntType.I64)], false), new VariantDef("Odd", [("at", IntType.U8)], true)],
        ["Debug", "Clone", "Copy", "PartialEq"]);

    private static readonly EnumDef AppErr = new("AppErr",
        [new VariantDef("Parse", [("g0", new EnumType(ParseErr))], false), new VariantDef("Range", [("g0", IntType.I64)], false), new VariantDef("Stop", [], false)],
        ["Debug", "Clone", "Copy", "PartialEq"]);

    private static readonly EnumType ParseErrType = new(ParseErr);
    private static readonly EnumType AppErrType = new(AppErr);

    /// <summary>The `?` helpers are `fal3`: `t3` would be hidden by the drop tracer of that name.</summary>
    private const string TryPrefix = "fal";

    /// <summary>The return type of the helper being generated when its statements may use `?`; null elsewhere.</summary>
    private GType? _tryReturn;

    /// <summary>The error enums, the `From` impl and the fallible functions, declared before the helpers (which may call them).</summary>
    private void DeclareErrors()
    {
        foreach (var def in new[] { ParseErr, AppErr })
        {
            _items.Append(CultureInfo.InvariantCulture, $"#[derive({string.Join(", ", def.Derives)})]\nenum {def.Name} {{\n");
            foreach (var v in def.Variants) _items.Append(CultureInfo.InvariantCulture, $"    {VariantDeclaration(v)},\n");
            _items.Append("}\n\n");
        }
        _items.Append("""
            impl From<ParseErr> for AppErr {
                fn from(e: ParseErr) -> Self {
                    println!("from {:?}", e);
                    AppErr::Parse(e)
                }
            }

            fn parse_num(k: i64) -> Result<i64, ParseErr> {
                if k % 7 == 0 {
                    Err(ParseErr::Empty)
                } else if k % 5 == 0 {
                    Err(ParseErr::Bad(k))
                } else if k % 11 == 3 {
                    Err(ParseErr::Odd { at: (k % 100) as u8 })
                } else {
                    Ok(k % 1000)
                }
            }

            fn half(k: i64) -> Option<i64> {
                if k % 2 == 0 { Some(k / 2) } else { None }
            }

            fn checked(k: i64) -> Result<i64, AppErr> {
                let v = parse_num(k)?;
                if v > 900 {
                    return Err(AppErr::Range(v));
                }
                Ok(v + 1)
            }


            """);
        _helpers.Add(new FnDef("parse_num", [IntType.I64], new ResultType(IntType.I64, ParseErrType)));
        _helpers.Add(new FnDef("half", [IntType.I64], new OptionType(IntType.I64)));
        _helpers.Add(new FnDef("checked", [IntType.I64], new ResultType(IntType.I64, AppErrType)));
    }

    /// <summary>`fn fal3(p0: T) -> Result&lt;R, AppErr&gt;` (or `-> Option&lt;R&gt;`): locals with drops, statements with `?` among them, a last `Ok`.</summary>
    private void TryHelper(int k)
    {
        var s = new Scope();
        var parameters = Enumerable.Range(0, Between(1, 3)).Select(_ => ValueType(1)).ToList();
        var names = parameters.Select(p => s.Declare(s.Fresh("p"), p, false).Name).ToList();
        var ok = ValueType(1);
        GType ret = Chance(65) ? new ResultType(ok, AppErrType) : new OptionType(ok);
        _tryReturn = ret;
        var body = new StringBuilder();
        if (Chance(60)) TracerLet(body, s, 1);
        if (Chance(40)) HeapLet(body, s, 1);
        Statements(body, s, 1, Between(1, 3));
        TryStatement(body, s, 1);
        Statements(body, s, 1, Between(0, 2));
        var tail = ret is OptionType ? $"Some({Expr(ok, s, 2, pinned: true)})" : $"Ok({Expr(ok, s, 2, pinned: true)})";
        _tryReturn = null;
        _items.Append(CultureInfo.InvariantCulture, $"fn {TryPrefix}{k}({Signature(names, parameters)}) -> {ret.Rust} {{\n{body}    {tail}\n}}\n\n");
        _helpers.Add(new FnDef($"{TryPrefix}{k}", parameters, ret));
    }

    /// <summary>A statement with `?` (or an early `return`) in a helper returning <see cref="_tryReturn"/>.</summary>
    private void TryStatement(StringBuilder sb, Scope s, int indent)
    {
        _usesHeap = true;
        var name = s.Fresh("v");
        var earlier = _helpers.Take(_callableHelpers).Where(h => h.Name.StartsWith(TryPrefix, StringComparison.Ordinal) && h.Return.GetType() == _tryReturn!.GetType()).ToList();
        if (earlier.Count > 0 && Chance(30)) ChainedTry(sb, s, indent, name, Pick(earlier));
        else if (_tryReturn is OptionType) OptionTry(sb, s, indent, name);
        else ResultTry(sb, s, indent, name);
    }

    /// <summary>`let v: T = fal1(…)?;`: a `?` on an earlier helper that uses `?` itself, so errors pass up a chain of calls.</summary>
    private void ChainedTry(StringBuilder sb, Scope s, int indent, string name, FnDef h)
    {
        var ok = h.Return is OptionType o ? o.Inner : ((ResultType)h.Return).Ok;
        Line(sb, indent, $"let {name}: {ok.Rust} = {h.Name}({string.Join(", ", h.Parameters.Select((p, i) => Argument(h, i, p, s, 2)))})?;");
        s.Declare(name, ok, false);
    }

    private void OptionTry(StringBuilder sb, Scope s, int indent, string name)
    {
        var t = ScalarType();
        Weighted<Action>(
            (3, () => Bind(name, t, $"{Expr(new OptionType(t), s, 2)}?")),
            (3, () => Bind(name, IntType.I64, $"half({Expr(IntType.I64, s, 2, true)})?")),
            (2, () => Bind(name, IntType.I64, $"parse_num({Expr(IntType.I64, s, 2, true)}).ok()?")),
            (1, () => Bind(name, IntType.I64, $"(half({Expr(IntType.I64, s, 1, true)})? % 1000 + half({Expr(IntType.I64, s, 1, true)})? % 1000)")),
            (1, () => Line(sb, indent, $"if {BoolExpr(s, 2)} {{ return None; }}")))();

        void Bind(string n, GType type, string value)
        {
            Line(sb, indent, $"let {n}: {type.Rust} = {value};");
            s.Declare(n, type, false);
        }
    }

    private void ResultTry(StringBuilder sb, Scope s, int indent, string name)
    {
        var t = ScalarType();
        Weighted<Action>(
            (3, () => Bind(name, t, $"{Expr(new ResultType(t, Chance(50) ? ParseErrType : AppErrType), s, 2)}?")),
            (3, () => Bind(name, IntType.I64, $"parse_num({Expr(IntType.I64, s, 2, true)})?")),
            (2, () => Bind(name, IntType.I64, $"checked({Expr(IntType.I64, s, 2, true)})?")),
            (1, () => Bind(name, IntType.I64, $"half({Expr(IntType.I64, s, 2, true)}).ok_or({Expr(Chance(50) ? ParseErrType : AppErrType, s, 1, true)})?")),
            (1, () => Bind(name, IntType.I64, $"(parse_num({Expr(IntType.I64, s, 1, true)})? % 1000 + checked({Expr(IntType.I64, s, 1, true)})? % 1000)")),
            (1, () => Line(sb, indent, $"if {BoolExpr(s, 2)} {{ return Err({Expr(AppErrType, s, 1, true)}); }}")),
            (1, () => Line(sb, indent, $"if {BoolExpr(s, 2)} {{ Err({Expr(ParseErrType, s, 1, true)})?; }}")))();

        void Bind(string n, GType type, string value)
        {
            Line(sb, indent, $"let {n}: {type.Rust} = {value};");
            s.Declare(n, type, false);
        }
    }

    /// <summary>
    /// `fn main() -> Result&lt;(), AppErr&gt;` ending in a `?` on a helper: an error prints
    /// `Error: …` on stderr and exits with code 1, after `main`'s tracer was dropped.
    /// </summary>
    private string TryMain(string call)
    {
        var helpers = _helpers.Where(h => h.Return is ResultType { Err: EnumType { Def.Name: "AppErr" } }).ToList();
        var h = Pick(helpers);
        var s = new Scope();
        var arguments = string.Join(", ", h.Parameters.Select((p, i) => Argument(h, i, p, s, 1)));
        return $"fn main() -> Result<(), AppErr> {{\n    {call}    let t = tr({_nextTracer++});\n"
            + $"    println!(\"main {{:?}}\", {h.Name}({arguments})?);\n    Ok(())\n}}\n";
    }

    /// <summary>A call of a `?` helper whose outcome is printed: `match` on it, `if let`, or `{:?}` of it.</summary>
    private void TryCall(StringBuilder sb, Scope s, int indent)
    {
        var helpers = _helpers.Take(_callableHelpers).Where(h => h.Name.StartsWith(TryPrefix, StringComparison.Ordinal) || h.Name == "checked").ToList();
        if (helpers.Count == 0)
        {
            Print(sb, s, indent);
            return;
        }
        var h = Pick(helpers);
        var call = $"{h.Name}({string.Join(", ", h.Parameters.Select((p, i) => Argument(h, i, p, s, 2)))})";
        var w = s.Fresh("w");
        var error = _options.Display && Chance(50) ? "{}" : "{:?}";
        Line(sb, indent, Weighted(
            (3, h.Return is OptionType
                ? $"match {call} {{ Some({w}) => println!(\"some {{:?}}\", {w}), None => println!(\"none\") }}"
                : $"match {call} {{ Ok({w}) => println!(\"ok {{:?}}\", {w}), Err({w}) => println!(\"err {error}\", {w}) }}"),
            (1, $"if let {(h.Return is OptionType ? "None" : $"Err({w})")} = {call} {{ println!(\"failed {(h.Return is OptionType ? "" : error)}\"{(h.Return is OptionType ? "" : $", {w}")}); }}"),
            (2, $"println!(\"result {{:?}}\", {call});")));
    }
}
