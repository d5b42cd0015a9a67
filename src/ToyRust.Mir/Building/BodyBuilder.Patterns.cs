using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Patterns for the decision tree of the Match file: candidates and their simplification, the
/// tests, how a test sorts candidates into buckets, and the code of each test.
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>A pattern still to be tested against a place whose type (resolved) is <see cref="Type"/>.</summary>
    private sealed record MatchPair(Place Place, TypeSymbol Type, BoundPattern Pattern);

    /// <summary>A local to set once its candidate has matched: a copy of the place, or a borrow of it.</summary>
    private sealed record Binding(Local Local, Place Place, bool ByReference, TextSpan Span);

    /// <summary>One way arm <see cref="Arm"/> can match: the pairs left to test, the bindings so far, the arm's guard.</summary>
    private sealed record Candidate(int Arm, ImmutableList<MatchPair> Pairs, ImmutableList<Binding> Bindings, BoundExpression? Guard);

    /// <summary>The bucket a test sends a candidate to, and the candidate with the tested pair replaced by what is left of it.</summary>
    private sealed record Sorted(int Bucket, Candidate Candidate);

    /// <summary>What a test looks at, and its buckets.</summary>
    private abstract record Test(Place Place, TypeSymbol Type);

    /// <summary>`discriminant(place)`, then a `switchInt` with a bucket per variant (by variant index).</summary>
    private sealed record VariantTest(Place Place, AdtType Adt) : Test(Place, Adt);

    /// <summary>`switchInt(copy place)` on a `bool`: bucket 0 is false, 1 is true.</summary>
    private sealed record BoolTest(Place Place) : Test(Place, TypeSymbol.Bool);

    /// <summary>`switchInt(copy place)` on an integer or `char` with a bucket per value; other values go to the remainder.</summary>
    private sealed record ValueTest(Place Place, TypeSymbol Type, ImmutableArray<BigInteger> Values) : Test(Place, Type);

    /// <summary>`lo &lt;= place &amp;&amp; place &lt;= hi` (or `&lt; hi`): bucket 0 in the range, 1 outside.</summary>
    private sealed record RangeTest(Place Place, TypeSymbol Type, BoundRangePattern Range) : Test(Place, Type);

    /// <summary>`place == literal` for floats and strings (a `switchInt` cannot test them): bucket 0 equal, 1 not.</summary>
    private sealed record EqualityTest(Place Place, TypeSymbol Type, BoundLiteralPattern Literal) : Test(Place, Type);

    /// <summary>The candidate with every pair that needs no test taken apart (one per alternative of an or-pattern).</summary>
    private List<Candidate> Simplify(Candidate candidate)
    {
        var result = new List<Candidate>();
        Simplify(candidate with { Pairs = [] }, candidate.Pairs, result);
        return result;
    }

    /// <summary>Looks at <paramref name="pending"/> in order; refutable pairs are kept in <paramref name="candidate"/>.</summary>
    private void Simplify(Candidate candidate, ImmutableList<MatchPair> pending, List<Candidate> result)
    {
        while (!pending.IsEmpty)
        {
            var pair = pending[0];
            pending = pending.RemoveAt(0);
            switch (pair.Pattern)
            {
                case BoundWildcardPattern:
                    break;
                case BoundBindingPattern b:
                    var binding = new Binding(LocalOf(b.Local), pair.Place, b.ByReference, b.Span);
                    candidate = candidate with { Bindings = candidate.Bindings.Add(binding) };
                    if (b.SubPattern is not null) pending = pending.Insert(0, pair with { Pattern = b.SubPattern });
                    break;
                case BoundOrPattern o:
                    foreach (var alternative in o.Alternatives)
                        Simplify(candidate, pending.Insert(0, pair with { Pattern = alternative }), result);
                    return;
                case BoundTuplePattern or BoundArrayPattern or BoundDerefPattern:
                case BoundVariantPattern when IsIrrefutableAdt(pair.Type):
                    pending = pending.InsertRange(0, Parts(pair));
                    break;
                default:
                    candidate = candidate with { Pairs = candidate.Pairs.Add(pair) };
                    break;
            }
        }
        result.Add(candidate);
    }

    /// <summary>A struct, or an enum of one variant: matching its variant needs no test.</summary>
    private static bool IsIrrefutableAdt(TypeSymbol type) => type is AdtType a && (!a.Adt.IsEnum || a.Adt.Variants.Length == 1);

    /// <summary>The pairs of a tuple's, array's, variant's or reference's parts.</summary>
    private static IEnumerable<MatchPair> Parts(MatchPair pair)
    {
        switch (pair.Pattern, pair.Type)
        {
            case (BoundTuplePattern t, TupleType type):
                return t.Elements.Select((e, i) => new MatchPair(pair.Place.Field(i, type.Elements[i]), type.Elements[i], e));
            case (BoundArrayPattern a, ArrayType type):
                return a.Elements.Select((e, i) => new MatchPair(pair.Place.ConstantIndex(i, a.Elements.Length), type.Element, e));
            case (BoundDerefPattern d, ReferenceType type):
                return [new MatchPair(pair.Place.Deref(), type.Referent, d.Inner)];
            case (BoundVariantPattern v, AdtType type):
                var variant = type.Adt.IsEnum ? pair.Place.Downcast(v.Variant) : pair.Place;
                return v.Fields.Select((f, i) =>
                {
                    var fieldType = type.FieldType(v.Variant.Fields[i]);
                    return new MatchPair(variant.Field(i, fieldType), fieldType, f);
                });
            default:
                throw new InvalidOperationException($"{pair.Pattern.GetType().Name} does not fit {pair.Type}");
        }
    }

    /// <summary>The test for a candidate's first pair (a value test also takes the values of the candidates after it).</summary>
    private static Test TestFor(MatchPair pair, IReadOnlyList<Candidate> candidates, int start) => pair.Pattern switch
    {
        BoundVariantPattern => new VariantTest(pair.Place, (AdtType)pair.Type),
        BoundLiteralPattern { Value: bool } => new BoolTest(pair.Place),
        BoundLiteralPattern when pair.Type.IsInteger || pair.Type == TypeSymbol.Char =>
            new ValueTest(pair.Place, pair.Type, SwitchValues(pair.Place, candidates, start)),
        BoundLiteralPattern l => new EqualityTest(pair.Place, pair.Type, l),
        BoundRangePattern r => new RangeTest(pair.Place, pair.Type, r),
        _ => throw new InvalidOperationException($"{pair.Pattern.GetType().Name} needs no test"),
    };

    /// <summary>
    /// The distinct literals the candidates from <paramref name="start"/> on compare
    /// <paramref name="place"/> with, up to the first candidate that does not.
    /// </summary>
    private static ImmutableArray<BigInteger> SwitchValues(Place place, IReadOnlyList<Candidate> candidates, int start)
    {
        var values = ImmutableArray.CreateBuilder<BigInteger>();
        for (var i = start; i < candidates.Count; i++)
        {
            if (PairOn(candidates[i], place) is not { Pattern: BoundLiteralPattern literal }) break;
            var value = IntegerValue(literal.Value);
            if (!values.Contains(value)) values.Add(value);
        }
        return values.ToImmutable();
    }

    private static MatchPair? PairOn(Candidate candidate, Place place) => candidate.Pairs.FirstOrDefault(p => p.Place == place);

    /// <summary>An integer, `char` (code point) or `bool` literal as a number.</summary>
    private static BigInteger IntegerValue(object value) => value switch
    {
        BigInteger i => i,
        int c => c,
        bool b => b ? BigInteger.One : BigInteger.Zero,
        _ => throw new InvalidOperationException($"{value} is not an integer"),
    };

    private static int BucketCount(Test test) => test switch
    {
        VariantTest v => v.Adt.Adt.Variants.Length,
        ValueTest v => v.Values.Length,
        _ => 2,
    };

    /// <summary>Where the test sends the candidate, or null when it says nothing about it (then sorting stops).</summary>
    private static Sorted? Sort(Candidate candidate, Test test)
    {
        var index = candidate.Pairs.FindIndex(p => p.Place == test.Place);
        if (index < 0) return null;
        var pair = candidate.Pairs[index];
        Candidate Without(IEnumerable<MatchPair> replacement) =>
            candidate with { Pairs = candidate.Pairs.RemoveAt(index).InsertRange(index, replacement) };
        switch (test, pair.Pattern)
        {
            case (VariantTest, BoundVariantPattern v):
                return new Sorted(v.Variant.Index, Without(Parts(pair)));
            case (BoolTest, BoundLiteralPattern { Value: bool b }):
                return new Sorted(b ? 1 : 0, Without([]));
            case (ValueTest t, BoundLiteralPattern l) when t.Values.IndexOf(IntegerValue(l.Value)) is var bucket and >= 0:
                return new Sorted(bucket, Without([]));
            case (RangeTest t, BoundRangePattern r) when r.Low == t.Range.Low && r.Last == t.Range.Last:
                return new Sorted(0, Without([]));
            case (RangeTest t, _) when Interval(pair.Pattern) is { } other && (other.Last < t.Range.Low || other.Low > t.Range.Last):
                return new Sorted(1, candidate);
            case (EqualityTest t, BoundLiteralPattern l):
                return Equals(l.Value, t.Literal.Value) ? new Sorted(0, Without([])) : new Sorted(1, candidate);
            default:
                return null;
        }
    }

    /// <summary>The values an integer or `char` literal or range pattern matches, as an inclusive interval.</summary>
    private static (BigInteger Low, BigInteger Last)? Interval(BoundPattern pattern) => pattern switch
    {
        BoundRangePattern r => (r.Low, r.Last),
        BoundLiteralPattern { Value: BigInteger or int } l => (IntegerValue(l.Value), IntegerValue(l.Value)),
        _ => null,
    };

    /// <summary>The code of a test, ending the current block: control goes to <paramref name="targets"/>[bucket].</summary>
    private void EmitTest(Test test, BasicBlock[] targets, BasicBlock remainder, MatchContext context, TextSpan span)
    {
        test = test with { Place = Materialized(test.Place) };
        var place = new CopyOperand(test.Place);
        switch (test)
        {
            case VariantTest v:
                var discriminant = Compute(TypeSymbol.Isize, new DiscriminantRvalue(test.Place), span);
                var arms = v.Adt.Adt.Variants.Select(x => new SwitchTarget(x.Discriminant, targets[x.Index]));
                Terminate(new SwitchIntTerminator(span, discriminant, [.. arms], context.Otherwise));
                break;
            case BoolTest:
                Terminate(new SwitchIntTerminator(span, place, [new SwitchTarget(0, targets[0])], targets[1]));
                break;
            case ValueTest v:
                var values = v.Values.Select((x, i) => new SwitchTarget(x, targets[i]));
                Terminate(new SwitchIntTerminator(span, place, [.. values], remainder));
                break;
            case RangeTest r:
                EmitRangeTest(r, targets[0], targets[1], span);
                break;
            case EqualityTest e:
                EmitEqualityTest(e, targets[0], targets[1], span);
                break;
        }
    }

    /// <summary>
    /// <code>
    /// 1..=5    →    _2 = Le(const 1_i32, copy _1);  switchInt(move _2) -> [0: FAIL, otherwise: bb1];
    ///               bb1: _3 = Le(copy _1, const 5_i32);  switchInt(move _3) -> [0: FAIL, otherwise: MATCH];
    /// </code>
    /// A bound at the end of the type (`..=5`, `5..`) is not tested.
    /// </summary>
    private void EmitRangeTest(RangeTest test, BasicBlock success, BasicBlock failure, TextSpan span)
    {
        var (min, max) = TypeEnds(test.Type);
        var range = test.Range;
        var value = new CopyOperand(test.Place);
        var low = new ConstantOperand(ValueConstant(range.Low, test.Type));
        var high = new ConstantOperand(ValueConstant(range.High, test.Type));
        var checks = new List<BinaryRvalue>();
        if (range.Low > min) checks.Add(new BinaryRvalue(BinOp.Le, low, value));
        if (!range.IsInclusive) checks.Add(new BinaryRvalue(BinOp.Lt, value, high));
        else if (range.High < max) checks.Add(new BinaryRvalue(BinOp.Le, value, high));
        if (checks.Count == 0)
        {
            Goto(success, span);
            return;
        }
        for (var i = 0; i < checks.Count; i++)
        {
            var holds = Compute(TypeSymbol.Bool, checks[i], span);
            var next = i == checks.Count - 1 ? success : NewBlock();
            Terminate(new SwitchIntTerminator(span, holds, [new SwitchTarget(0, failure)], next));
            MoveTo(next);
        }
    }

    private static (BigInteger Min, BigInteger Max) TypeEnds(TypeSymbol type) => type switch
    {
        PrimitiveType { Kind: PrimitiveKind.Char } => (0, 0x10FFFF),
        PrimitiveType p when p.Kind.IsInteger() => (IntegerRanges.Min(p.Kind), IntegerRanges.Max(p.Kind)),
        _ => throw new InvalidOperationException($"a range pattern of type {type}"),
    };

    /// <summary>
    /// A float compares with `Eq`; a string calls `&lt;str as PartialEq&gt;::eq` with the two `&amp;str`
    /// (as rustc does for string patterns):
    /// <code>
    /// "yes"    →    _2 = &lt;str as PartialEq&gt;::eq(copy _1, const "yes") -> bb1;
    ///               bb1: switchInt(move _2) -> [0: FAIL, otherwise: MATCH];
    /// </code>
    /// </summary>
    private void EmitEqualityTest(EqualityTest test, BasicBlock success, BasicBlock failure, TextSpan span)
    {
        var literal = new ConstantOperand(ConstantOf(test.Literal.Value, test.Type));
        var value = new CopyOperand(test.Place);
        MoveOperand equal;
        if (test.Type is ReferenceType { Referent: var str })
        {
            equal = new MoveOperand(new Place(NewTemp(TypeSymbol.Bool, span)));
            var callee = new FnCallee(_options.Traits.Comparison(BinaryOperator.Eq), new ValueArray<TypeSymbol>([str, str]));
            EmitCall(equal.Place, callee, [value, literal], TypeSymbol.Bool, span);
        }
        else
        {
            equal = Compute(TypeSymbol.Bool, new BinaryRvalue(BinOp.Eq, value, literal), span);
        }
        Terminate(new SwitchIntTerminator(span, equal, [new SwitchTarget(0, failure)], success));
    }
}
