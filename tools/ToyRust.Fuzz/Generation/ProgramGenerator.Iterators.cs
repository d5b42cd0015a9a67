using System.Globalization;
using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// Iterator chains (level L5, <see cref="GeneratorOptions.Iterators"/>, off by default until
/// ToyRust has std's iterators; checked against rustc alone meanwhile): a source (an `i64`
/// range, `v.iter()` of an integer vector, an array, the program's own `impl Iterator for Steps`),
/// adapters (`map`, `filter`, `enumerate`, `zip`, `rev`, `take`, `skip`, `chain`, `step_by`,
/// `flat_map`, `flatten`, `peekable`, `inspect`, `take_while`, `skip_while`, `filter_map`, and
/// `map` of a function item, a `fn` pointer or a constructor: `fp_small`, `pick_fp(2)`, `Some`, `Wrapped`), `chars()`
/// of a literal, and a consumer (`sum`, `count`, `fold`, `any`, `all`, `min`, `max`, `find`,
/// `reduce`, `position`, `collect`), as values
/// of expressions and `let`s, collected into new vectors, and walked by `for` loops.
///
/// Every item is an `i64` of a few thousand at most (sources are small or taken `% 1000`; adapters
/// add, xor and multiply by small constants), so no sum overflows unless a captured value does.
/// Chains are finite: ranges are short, `Steps` stops after at most 7 items. `rev` comes only
/// where the chain so far is double-ended (a range or a slice iterator, through `map`/`filter`).
/// The closures of a chain read the variables they name while it runs: a `for` loop over a chain
/// leaves them read-only, and a chain over a vector leaves the vector read-only.
/// </summary>
public sealed partial class ProgramGenerator
{
    /// <summary>Whether an iterator rule ran: the program then gets <see cref="IteratorItems"/>.</summary>
    private bool _usesIterators;

    private const string IteratorItems = """

        struct Steps {
            cur: i64,
            left: u32,
        }

        impl Iterator for Steps {
            type Item = i64;

            fn next(&mut self) -> Option<i64> {
                if self.left == 0 {
                    return None;
                }
                self.left -= 1;
                self.cur = self.cur % 1000 * 3 + 1;
                Some(self.cur)
            }
        }

        fn steps(cur: i64, left: u32) -> Steps {
            Steps { cur: cur % 1000, left: left % 8 }
        }

        """;

    /// <summary>A chain of `i64` items, with whether it is still double-ended.</summary>
    private (string Text, bool DoubleEnded) IterChain(Scope s, int depth)
    {
        _usesIterators = true;
        _usesClosures = true; // the function items some adapters take are the closure rules' (`fp_small`, `Wrapped`)
        var (text, de) = IterSource(s);
        for (var i = 0; i < Between(0, 3); i++) (text, de) = IterAdapter(text, de, s, depth);
        return (text, de);
    }

    private string SmallRange()
    {
        var lo = Between(-5, 5);
        return $"({lo.ToString(CultureInfo.InvariantCulture)}i64{(Chance(50) ? ".." : "..=")}{(lo + Between(0, 12)).ToString(CultureInfo.InvariantCulture)})";
    }

    private (string, bool) IterSource(Scope s)
    {
        var vecs = s.Heap.Where(v => v.Readable && v.Type is VecType { Element: IntType }).ToList();
        return Weighted<Func<(string, bool)>>(
            (4, () => (SmallRange(), true)),
            (vecs.Count > 0 ? 4 : 0, () => ($"{Pick(vecs).Name}.iter().map(|e| *e as i64 % 1000)", true)),
            (2, () => ($"[{Expr(I64, s, 1, true)}, {Expr(I64, s, 1, true)}, {Between(0, 9)}i64].iter().map(|&e| e % 1000)", true)),
            (2, () => ($"steps({Expr(I64, s, 1, true)}, {Between(0, 9)})", false)),
            (1, () => ($"\"{Pick(["héllo", "ab c", "", "x😀y", "Zz9"])}\".chars(){(Chance(30) ? ".rev()" : "")}.map(|c| c as i64)", true)))();
    }

    /// <summary>A closure body over an item `x`: small constants and, masked, a value the closure captures.</summary>
    private string ItemExpression(string x, Scope s, int depth) => Weighted<Func<string>>(
        (3, () => $"{x} * {Between(1, 5)} % 1000 + {Between(0, 9)}"),
        (2, () => $"{x} ^ ({Pin(Expr(I64, s, Math.Min(depth, 1), true), IntType.I64)} % 1000)"),
        (1, () => $"{x} - {Between(0, 20)}"))();

    private (string, bool) IterAdapter(string chain, bool de, Scope s, int depth) => Weighted<Func<(string, bool)>>(
        (4, () => ($"{chain}.map(|x| {ItemExpression("x", s, depth)})", de)),
        (3, () => ($"{chain}.filter(|x| *x % {Between(2, 5)} != {Between(0, 1)})", de)),
        (de ? 2 : 0, () => ($"{chain}.rev()", de)),
        (2, () => ($"{chain}.take({Between(0, 6)})", false)),
        (2, () => ($"{chain}.skip({Between(0, 3)})", false)),
        (1, () => ($"{chain}.chain({SmallRange()})", false)),
        (1, () => ($"{chain}.enumerate().map(|(i, x)| x + i as i64)", false)),
        (1, () => ($"{chain}.zip({(Chance(50) ? SmallRange() : $"steps({Between(0, 99)}, {Between(1, 7)})")}).map(|(a, b)| a ^ b)", false)),
        (1, () => ($"{chain}.step_by({Between(1, 3)})", false)),
        (1, () => ($"{chain}.flat_map(|x| 0..x % {Between(2, 4)})", false)),
        (1, () => ($"{chain}.map(|x| vec![x, x / {Between(2, 5)}]).flatten()", false)),
        (1, () => ($"{chain}.peekable()", de)),
        (1, () => ($"{chain}.inspect(|x| println!(\"saw {{}}\", x))", de)),
        (1, () => ($"{chain}.{Pick(["take_while", "skip_while"])}(|x| *x % {Between(2, 7)} != 0)", false)),
        (1, () => ($"{chain}.filter_map(|x| if x % {Between(2, 4)} == 0 {{ Some(x / 2) }} else {{ None }})", false)),
        (1, () => ($"{chain}.map({Pick(["fp_small", "fp_neg"])})", de)),
        (1, () => ($"{chain}.map(pick_fp({Between(-3, 5)}))", de)),
        (1, () => ($"{chain}.map(Some).flatten()", false)),
        (1, () => ($"{chain}.map(Wrapped).map(|Wrapped(v)| v + 1)", de)))();

    /// <summary>A consumer of a chain and the type of its value.</summary>
    private (string Text, GType Type) IterConsumer(string chain) => Weighted<Func<(string, GType)>>(
        (3, () => ($"{chain}.sum::<i64>()", I64)),
        (2, () => ($"{chain}.count()", IntType.Usize)),
        (2, () => ($"{chain}.fold({Between(0, 9)}i64, |a, x| (a * 31 + x) % 1000003)", I64)),
        (1, () => ($"{chain}.any(|x| x > {Between(0, 20)})", BoolType.Instance)),
        (1, () => ($"{chain}.all(|x| x % 2 == 0)", BoolType.Instance)),
        (1, () => ($"{chain}.{Pick(["min", "max"])}()", new OptionType(I64))),
        (1, () => ($"{chain}.find(|x| *x > {Between(0, 20)})", new OptionType(I64))),
        (1, () => ($"{chain}.reduce(|a, b| (a * {Between(2, 7)} + b) % 1000)", new OptionType(I64))),
        (1, () => ($"{chain}.position(|x| x == {Between(0, 9)})", new OptionType(IntType.Usize))))();

    /// <summary>An expression of type <paramref name="t"/> made by a chain; null if no consumer gives that type.</summary>
    private string? IterExpr(GType t, Scope s, int depth)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var (text, type) = IterConsumer(IterChain(s, depth).Text);
            if (type.Same(t)) return $"({text})";
        }
        return null;
    }

    private void IteratorStatement(StringBuilder sb, Scope s, int indent)
    {
        _usesIterators = true;
        Weighted<Action>(
            (3, () => IterLet(sb, s, indent)),
            (2, () => IterCollect(sb, s, indent)),
            (indent < 4 ? 3 : 0, () => IterFor(sb, s, indent)),
            (indent < 4 ? 1 : 0, () => IterWhileLet(sb, s, indent)))();
    }

    private void IterLet(StringBuilder sb, Scope s, int indent)
    {
        var (text, type) = IterConsumer(IterChain(s, 1).Text);
        var name = s.Fresh("v");
        Line(sb, indent, $"let {name}: {type.Rust} = {text};");
        Line(sb, indent, $"println!(\"iter {{:?}}\", {name});");
        s.Declare(name, type, false);
    }

    /// <summary>`let hv3: Vec&lt;i64&gt; = chain.collect();`, a heap variable like any other from then on.</summary>
    private void IterCollect(StringBuilder sb, Scope s, int indent)
    {
        var name = s.Fresh(HeapPrefix);
        var chain = IterChain(s, 1).Text;
        Line(sb, indent, Chance(50) ? $"let mut {name}: Vec<i64> = {chain}.collect();" : $"let mut {name} = {chain}.collect::<Vec<_>>();");
        Line(sb, indent, $"println!(\"collected {{:?}}\", {name});");
        s.DeclareHeap(name, new VecType(I64), true);
        _usesHeap = true;
    }

    /// <summary>`for x in chain { … }`: what the chain reads stays read-only in the body.</summary>
    private void IterFor(StringBuilder sb, Scope s, int indent)
    {
        var x = s.Fresh("x");
        var chain = IterChain(s, 1).Text;
        var pair = Chance(25);
        var n = s.Fresh("n");
        var pattern = pair ? $"({n}, {x})" : x;
        Line(sb, indent, $"for {pattern} in {chain}{(pair ? ".enumerate()" : "")} {{");
        s.Capturing(chain, Access.ReadOnly, () =>
        {
            s.Push();
            s.Declare(x, I64, false);
            if (pair) s.Declare(n, IntType.Usize, false);
            InLoop(sb, s, indent + 1, null);
            s.Pop();
        });
        Line(sb, indent, "}");
    }

    /// <summary>`let mut it = steps(…); while let Some(x) = it.next() { … }`: the user iterator driven by hand.</summary>
    private void IterWhileLet(StringBuilder sb, Scope s, int indent)
    {
        var it = s.Fresh("it");
        var x = s.Fresh("x");
        Line(sb, indent, $"let mut {it} = steps({Expr(I64, s, 1, true)}, {Between(0, 9)});");
        Line(sb, indent, $"while let Some({x}) = {it}.next() {{");
        s.Push();
        s.Declare(x, I64, false);
        InLoop(sb, s, indent + 1, null);
        s.Pop();
        Line(sb, indent, "}");
    }
}
