using System.Collections.Immutable;
using NUnit.Framework;
using ToyRust.Mir;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Mir;

/// <summary>The validator reports broken bodies (the builder's bodies are validated by <see cref="MirBuildTests"/>).</summary>
public class MirValidatorTests
{
    private static readonly TextSpan Nowhere = new(0, 0);

    /// <summary>`fn f(_1: i32) -> i32` with the given statements in bb0, then `return`.</summary>
    private static MirBody Body(ImmutableArray<Statement> statements, Terminator? terminator = null, params TypeSymbol[] extraLocals)
    {
        var x = new LocalSymbol("x", TypeSymbol.I32, false, Nowhere);
        var function = new FunctionSymbol("f", [x], TypeSymbol.I32, null);
        ImmutableArray<LocalDecl> locals =
        [
            new LocalDecl(TypeSymbol.I32, true, null, Nowhere),
            new LocalDecl(TypeSymbol.I32, false, "x", Nowhere),
            .. extraLocals.Select(t => new LocalDecl(t, true, null, Nowhere)),
        ];
        var block = new BasicBlockData(statements, terminator ?? new ReturnTerminator(Nowhere));
        return new MirBody(function, locals, 1, [block], Nowhere);
    }

    private static AssignStatement Assign(Place place, Place from) => new(Nowhere, place, new UseRvalue(new CopyOperand(from)));

    [Test]
    public void A_well_formed_body_has_no_problems()
    {
        var pair = new TupleType(new ValueArray<TypeSymbol>([TypeSymbol.I32, TypeSymbol.Bool]));
        var body = Body([Assign(Place.ReturnPlace, new Place(new Local(2)).Field(0, TypeSymbol.I32))], null, pair);
        Assert.That(MirValidator.Validate(body), Is.Empty);
    }

    [Test]
    public void A_dereference_of_a_non_reference_is_reported()
    {
        var body = Body([Assign(Place.ReturnPlace, new Place(new Local(1)).Deref())]);
        Assert.That(MirValidator.Validate(body), Has.One.Contains("a dereference does not apply to i32"));
    }

    [Test]
    public void A_field_out_of_range_or_of_the_wrong_type_is_reported()
    {
        var pair = new TupleType(new ValueArray<TypeSymbol>([TypeSymbol.I32, TypeSymbol.Bool]));
        var tuple = new Place(new Local(2));
        var outOfRange = Assign(Place.ReturnPlace, tuple.Field(2, TypeSymbol.I32));
        var wrongType = Assign(Place.ReturnPlace, tuple.Field(1, TypeSymbol.I32));
        var body = Body([outOfRange, wrongType], null, pair);
        Assert.That(MirValidator.Validate(body), Has.Exactly(2).Contains("does not apply to (i32, bool)"));
    }

    [Test]
    public void A_jump_to_a_missing_block_and_a_missing_local_are_reported()
    {
        var body = Body([Assign(Place.ReturnPlace, new Place(new Local(7)))], new GotoTerminator(Nowhere, new BasicBlock(3)));
        var problems = MirValidator.Validate(body);
        Assert.That(problems, Has.One.Contains("_7 does not exist"));
        Assert.That(problems, Has.One.Contains("jumps to bb3"));
    }

    [Test]
    public void An_unresolved_type_is_reported()
    {
        var body = Body([], null, new InferenceVariable(0, InferenceKind.Integer));
        Assert.That(MirValidator.Validate(body), Has.One.Contains("is not resolved"));
    }
}
