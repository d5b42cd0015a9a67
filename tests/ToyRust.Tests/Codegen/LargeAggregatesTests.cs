using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ToyRust.Tests.Codegen;

/// <summary>
/// Values over 256 bytes never travel as one LLVM value (FunctionEmitter.InPlace.cs): a
/// first-class `load [4096 x i64]` made SROA and instruction selection expand one operation per
/// element, and a 60-line program took minutes at `-O`. The program's output is held to rustc's
/// by `tests/programs/l5/large_aggregates_in_place.rs`; this test holds the IR's shape.
/// </summary>
public partial class LargeAggregatesTests
{
    private const string Program = """
        #[derive(Clone, Copy)]
        struct P {
            x: i64,
            y: i64,
        }

        enum E {
            Large([P; 64], i16),
            Small(i32),
        }

        fn fill<T: Copy>(v: T) -> [T; 4096] {
            [v; 4096]
        }

        fn pick<T: Copy>(a: [T; 4096], b: [T; 4096], first: bool) -> [T; 4096] {
            if first { a } else { b }
        }

        fn main() {
            let a = fill(P { x: 1, y: 2 });
            let b = pick(a, a, true);
            let g = [b; 2];
            let t = (g[1], 5u8);
            let e = E::Large([P { x: 3, y: 4 }; 64], 7);
            let o = Some(t);
            if let (Some(t), E::Large(ps, _)) = (o, e) {
                println!("{} {}", t.0[4095].y, ps[63].x);
            }
            let s = E::Small(2);
            if let E::Small(k) = s {
                println!("{}", k);
            }
        }
        """;

    [Test]
    public void No_large_value_is_loaded_or_stored_whole()
    {
        var ir = LlvmIr();
        var whole = LoadOrStore().Matches(ir).Select(m => m.Value).Where(IsLarge).ToList();
        Assert.That(whole, Is.Empty);
        Assert.That(ir, Does.Contain("llvm.memcpy"), "large copies are memcpys");
    }

    /// <summary>A loaded or stored type with an array of 64 or more elements in it is over 256 bytes here.</summary>
    private static bool IsLarge(string instruction) => ArrayLength().Matches(instruction).Any(m => long.Parse(m.Groups[1].Value) >= 64);

    private static string LlvmIr() => LlvmIrOf.Program("large", Program);

    [GeneratedRegex(@"(= load [^,]+,|store [^,]+,)")]
    private static partial Regex LoadOrStore();

    [GeneratedRegex(@"\[(\d+) x")]
    private static partial Regex ArrayLength();
}
