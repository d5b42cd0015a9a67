using NUnit.Framework;
using ToyRust.Fuzz.Reduction;

namespace ToyRust.Tests.Fuzz;

/// <summary>
/// The reducer with synthetic predicates (no rustc): each stands in for "still shows the bug" and, like the
/// real one, rejects sources whose braces do not balance.
/// </summary>
public class ReducerTests
{
    private const string Generated = """
        #[derive(Debug, Clone, Copy, PartialEq)]
        struct Point {
            x: i32,
            y: i32,
        }

        #[derive(Debug)]
        enum Shape {
            Circle(i32),
            Square { side: i32 },
        }

        impl Point {
            fn norm(&self) -> i32 {
                (self.x * self.x + self.y * self.y)
            }
        }

        const LIMIT: u32 = 12;

        fn helper(a: i64, b: i64) -> i64 {
            let c = (a + b);
            if c > 10 { c - 10 } else { c }
        }

        fn main() {
            let p = Point { x: 3, y: 4 };
            println!("{} {}", p.norm(), LIMIT);
            let s = Shape::Square { side: 2 };
            match s {
                Shape::Circle(r) => println!("circle {}", r),
                Shape::Square { side } => println!("square {}", side),
            }
            for i in 0..10 {
                if i % 3 == 0 {
                    let text = "} not a brace {";
                    let bad = 7u8;
                    println!("{} {} {}", i, bad, text);
                }
            }
            println!("{}", helper(1, 2));
        }

        """;

    [Test]
    public void Reduces_a_program_to_the_interesting_statement()
    {
        var result = Reducer.Reduce(Generated, KeepsBadLet);

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    let bad = 7u8;\n}\n"));
        Assert.That(KeepsBadLet(result.Source), Is.True);
        Assert.That(result.Accepted, Is.GreaterThan(0).And.LessThanOrEqualTo(result.Attempts));
    }

    [Test]
    public void Same_input_and_answers_give_the_same_result()
    {
        var first = Reducer.Reduce(Generated, KeepsBadLet);
        var second = Reducer.Reduce(Generated, KeepsBadLet);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Stops_after_max_attempts_with_the_best_source_so_far()
    {
        int calls = 0;
        var options = new ReducerOptions { MaxAttempts = 5 };

        var result = Reducer.Reduce(Generated, source => { calls++; return KeepsBadLet(source); }, options);

        Assert.That(calls, Is.EqualTo(5));
        Assert.That(result.Attempts, Is.EqualTo(5));
        Assert.That(KeepsBadLet(result.Source), Is.True);
        Assert.That(result.Source.Length, Is.LessThan(Generated.Length));
    }

    [Test]
    public void A_zero_time_limit_returns_the_original_without_calls()
    {
        var result = Reducer.Reduce(Generated, KeepsBadLet, new ReducerOptions { TimeLimit = TimeSpan.Zero });

        Assert.That(result, Is.EqualTo(new ReductionResult(Generated, 0, 0)));
    }

    [Test]
    public void A_predicate_true_only_for_the_original_returns_the_original()
    {
        var result = Reducer.Reduce(Generated, source => source == Generated);

        Assert.That(result.Source, Is.EqualTo(Generated));
        Assert.That(result.Accepted, Is.Zero);
        Assert.That(result.Attempts, Is.GreaterThan(0));
    }

    [Test]
    public void Never_calls_the_predicate_twice_with_the_same_candidate()
    {
        var seen = new List<string>();

        Reducer.Reduce(Generated, source => { seen.Add(source); return KeepsBadLet(source); });

        Assert.That(seen, Is.Unique);
        Assert.That(seen, Does.Not.Contain(Generated));
    }

    [Test]
    public void Deletes_items_but_keeps_main()
    {
        var result = Reducer.Reduce(Generated, source => Balanced(source) && source.Contains("enum Shape") &&
                                                         source.Contains("fn main()"));

        Assert.That(result.Source, Is.EqualTo("enum Shape {\n}\nfn main() {\n}\n"));
    }

    [Test]
    public void Deletes_match_arms()
    {
        const string source =
            "fn main() {\n    match 3 {\n        1 => {}\n        2 => {}\n        _ => {}\n    }\n}\n";

        var result = Reducer.Reduce(source, text => Balanced(text) && text.Contains("match 3 {") &&
                                                    text.Contains("_ => {}"));

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    match 3 {\n        _ => {}\n    }\n}\n"));
    }

    [Test]
    public void Keeps_one_branch_of_an_if_else()
    {
        const string source = "fn main() {\n    if f() {\n        a();\n    } else {\n        b();\n    }\n}\n";

        var result = Reducer.Reduce(source, text => Balanced(text) && text.Contains("b();") &&
                                                    text.Contains("fn main"));

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    b();\n}\n"));
    }

    [Test]
    public void Replaces_integer_literals_keeping_their_suffix()
    {
        const string source = "fn main() {\n    let x = 123i64 + 9 + t.1 + 2.5;\n}\n";

        var result = Reducer.Reduce(source, text => text.Contains("let x = ") && text.Contains("i64"));

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    let x = 0i64 + 0 + t.1 + 2.5;\n}\n"));
    }

    [Test]
    public void Replaces_a_parenthesised_binary_expression_by_an_operand()
    {
        const string source = "fn main() {\n    let y = (a * 2 + f(b));\n}\n";

        var result = Reducer.Reduce(source, text => text.Contains("let y = ") && text.Contains("f(b)"));

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    let y = f(b);\n}\n"));
    }

    [Test]
    public void Deletes_println_arguments_with_their_placeholders()
    {
        const string source = "fn main() {\n    println!(\"a={} b={:?} {{c}}\", a, b);\n}\n";

        var result = Reducer.Reduce(source, text => text.Contains("println!(") && text.Contains(", b"));

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    println!(\"a= b={:?} {{c}}\", b);\n}\n"));
    }

    [Test]
    public void Brackets_in_strings_chars_and_comments_do_not_count()
    {
        const string source = "fn f<'a>(s: &'a str) -> &'a str {\n    s\n}\n\nfn main() {\n    if x {\n" +
                              "        let c = '{'; // }\n        let d = \"(\";\n        let bad = 7u8;\n    }\n}\n";

        var result = Reducer.Reduce(source, KeepsBadLet, new ReducerOptions { MaxAttempts = 6 });

        Assert.That(result.Source, Is.EqualTo("fn main() {\n    let bad = 7u8;\n}\n"));
    }

    private static bool KeepsBadLet(string source) =>
        source.Contains("let bad = 7u8;") && source.Contains("fn main") && Balanced(source);

    // What rustc would at least demand: braces outside string literals balance.
    private static bool Balanced(string source)
    {
        int depth = 0;
        bool inString = false;
        foreach (char c in source)
        {
            if (c == '"')
                inString = !inString;
            else if (!inString && c == '{')
                depth++;
            else if (!inString && c == '}' && --depth < 0)
                return false;
        }
        return depth == 0 && !inString;
    }
}
