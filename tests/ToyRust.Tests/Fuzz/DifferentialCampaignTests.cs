using NUnit.Framework;
using ToyRust.Fuzz.Differential;
using ToyRust.Fuzz.Generation;

namespace ToyRust.Tests.Fuzz;

/// <summary>
/// The fixed-seed differential campaign of the test suite (docs/reliability.md): a few hundred
/// generated programs, each built by rustc and by ToyRust for x86-64 and AArch64 at opt-levels 0
/// and 3, must behave alike. Long campaigns run in scripts/fuzz.sh; this one keeps every change
/// under the same net. Without rustc there is no oracle: the campaign is then skipped, visibly.
/// </summary>
public class DifferentialCampaignTests
{
    private const int Programs = 160;
    private const int FirstSeed = 20_261_129;
    private static readonly GeneratorOptions Small = new() { Size = 30 };

    [Test]
    public void The_generator_is_deterministic()
    {
        var first = ProgramGenerator.Generate(7, Small);
        var again = ProgramGenerator.Generate(7, Small);
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(ProgramGenerator.Generate(8, Small), Is.Not.EqualTo(first));
        });
    }

    /// <summary>Bug 29: inside a labelled block in a loop, a tracer declared before the loop looked movable, and moved once per iteration (E0382).</summary>
    [Test]
    public void A_labelled_block_keeps_the_loop_depth_of_tracers()
    {
        var s = new Scope();
        var before = s.DeclareTracer("t0");
        s.Loops.Add("");
        var depthInside = -1;
        s.HidingLoops(() => depthInside = s.LoopDepth);
        Assert.Multiple(() =>
        {
            Assert.That(depthInside, Is.EqualTo(1));
            Assert.That(depthInside, Is.Not.EqualTo(before.LoopDepth));
            Assert.That(s.Loops, Has.Count.EqualTo(1));
        });
    }

    /// <summary>Size is the number of statements: it shows in `run` (the items around it are much the same at any size).</summary>
    [Test]
    public void Size_is_a_parameter()
    {
        static int RunLength(string p) => p.IndexOf("\nfn main(", StringComparison.Ordinal) - p.IndexOf("\nfn run(", StringComparison.Ordinal);
        var small = Enumerable.Range(1, 20).Sum(s => RunLength(ProgramGenerator.Generate(s, new GeneratorOptions { Size = 10 })));
        var large = Enumerable.Range(1, 20).Sum(s => RunLength(ProgramGenerator.Generate(s, new GeneratorOptions { Size = 80 })));
        Assert.That(large, Is.GreaterThan(small * 3));
    }

    /// <summary>Each rule of the generator up to L4 (the table in docs/reliability.md) shows up in a hundred programs of level L4 (the same programs as before L5).</summary>
    [TestCase("while let Some(", TestName = "Generator_uses_while_let")]
    [TestCase("if let ", TestName = "Generator_uses_if_let")]
    [TestCase(": loop {", TestName = "Generator_uses_loop_with_break_value")]
    [TestCase("continue '", TestName = "Generator_uses_labelled_continue")]
    [TestCase(" @ ", TestName = "Generator_uses_binding_patterns")]
    [TestCase("..=", TestName = "Generator_uses_inclusive_ranges")]
    [TestCase(" if ", TestName = "Generator_uses_guards")]
    [TestCase("match &(", TestName = "Generator_uses_matching_on_references")]
    [TestCase("= &mut ", TestName = "Generator_uses_mutable_borrows")]
    [TestCase("as char", TestName = "Generator_uses_casts_to_char")]
    [TestCase("i128", TestName = "Generator_uses_128_bit_integers")]
    [TestCase("impl<T: Score> Score for Wrap<T>", TestName = "Generator_uses_blanket_impls_on_wrappers")]
    [TestCase("build::<", TestName = "Generator_uses_turbofish")]
    [TestCase("Some(", TestName = "Generator_uses_options")]
    [TestCase("Err::<", TestName = "Generator_uses_results")]
    [TestCase("sum3(", TestName = "Generator_uses_generic_operators")]
    [TestCase("assert_eq!(", TestName = "Generator_uses_assertions")]
    [TestCase("panic!(", TestName = "Generator_uses_deliberate_panics")]
    [TestCase("{:#?}", TestName = "Generator_uses_pretty_debug")]
    [TestCase("std::process::exit(", TestName = "Generator_uses_exit")]
    [TestCase("Tri::<", TestName = "Generator_uses_generic_enums_with_explicit_type_arguments")]
    [TestCase(".head_or(", TestName = "Generator_uses_methods_of_generic_enums")]
    [TestCase("impl MulAssign<", TestName = "Generator_uses_every_assign_operator_trait")]
    public void Generator_uses(string text)
    {
        var programs = Enumerable.Range(1, 100).Select(s => ProgramGenerator.Generate(s, GeneratorOptions.L4));
        Assert.That(programs.Count(p => p.Contains(text, StringComparison.Ordinal)), Is.GreaterThan(0));
    }

    /// <summary>The heap rules (ProgramGenerator.Heap*.cs, the L4 rows of the table in docs/reliability.md) show up in a hundred programs of level L4.</summary>
    [TestCase(@"let (mut )?hv\d+: Vec<Box<dyn Score>> = ", TestName = "Generator_uses_vectors_of_trait_objects")]
    [TestCase(@"hv\d+\.push\(", TestName = "Generator_uses_vector_push")]
    [TestCase(@"hv\d+\.pop\(\)", TestName = "Generator_uses_vector_pop")]
    [TestCase(@"hv\d+\.insert\(", TestName = "Generator_uses_vector_insert")]
    [TestCase(@"hv\d+\.remove\(", TestName = "Generator_uses_vector_remove")]
    [TestCase(@"hv\d+\.extend_from_slice\(", TestName = "Generator_uses_extend_from_slice")]
    [TestCase(@"hv\d+\.swap\(", TestName = "Generator_uses_slice_swap")]
    [TestCase(@"while i\d+ < hv\d+\.len\(\)", TestName = "Generator_uses_loops_over_vectors")]
    [TestCase(@"&hv\d+\[k\d+ / \d\.\.", TestName = "Generator_uses_slices_of_vectors")]
    [TestCase(@"slen\(&hv\d+\)", TestName = "Generator_uses_vectors_coerced_to_generic_slices")]
    [TestCase(@"vec!\[[^\]]*; ", TestName = "Generator_uses_vec_repeat")]
    [TestCase(@"hv\d+\.push_str\(", TestName = "Generator_uses_push_str")]
    [TestCase(@"format!\(", TestName = "Generator_uses_format")]
    [TestCase(@"hv\d+ = hv\d+ \+ ", TestName = "Generator_uses_string_concatenation")]
    [TestCase(@"let (mut )?hv\d+ = \*hv\d+;", TestName = "Generator_uses_moves_out_of_boxes")]
    [TestCase(@"dyn_total\(&\*hv\d+", TestName = "Generator_uses_boxed_trait_objects_as_references")]
    [TestCase(@"= list_pop\(hv\d+\)", TestName = "Generator_uses_recursive_lists")]
    [TestCase(@"let mut cur\d+: &List = &hv", TestName = "Generator_uses_walks_down_recursive_lists")]
    [TestCase(@"Rc::clone\(&hv\d+\)", TestName = "Generator_uses_rc_clone")]
    [TestCase(@"Rc::strong_count\(&hv\d+\)", TestName = "Generator_uses_strong_count")]
    [TestCase(@"hv\d+\.borrow_mut\(\)\.", TestName = "Generator_uses_refcell_borrow_mut")]
    [TestCase(@"hv\d+\.set\(", TestName = "Generator_uses_cell_set")]
    [TestCase(@"let g\d+ = hv\d+\.borrow", TestName = "Generator_uses_deliberate_refcell_conflicts")]
    [TestCase(@"if [^\n]*\{ drop\(hv\d+\); \}", TestName = "Generator_uses_conditional_moves_of_heap_values")]
    [TestCase(@"match nz\(", TestName = "Generator_uses_temporaries_in_match_scrutinees")]
    [TestCase(@"let r\d+ = &nz\(", TestName = "Generator_uses_extended_temporaries")]
    [TestCase(@"let _ = nz\(", TestName = "Generator_uses_let_underscore_drops")]
    [TestCase(@"for e\d+ in &hv\d+ \{|for e\d+ in hv\d+\.iter\(\) \{", TestName = "Generator_uses_for_loops_over_shared_vectors")]
    [TestCase(@"for e\d+ in &mut hv\d+ \{|for e\d+ in hv\d+\.iter_mut\(\) \{", TestName = "Generator_uses_for_loops_over_mutable_vectors")]
    public void Generator_uses_heap(string pattern)
    {
        var programs = Enumerable.Range(1, 100).Select(s => ProgramGenerator.Generate(s, GeneratorOptions.L4));
        Assert.That(programs.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, pattern)), Is.GreaterThan(0));
    }

    /// <summary>The rules of level L5 (ProgramGenerator.Closures.cs, .Try.cs, .Display.cs) show up in a hundred programs.</summary>
    [TestCase(@"let cl\d+ = \|", TestName = "Generator_uses_closures_capturing_by_reference")]
    [TestCase(@"let mut cl\d+ = \|k\d+: [^|]+\| \{ acc\d+", TestName = "Generator_uses_fn_mut_accumulators")]
    [TestCase(@"let mut cl\d+ = \|k\d+: [^|]+\| \{ hv\d+\.push\(", TestName = "Generator_uses_fn_mut_closures_on_heap_values")]
    [TestCase(@"let cl\d+ = move \|k\d+: i64\| -> i64 \{ [^;]*hv\d+", TestName = "Generator_uses_move_closures_owning_heap_values")]
    [TestCase(@"let cl\d+ = (move )?\|\| -> i64 \{ \(?(eat|sink|vtake)\(", TestName = "Generator_uses_fn_once_closures")]
    [TestCase(@"consume\(cl\d+\)", TestName = "Generator_uses_fn_once_bounds")]
    [TestCase(@"call_n\(cl\d+, ", TestName = "Generator_uses_fn_mut_bounds")]
    [TestCase(@"apply\(\|x\d+\| ", TestName = "Generator_uses_closures_typed_by_their_bound")]
    [TestCase(@"let inner\d+ = ", TestName = "Generator_uses_nested_closures")]
    [TestCase(@"drop\(cl\d+\);", TestName = "Generator_uses_dropped_closures")]
    [TestCase(@"\|\| -> String \{ hv\d+ \+ ", TestName = "Generator_uses_closures_returning_what_they_own")]
    [TestCase(@"let cl\d+ = \{ let b\d+: i64 = ", TestName = "Generator_uses_closures_made_in_blocks")]
    [TestCase(@"\|p\d+: &", TestName = "Generator_uses_closures_with_reference_parameters")]
    [TestCase(@"\{ \*r\d+ \^= k\d+; \*r\d+ \}", TestName = "Generator_uses_fn_mut_closures_through_references")]
    [TestCase(@"fn main\(\) -> Result<\(\), AppErr>", TestName = "Generator_uses_main_returning_result")]
    [TestCase(@"= parse_num\([^\n]*\)\?;", TestName = "Generator_uses_question_mark_with_from")]
    [TestCase(@"= half\([^\n]*\)\?;", TestName = "Generator_uses_question_mark_on_options")]
    [TestCase(@"\.ok_or\([^\n]*\)\?;", TestName = "Generator_uses_ok_or_question_mark")]
    [TestCase(@"Err\([^\n]*\)\?; \}", TestName = "Generator_uses_question_mark_on_err")]
    [TestCase(@"= fal\d+\([^\n]*\)\?;", TestName = "Generator_uses_question_mark_chains_across_helpers")]
    [TestCase(@"match fal\d+\(", TestName = "Generator_uses_calls_of_question_mark_helpers")]
    [TestCase(@"impl fmt::Display for S\d", TestName = "Generator_uses_display_on_structs")]
    [TestCase(@"impl fmt::Display for E\d", TestName = "Generator_uses_display_on_enums")]
    [TestCase(@"f\.pad\(&s\)", TestName = "Generator_uses_formatter_pad")]
    [TestCase(@"fmt::Display::fmt\(&self\.", TestName = "Generator_uses_forwarded_display")]
    [TestCase(@"f\.(width|precision|alternate|sign_plus)\(\)", TestName = "Generator_uses_formatter_flags")]
    [TestCase(@"println!\(""show \[\{:\*\^10\}\]""", TestName = "Generator_uses_fill_and_alignment_on_user_types")]
    [TestCase(@"\.to_string\(\)\)", TestName = "Generator_uses_to_string_of_user_types")]
    [TestCase(@"apply\((fp_small|fp_neg), ", TestName = "Generator_uses_function_items_as_closures")]
    [TestCase(@"(apply|compose)\([^\n]*pick_fp\(", TestName = "Generator_uses_fn_pointers_as_closures")]
    [TestCase(@"let cl\d+ = move \|\| peek\(&pr\d+\.1\)", TestName = "Generator_uses_move_closures_capturing_a_field")]
    [TestCase(@"let mut cl\d+ = \|\| \{ pr\d+\.2 \+= ", TestName = "Generator_uses_fn_mut_closures_capturing_a_field")]
    [TestCase(@"let cl\d+ = move \|\| match pr\d+ \{ \(_, t, k, _\)", TestName = "Generator_uses_move_closures_whose_pattern_takes_a_field")]
    [TestCase(@"let cl\d+ = \|\| \{ let \(ref a, _, k, ref st\) = pr\d+;", TestName = "Generator_uses_let_patterns_borrowing_fields_in_closures")]
    [TestCase(@"\(_, _, -?\d+\.\.=999, ref st\)", TestName = "Generator_uses_range_patterns_reading_a_captured_field")]
    [TestCase(@"apply\(make_adder\(|apply_dyn\(&make_adder\(", TestName = "Generator_uses_closures_returned_as_impl_fn")]
    [TestCase(@"boxed_op\([^\n]*\)\(", TestName = "Generator_uses_closures_returned_as_boxed_dyn_fn")]
    [TestCase(@"apply_dyn\(&(move )?\|", TestName = "Generator_uses_closures_as_dyn_fn_references")]
    [TestCase(@"let ops: Vec<Box<dyn Fn\(i64\) -> i64>> = vec!\[", TestName = "Generator_uses_vectors_of_boxed_closures")]
    [TestCase(@"\|k: i64\| -> (Result<i64, AppErr>|Option<i64>) \{ [^\n]*\?", TestName = "Generator_uses_question_mark_in_closures")]
    [TestCase(@"collect::<Result<Vec<i64>, AppErr>>\(\)", TestName = "Generator_uses_collect_into_result_of_closures_with_question_mark")]
    public void Generator_uses_l5(string pattern)
    {
        var programs = Enumerable.Range(1, 100).Select(s => ProgramGenerator.Generate(s, new GeneratorOptions()));
        Assert.That(programs.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, pattern)), Is.GreaterThan(0));
    }

    /// <summary>The iterator rules (ProgramGenerator.Iterators.cs) show up only when they are switched on.</summary>
    [TestCase(@"\.sum::<i64>\(\)", TestName = "Generator_uses_sum")]
    [TestCase(@"\.collect::<Vec<_>>\(\)|: Vec<i64> = [^\n]*\.collect\(\)", TestName = "Generator_uses_collect")]
    [TestCase(@"\.zip\(", TestName = "Generator_uses_zip")]
    [TestCase(@"\.rev\(\)", TestName = "Generator_uses_rev")]
    [TestCase(@"\.enumerate\(\)", TestName = "Generator_uses_enumerate")]
    [TestCase(@"\.position\(", TestName = "Generator_uses_position")]
    [TestCase(@"for x\d+ in [^\n]*\.(map|filter)\(", TestName = "Generator_uses_for_over_iterator_chains")]
    [TestCase(@"while let Some\(x\d+\) = it\d+\.next\(\)", TestName = "Generator_uses_user_iterators")]
    [TestCase(@"\.(step_by|flat_map|peekable|flatten)\(", TestName = "Generator_uses_more_adapters")]
    [TestCase(@"\.chars\(\)", TestName = "Generator_uses_chars")]
    [TestCase(@"\.reduce\(", TestName = "Generator_uses_reduce")]
    [TestCase(@"\.map\((fp_small|fp_neg|pick_fp\(-?\d+\)|Some)\)", TestName = "Generator_uses_function_values_in_chains")]
    public void Generator_uses_iterators_when_asked(string pattern)
    {
        var on = Enumerable.Range(1, 100).Select(s => ProgramGenerator.Generate(s, new GeneratorOptions { Iterators = true }));
        var off = Enumerable.Range(1, 30).Select(s => ProgramGenerator.Generate(s, new GeneratorOptions()));
        Assert.Multiple(() =>
        {
            Assert.That(on.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, pattern)), Is.GreaterThan(0));
            Assert.That(off.Count(p => System.Text.RegularExpressions.Regex.IsMatch(p, pattern)), Is.Zero);
        });
    }

    /// <summary>At level L4 no L5 rule runs, and the first line says which L5 rules a program was made with (to make it again).</summary>
    [Test]
    public void Level_4_programs_have_no_l5_construct()
    {
        var programs = Enumerable.Range(1, 40).Select(s => ProgramGenerator.Generate(s, GeneratorOptions.L4)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(programs.Count(p => p.Contains("fn apply<", StringComparison.Ordinal) || p.Contains("enum AppErr", StringComparison.Ordinal)
                || p.Contains("impl fmt::Display", StringComparison.Ordinal) || p.Contains("impl Iterator", StringComparison.Ordinal)), Is.Zero);
            Assert.That(programs[0], Does.StartWith("// Generated by toyrust-fuzz (seed 1, size 40).\n"));
            Assert.That(ProgramGenerator.Generate(1, new GeneratorOptions()), Does.StartWith("// Generated by toyrust-fuzz (seed 1, size 40, rules: closures, try, display).\n"));
        });
    }

    /// <summary>While a `borrow_mut` of a cell is made, every `Rc` sharing the cell is frozen, and then restored.</summary>
    [Test]
    public void Freezing_a_heap_variable_freezes_its_aliases_and_restores_them()
    {
        var s = new Scope();
        var rc = s.DeclareHeap("hv0", new RcType(new RefCellType(IntType.I64)), false);
        var clone = s.DeclareHeap("hv1", rc.Type, false, aliasOf: rc);
        var other = s.DeclareHeap("hv2", rc.Type, false);
        clone.Access = Access.ReadOnly;
        var inside = s.With(rc, Access.Frozen, () => (rc.Readable, clone.Readable, other.Readable));
        Assert.Multiple(() =>
        {
            Assert.That(inside, Is.EqualTo((false, false, true)));
            Assert.That(rc.Access, Is.EqualTo(Access.Full));
            Assert.That(clone.Access, Is.EqualTo(Access.ReadOnly));
        });
    }

    /// <summary>
    /// Seeds where the first heap campaigns' generator wrote programs rustc rejects: `let hv7 = …`
    /// assigned again (E0384), `{:?}` of a box of a trait object (E0277), a heap variable named
    /// `h1` that hid the helper `h1` (E0618), and `*hv` read from a box of a box (E0605).
    /// </summary>
    [TestCase(12100062, 40)]
    [TestCase(12100024, 40)]
    [TestCase(12100216, 40)]
    [TestCase(13000026, 80)]
    public void Generator_writes_heap_programs_rustc_accepts(int seed, int size) =>
        AssertAgreement(seed, 1, Configuration.Standard, GeneratorOptions.L4 with { Size = size });

    [Test]
    public void Fixed_seed_campaign_agrees_with_rustc() =>
        AssertAgreement(FirstSeed, Programs, Configuration.Standard);

    /// <summary>Fewer programs, with the overflow checks the other way round: off at opt-level 0, on at 3.</summary>
    [Test]
    public void Fixed_seed_campaign_with_overflow_checks_flipped_agrees_with_rustc() =>
        AssertAgreement(FirstSeed + Programs, 40, Configuration.FlippedOverflowChecks);

    /// <summary>
    /// Seeds where the long campaigns' generator wrote `x.conv() | 255` (`u8 | i32` for rustc): a
    /// left operand holding `.conv()` is now cast to its type. Size 40, as in the campaigns.
    /// </summary>
    [TestCase(1000327)]
    [TestCase(1001290)]
    [TestCase(1001608)]
    [TestCase(3001982)]
    public void Generator_pins_a_conv_result_used_as_a_left_operand(int seed) =>
        AssertAgreement(seed, 1, Configuration.Standard, GeneratorOptions.L4 with { Size = 40 });

    /// <summary>
    /// Seed 3001921 of the second long campaign: `match &(*p0) { w2 => loop { … *w2 …; *p0 = … } }`
    /// is rustc's E0506. While an arm's bindings borrow from the scrutinee, its variables are
    /// read-only, and nothing is written through a `&amp;mut` that is not fully usable.
    /// </summary>
    [Test]
    public void Generator_does_not_write_through_a_reference_a_match_borrows() =>
        AssertAgreement(3001921, 1, Configuration.Standard, GeneratorOptions.L4 with { Size = 40 });

    private static void AssertAgreement(int firstSeed, int programs, IReadOnlyList<Configuration> configurations, GeneratorOptions? generator = null)
    {
        if (!DifferentialRunner.RustcAvailable) Assert.Ignore("rustc is not on PATH: the differential campaign has no oracle and did not run");
        var report = DifferentialCampaign.Run(new CampaignOptions
        {
            FirstSeed = firstSeed,
            Programs = programs,
            Generator = generator ?? Small,
            Runner = new RunnerSettings
            {
                Configurations = configurations,
                // The process id keeps two suites that run at once (two checkouts) out of each other's files.
                WorkDirectory = Path.Combine(Path.GetTempPath(), $"toyrust-fuzz-suite-{firstSeed}-{Environment.ProcessId}"),
            },
        });
        TestContext.Out.WriteLine(report.Summary());
        Assert.Multiple(() =>
        {
            Assert.That(report.GeneratorBugs, Has.Count.Zero, "generator bugs (rustc rejects what the generator wrote):\n" + report.Details());
            Assert.That(report.Mismatches, Has.Count.Zero, "ToyRust differs from rustc (run `toyrust-fuzz check` on the seed to reduce it):\n" + report.Details());
        });
    }
}
