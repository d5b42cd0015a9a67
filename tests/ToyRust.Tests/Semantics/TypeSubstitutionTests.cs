using System.Collections.Immutable;
using NUnit.Framework;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Tests.Semantics;

/// <summary>
/// The substitutions keep the parts they do not change as the same objects, and a memo makes
/// resolving every level of a deep type linear: code generation relies on both (TypeMemo).
/// </summary>
public class TypeSubstitutionTests
{
    private static readonly InferenceVariable Var = new(0, InferenceKind.Integer);
    private static readonly ImmutableDictionary<int, TypeSymbol> Solutions = ImmutableDictionary<int, TypeSymbol>.Empty.Add(0, TypeSymbol.I64);

    [Test]
    public void A_type_without_variables_comes_back_as_the_same_object()
    {
        var type = new TupleType(new ValueArray<TypeSymbol>([new ReferenceType(TypeSymbol.Bool, false), new ArrayType(TypeSymbol.I32, 3)]));
        Assert.That(TypeSubstitution.Apply(type, Solutions), Is.SameAs(type));
    }

    [Test]
    public void Only_the_parts_around_a_variable_are_rebuilt()
    {
        var untouched = new ReferenceType(TypeSymbol.Bool, false);
        var type = new TupleType(new ValueArray<TypeSymbol>([untouched, new ReferenceType(Var, true)]));
        var resolved = (TupleType)TypeSubstitution.Apply(type, Solutions);
        Assert.Multiple(() =>
        {
            Assert.That(resolved, Is.EqualTo(new TupleType(new ValueArray<TypeSymbol>([untouched, new ReferenceType(TypeSymbol.I64, true)]))));
            Assert.That(resolved.Elements[0], Is.SameAs(untouched));
        });
    }

    [Test]
    public void Generic_arguments_replace_parameters_and_nothing_else()
    {
        var t = new GenericParameterSymbol("T", 0);
        var type = new ReferenceType(new TupleType(new ValueArray<TypeSymbol>([new TypeParameterType(t), TypeSymbol.Bool])), false);
        var result = GenericSubstitution.Apply(type, [t], new ValueArray<TypeSymbol>([TypeSymbol.Char]));
        Assert.That(result.ToString(), Is.EqualTo("&(char, bool)"));
    }

    /// <summary>`&amp;&amp;&amp;…1` 20,000 deep: each level's type wraps the one below; with one memo the levels share their results.</summary>
    [Test]
    public void With_a_memo_each_level_of_a_deep_type_reuses_the_level_below()
    {
        var levels = new List<TypeSymbol> { Var };
        for (var i = 0; i < 20_000; i++) levels.Add(new ReferenceType(levels[^1], false));
        var memo = new TypeMemo();
        var resolved = levels.Select(l => TypeSubstitution.Apply(l, Solutions, memo)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(resolved[0], Is.SameAs(TypeSymbol.I64));
            Assert.That(Enumerable.Range(1, 20_000).All(i => ReferenceEquals(((ReferenceType)resolved[i]).Referent, resolved[i - 1])), Is.True);
        });
    }
}
