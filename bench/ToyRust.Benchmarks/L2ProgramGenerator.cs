using System.Globalization;
using System.Text;

namespace ToyRust.Benchmarks;

/// <summary>
/// Writes a valid L2 program of a given length for the front-end benchmark: repeated blocks, each
/// with a derived struct, an enum with unit, tuple and struct variants, methods taking `&amp;self`,
/// `&amp;mut self` and `Self`, a `match` with bindings, `while`/`for` loops, arithmetic and
/// `println!` with `{}` and `{:?}`. Every block is called from `main`, so the back end compiles all
/// of it too, and the numbers stay small so that no arithmetic overflows.
///
/// The program is also built with rustc by the benchmark, which checks that both builds print the
/// same thing: it is a real program, not just text that parses.
/// </summary>
public static class L2ProgramGenerator
{
    public static string Generate(int minimumLines)
    {
        var blocks = new StringBuilder();
        var calls = new StringBuilder();
        var count = 0;
        // Each block is about 60 lines and main grows by one line per block.
        while (CountLines(blocks) + count + 8 < minimumLines)
        {
            blocks.Append(Block(count));
            calls.Append(CultureInfo.InvariantCulture, $"    checksum += run{count}({count % 13});\n");
            count++;
        }
        return blocks
            + "fn main() {\n"
            + "    let mut checksum: i64 = 0;\n"
            + calls
            + "    println!(\"checksum: {}\", checksum);\n"
            + "}\n";
    }

    public static int CountLines(string text) => text.Count(c => c == '\n');

    private static int CountLines(StringBuilder text)
    {
        var lines = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n') lines++;
            }
        }
        return lines;
    }

    private static string Block(int k) => $$"""
        #[derive(Debug, Clone, Copy, PartialEq)]
        struct Point{{k}} {
            x: i64,
            y: i64,
        }

        #[derive(Debug, Clone, Copy, PartialEq)]
        enum Shape{{k}} {
            Circle { r: i64 },
            Rect(i64, i64),
            Empty,
        }

        impl Point{{k}} {
            fn new(x: i64, y: i64) -> Self {
                Self { x, y }
            }

            fn manhattan(&self, other: &Point{{k}}) -> i64 {
                let dx = if self.x > other.x { self.x - other.x } else { other.x - self.x };
                let dy = if self.y > other.y { self.y - other.y } else { other.y - self.y };
                dx + dy
            }

            fn shift(&mut self, by: i64) {
                self.x += by;
                self.y -= by;
            }
        }

        impl Shape{{k}} {
            fn area(&self) -> i64 {
                match self {
                    Shape{{k}}::Circle { r } => 3 * *r * *r,
                    Shape{{k}}::Rect(w, h) => *w * *h,
                    Shape{{k}}::Empty => 0,
                }
            }
        }

        fn run{{k}}(seed: i64) -> i64 {
            let mut p = Point{{k}}::new(seed, {{k % 97}});
            let q = Point{{k}}::new(1, 2);
            let mut total = 0;
            let mut i = 0;
            while i < 10 {
                p.shift(i);
                let s = match i % 3 {
                    0 => Shape{{k}}::Circle { r: i },
                    1 => Shape{{k}}::Rect(i, i + 1),
                    _ => Shape{{k}}::Empty,
                };
                total += s.area() + p.manhattan(&q);
                i += 1;
            }
            for j in 0..5 {
                if j % 2 == 0 {
                    total -= j;
                } else {
                    total += j * 2;
                }
            }
            if p == q {
                total += 1;
            }
            println!("run{{k}}: {} {:?} {:?}", total, p, Shape{{k}}::Rect(total % 7, 2));
            total
        }


        """;
}
