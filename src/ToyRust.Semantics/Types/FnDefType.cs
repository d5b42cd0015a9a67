using System.Text;
using ToyRust.Semantics.Symbols;

namespace ToyRust.Semantics.Types;

/// <summary>
/// The type of a function item used as a value (rustc's `ty::FnDef`): `double` in `apply(double, 3)`
/// is a value of its own zero-sized type, printed `fn(i32) -> i32 {double}`, that names the
/// function and its generic arguments (<see cref="Arguments"/>, in <see cref="FunctionSymbol.GenericParameters"/>
/// order: `id::&lt;i32&gt;` is `fn(i32) -> i32 {id::&lt;i32&gt;}`). Calling it is a direct call; it
/// implements `Fn`, `FnMut` and `FnOnce` (through shims the collector makes), and it coerces to the
/// function pointer of its <see cref="Signature"/> (rustc's `ReifyFnPointer`).
/// </summary>
public sealed record FnDefType(FunctionSymbol Function, ValueArray<TypeSymbol> Arguments) : TypeSymbol
{
    public override bool ContainsError => Arguments.Any(a => a.ContainsError);

    public override bool IsConcrete => Arguments.All(a => a.IsConcrete);

    /// <summary>The parameters and result at <see cref="Arguments"/>: the `fn(i32) -> i32` it coerces to.</summary>
    public FunctionType Signature => new(
        new ValueArray<TypeSymbol>(Function.Parameters.Select(p => AtArguments(p.Type))), AtArguments(Function.ReturnType));

    /// <summary>The parameters as the tuple of the `Fn*` traits' `Args`.</summary>
    public TupleType ArgumentsTuple => new(Signature.Parameters);

    private TypeSymbol AtArguments(TypeSymbol type) => GenericSubstitution.Apply(type, Function.GenericParameters, Arguments);

    /// <summary>`fn(i32) -> i32 {double}`, `fn(i32) -> i32 {id::&lt;i32&gt;}`, `fn(i32, i32) -> Pair&lt;i32&gt; {Pair::&lt;i32&gt;::new}`.</summary>
    internal override void AppendTo(StringBuilder text)
    {
        Signature.AppendTo(text);
        text.Append(" {").Append(ItemPath()).Append('}');
    }

    /// <summary>`double`, `id::&lt;i32&gt;`: the item as rustc's MIR names it in a constant.</summary>
    public string Path => ItemPath();

    private string ItemPath()
    {
        var own = Arguments.Skip(Arguments.Count - Function.OwnGenericCount).ToList();
        var outer = Arguments.Take(Arguments.Count - Function.OwnGenericCount).ToList();
        var suffix = own.Count == 0 ? "" : $"::<{string.Join(", ", own)}>";
        if (Function.Constructor is { } variant) return ConstructorPath(variant);
        if (Function.Trait is { } trait) return $"<{outer[0]} as {trait.Name}>::{Function.Name}{suffix}";
        if (Function.ImplSelfType is { } self && Function.OwningImpl is { Trait: null })
        {
            var at = GenericSubstitution.Apply(self, Function.GenericParameters, Arguments);
            var owner = at is AdtType { Arguments.Count: > 0 } adt ? $"{adt.Adt.Name}::<{string.Join(", ", adt.Arguments)}>" : at.ToString();
            return $"{owner}::{Function.Name}{suffix}";
        }
        return $"{Function.DisplayName}{suffix}";
    }

    /// <summary>`W`, `Wrap::&lt;i32&gt;`, `E::A`, `Option::&lt;i32&gt;::Some`: a constructor as rustc prints it.</summary>
    private string ConstructorPath(Symbols.VariantSymbol variant)
    {
        var owner = Arguments.Count == 0 ? variant.Owner.Name : $"{variant.Owner.Name}::<{string.Join(", ", Arguments)}>";
        return variant.Owner.IsEnum ? $"{owner}::{variant.Name}" : owner;
    }
}
