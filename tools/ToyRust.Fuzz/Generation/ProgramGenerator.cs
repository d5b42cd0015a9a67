using System.Text;

namespace ToyRust.Fuzz.Generation;

/// <summary>
/// How big a generated program is, and which rules of level L5 it may use. With every L5 switch
/// off the generator writes exactly the programs it wrote before L5 (an L5 rule that is off draws
/// nothing from the random source), so the seeds of earlier campaigns still name the same programs.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Roughly the number of statements in `main` and in the run functions together.</summary>
    public int Size { get; init; } = 40;

    /// <summary>Closures of every capture kind, passed to generic functions with `Fn*` bounds (ProgramGenerator.Closures.cs).</summary>
    public bool Closures { get; init; } = true;

    /// <summary>`?` on `Option` and `Result` in generated helpers, with a user error enum and `From` (ProgramGenerator.Try.cs).</summary>
    public bool Try { get; init; } = true;

    /// <summary>`impl fmt::Display` for generated structs and enums, printed with width, fill, alignment and precision (ProgramGenerator.Display.cs).</summary>
    public bool Display { get; init; } = true;

    /// <summary>Iterator chains and a user `impl Iterator` (ProgramGenerator.Iterators.cs); off by default while ToyRust lacks them.</summary>
    public bool Iterators { get; init; }

    /// <summary>The generator of level L4: no L5 rule.</summary>
    public static GeneratorOptions L4 { get; } = new() { Closures = false, Try = false, Display = false };

    /// <summary>The L5 rules that are on, as the program's first line names them ("" at level L4).</summary>
    public string Rules => string.Join(", ", new[] { (Closures, "closures"), (Try, "try"), (Display, "display"), (Iterators, "iterators") }
        .Where(r => r.Item1).Select(r => r.Item2));

    public override string ToString() => $"size {Size}" + (Rules.Length > 0 ? $", L5 rules: {Rules}" : ", level L4");
}

/// <summary>
/// Writes random Rust programs that are valid, deterministic and terminating, for the
/// differential runner (docs/reliability.md has the table of rules and the features they cover).
///
/// Design, in the spirit of Csmith and YARPGen:
/// - **Typed top-down generation.** Every expression is asked for by type (<see cref="Expr"/>),
///   so the program type-checks by construction; every type is `Copy`, so there are no moves.
/// - **Declarations first.** A program gets a few structs (named, tuple, generic), enums, traits
///   with impls on primitives, structs and a generic wrapper, operator impls, generic functions
///   and helper functions; the statements of `main` and the run functions then use them.
/// - **Defined behaviour only, deliberate panics allowed.** Integer overflow, division by zero
///   and out-of-bounds indexing may happen, and then both compilers must panic (or wrap, when
///   overflow checks are off) alike. The crate allows rustc's deny-by-default lints
///   `arithmetic_overflow` and `unconditional_panic`, so a constant that overflows is a run-time
///   panic in both compilers rather than a rejected program. Divisors, shift amounts and indexes
///   are usually masked into range (`(d | 1)`, `(i as usize) % N`) so that most programs run to
///   the end; sometimes they are not, so that the panics are tested too.
/// - **Termination.** Every loop has a counter the body may read but not write; `while` and
///   `loop` step it first, so a `continue` cannot skip it. Helper functions only call helpers
///   declared before them, and recursion is on a counter bounded by a small mask.
/// - **Borrows that pass the borrow checker.** A reference lives in a block of its own during
///   which its target is read-only (`&`) or untouched (`&mut`); see <see cref="Access"/>.
/// - **Observability.** Values are printed with a variety of format specs, and every live
///   integer is folded into a checksum (`mix`) that is printed along the way and at the end.
/// - **Determinism.** One <see cref="Random"/> seeded by the caller drives every choice.
/// </summary>
public sealed partial class ProgramGenerator
{
    private readonly Random _random;
    private readonly GeneratorOptions _options;
    private readonly StringBuilder _items = new();
    private readonly List<StructDef> _structs = [];
    private readonly List<EnumDef> _enums = [];
    private readonly List<FnDef> _helpers = [];
    private readonly List<(string Name, IntType Type, Int128 Value)> _consts = [];
    private int _budget;

    /// <summary>Whether a statement calls the trait-object helpers, which are then declared after `main`.</summary>
    private bool _usesTraitObjects;

    private ProgramGenerator(int seed, GeneratorOptions options)
    {
        _random = new Random(seed);
        _options = options;
    }

    public static string Generate(int seed, GeneratorOptions options) => new ProgramGenerator(seed, options).Program(seed);

    private string Program(int seed)
    {
        _budget = Math.Max(8, _options.Size);
        DeclareConsts();
        DeclareStructs();
        DeclareEnums();
        DeclareTraits();
        DeclareOperators();
        DeclareGenerics();
        if (_options.Try) DeclareErrors();
        if (_options.Display) DeclareDisplays();
        DeclareHelpers();
        var main = MainFunction();
        var rules = _options.Rules.Length > 0 ? $", rules: {_options.Rules}" : "";
        return $"// Generated by toyrust-fuzz (seed {seed}, size {_options.Size}{rules}).\n"
            + "#![allow(arithmetic_overflow, unconditional_panic)]\n"
            + "#![allow(unused)]\n"
            + (_usesHeap ? "use std::cell::{Cell, RefCell};\n" : "")
            + "use std::cmp::Ordering;\n"
            + "use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign};\n"
            + (_usesHeap ? "use std::rc::Rc;\n" : "") + "\n"
            + "fn mix(ck: u64, v: u64) -> u64 {\n    (ck * 31 + v % 1000003) % 1000000007\n}\n\n"
            + Tracers
            + _items + main + (_usesTraitObjects ? "\n" + TraitObjectHelpers : "") + (_usesHeap ? "\n" + HeapItems : "")
            + (_usesClosures ? ClosureItems : "") + (_usesIterators ? IteratorItems : "");
    }

    /// <summary>The drop tracer type (level L4): its values print when made and when dropped (see <see cref="Tracer"/>).</summary>
    private const string Tracers = """
        struct Tr(u32);

        impl Drop for Tr {
            fn drop(&mut self) {
                println!("drop {}", self.0);
            }
        }

        fn tr(n: u32) -> Tr {
            println!("new {}", n);
            Tr(n)
        }

        fn sink(t: Tr) -> u32 {
            t.0
        }


        """;

    // ---- choices ----

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private int Between(int low, int highInclusive) => _random.Next(low, highInclusive + 1);

    /// <summary>Picks by weight: `(weight, choice)` pairs whose weight is 0 are never picked.</summary>
    private T Weighted<T>(params (int Weight, T Choice)[] choices)
    {
        var total = choices.Sum(c => c.Weight);
        var n = _random.Next(total);
        foreach (var (weight, choice) in choices)
        {
            if (n < weight) return choice;
            n -= weight;
        }
        throw new InvalidOperationException("no choice has a weight");
    }

    private static string Indent(int depth) => new(' ', depth * 4);
}

/// <summary>A helper function the statements may call (`h3`, `m1` with a `&amp;mut` first parameter, `rec0`): its signature.</summary>
public sealed record FnDef(string Name, IReadOnlyList<GType> Parameters, GType Return);
