using System.Collections.Immutable;
using NUnit.Framework;
using ToyRust.Mir.Ir;
using ToyRust.Mir.Printing;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Tests.Mir;

/// <summary>The printer's layout on a body built by hand, so that it is tested apart from the builder.</summary>
public class MirPrinterTests
{
    private static readonly TextSpan Nowhere = new(0, 0);

    /// <summary>`fn add(a: i32, b: i32) -> i32 { a + b }` with overflow checks, in rustc's layout.</summary>
    [Test]
    public void Prints_a_body_in_the_layout_of_rustc_MIR_dumps()
    {
        var a = new LocalSymbol("a", TypeSymbol.I32, false, Nowhere);
        var b = new LocalSymbol("b", TypeSymbol.I32, false, Nowhere);
        var add = new FunctionSymbol("add", [a, b], TypeSymbol.I32, null);
        var pair = new TupleType(new ValueArray<TypeSymbol>([TypeSymbol.I32, TypeSymbol.Bool]));
        var _1 = new Place(new Local(1));
        var _2 = new Place(new Local(2));
        var _3 = new Place(new Local(3));
        var body = new MirBody(add,
            [
                new LocalDecl(TypeSymbol.I32, true, null, Nowhere),
                new LocalDecl(TypeSymbol.I32, false, "a", Nowhere),
                new LocalDecl(TypeSymbol.I32, false, "b", Nowhere),
                new LocalDecl(pair, true, null, Nowhere),
            ],
            2,
            [
                new BasicBlockData(
                    [new AssignStatement(Nowhere, _3, new CheckedBinaryRvalue(BinOp.Add, new CopyOperand(_1), new CopyOperand(_2)))],
                    new AssertTerminator(Nowhere, new MoveOperand(_3.Field(1, TypeSymbol.Bool)), false, new OverflowMessage(BinOp.Add),
                        new BasicBlock(1))),
                new BasicBlockData(
                    [new AssignStatement(Nowhere, Place.ReturnPlace, new UseRvalue(new MoveOperand(_3.Field(0, TypeSymbol.I32))))],
                    new ReturnTerminator(Nowhere)),
            ],
            Nowhere);

        Assert.That(MirPrinter.Print(body), Is.EqualTo("""
            fn add(_1: i32, _2: i32) -> i32 {
                debug a => _1;
                debug b => _2;
                let mut _0: i32;
                let mut _3: (i32, bool);

                bb0: {
                    _3 = AddWithOverflow(copy _1, copy _2);
                    assert(!move (_3.1: bool), "attempt to add with overflow") -> bb1;
                }

                bb1: {
                    _0 = move (_3.0: i32);
                    return;
                }
            }

            """));
    }
}
