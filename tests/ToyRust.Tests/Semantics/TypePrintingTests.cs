using System.Diagnostics;
using System.Text;
using NUnit.Framework;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// Types print as rustc spells them (the strings appear in diagnostics), and in time linear in
/// their size. Structs and enums are printed in the UI tests, which need a declaration for them.
/// </summary>
public class TypePrintingTests
{
    private static ValueArray<TypeSymbol> List(params TypeSymbol[] types) => new(types);

    [Test]
    public void Each_kind_of_type_prints_as_rustc_spells_it()
    {
        var t = new TypeParameterType(new GenericParameterSymbol("T", 0));
        TypeSymbol[] types =
        [
            TypeSymbol.Unit, new TupleType(List(TypeSymbol.I32)), new TupleType(List(TypeSymbol.I32, TypeSymbol.Bool)),
            new ArrayType(TypeSymbol.U8, 3), new ReferenceType(new ReferenceType(TypeSymbol.Str, false), true),
            FunctionType.Of([], TypeSymbol.Unit), FunctionType.Of([TypeSymbol.I32, t], TypeSymbol.I64),
            new InferenceVariable(0, InferenceKind.Integer), new InferenceVariable(1, InferenceKind.Float),
            new InferenceVariable(2, InferenceKind.General), TypeSymbol.Never, TypeSymbol.Error,
        ];
        Assert.That(types.Select(type => type.ToString()), Is.EqualTo(new[]
        {
            "()", "(i32,)", "(i32, bool)", "[u8; 3]", "&mut &str", "fn()", "fn(i32, T) -> i64",
            "{integer}", "{float}", "_", "!", "{type error}",
        }));
    }

    /// <summary>
    /// Bug 16: each level used to format the level below into a string of its own, so an E0308
    /// about the fuzzer's 81,776-deep `&amp;&amp;&amp;…1` took 12 s to word. The limit is a hang guard.
    /// </summary>
    [Test]
    public void A_million_deep_reference_prints_in_linear_time()
    {
        const int depth = 1_000_000;
        TypeSymbol type = new InferenceVariable(0, InferenceKind.Integer);
        for (var i = 0; i < depth; i++) type = new ReferenceType(type, i % 2 == 0);
        var watch = Stopwatch.StartNew();
        var text = type.ToString();
        Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(10), "took too long");
        var expected = new StringBuilder().Insert(0, "&&mut ", depth / 2).Append("{integer}").ToString();
        Assert.That(text, Is.EqualTo(expected));
    }
}
