using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Ir;

/// <summary>A value an rvalue or a terminator reads.</summary>
public abstract record Operand;

/// <summary>
/// `copy place`: the value is read and the place keeps it (every type is `Copy` before L4).
/// <see cref="Span"/> is the source expression that reads it, where one does (a variable `x`),
/// for the diagnostics of dataflow passes; a read the builder makes up has none.
/// </summary>
public sealed record CopyOperand(Place Place, TextSpan Span = default) : Operand
{
    public override string ToString() => $"copy {Place}";
}

/// <summary>`move place`: the value is read and the place is uninitialized afterwards (non-`Copy` types, from L4 on; temporaries).</summary>
public sealed record MoveOperand(Place Place, TextSpan Span = default) : Operand
{
    /// <summary>A capture moved into a closure (<see cref="Span"/> is the closure's head): where its body uses the place, for E0382's "variable moved due to use in closure".</summary>
    public TextSpan? ClosureUse { get; init; }

    public override string ToString() => $"move {Place}";
}

/// <summary>`const v`: a constant of a type.</summary>
public sealed record ConstantOperand(Constant Constant) : Operand
{
    public override string ToString() => $"const {Constant}";
}

/// <summary>
/// A constant value: an integer (<see cref="BigInteger"/>), <c>bool</c>, a <c>char</c> (its code
/// point as an <c>int</c>), a <c>double</c>, a string (of type <c>&amp;str</c>), null for `()`, or
/// another <see cref="Constant"/>: a promoted `&amp;8`, a reference to that value in read-only data.
/// </summary>
public sealed record Constant(TypeSymbol Type, object? Value)
{
    public static Constant Unit { get; } = new(TypeSymbol.Unit, null);

    public static Constant Bool(bool value) => new(TypeSymbol.Bool, value);

    public static Constant Int(BigInteger value, TypeSymbol type) => new(type, value);

    public static Constant Usize(long value) => new(TypeSymbol.Usize, new BigInteger(value));

    /// <summary>rustc's notation: `5_i32`, `true`, `'a'`, `"text"`, `1f64`, `()`.</summary>
    public override string ToString() => Value switch
    {
        null when Type is FnDefType item => item.Path,
        null => "()",
        bool b => b ? "true" : "false",
        BigInteger i => $"{i.ToString(CultureInfo.InvariantCulture)}_{Type}",
        int c when Type == TypeSymbol.Char => CharText(c),
        double d => $"{d.ToString("R", CultureInfo.InvariantCulture)}_{Type}",
        string s => StringText(s),
        Constant promoted => $"&{promoted}",
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "?",
    };

    private static string CharText(int codePoint) => codePoint switch
    {
        '\'' => @"'\''",
        _ => $"'{Escape(char.ConvertFromUtf32(codePoint))}'",
    };

    private static string StringText(string s) => $"\"{Escape(s).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    private static string Escape(string s)
    {
        var text = new StringBuilder();
        foreach (var c in s)
        {
            text.Append(c switch
            {
                '\n' => @"\n",
                '\t' => @"\t",
                '\r' => @"\r",
                '\\' => @"\\",
                '\0' => @"\0",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}

/// <summary>An operation of two operands (rustc's `BinOp`); `&&` and `||` are control flow, not operations.</summary>
public enum BinOp
{
    Add, Sub, Mul, Div, Rem,
    BitAnd, BitOr, BitXor, Shl, Shr,
    Eq, Ne, Lt, Le, Gt, Ge,
}

/// <summary>An operation of one operand.</summary>
public enum UnOp
{
    /// <summary>`!x`: logical not of a bool, bitwise not of an integer.</summary>
    Not,
    /// <summary>`-x`.</summary>
    Neg,
}

/// <summary>What an aggregate rvalue builds.</summary>
public abstract record AggregateKind;

/// <summary>`(a, b)`.</summary>
public sealed record TupleAggregate : AggregateKind
{
    public static readonly TupleAggregate Instance = new();
}

/// <summary>`[a, b]` of elements of <see cref="Element"/>.</summary>
public sealed record ArrayAggregate(TypeSymbol Element) : AggregateKind;

/// <summary>A struct or an enum variant of <see cref="Type"/>, its fields in declaration order.</summary>
public sealed record AdtAggregate(AdtType Type, VariantSymbol Variant) : AggregateKind;

/// <summary>A closure's value: its captures, in <see cref="ClosureSymbol.Captures"/> order (rustc's `AggregateKind::Closure`).</summary>
public sealed record ClosureAggregate(ClosureType Type) : AggregateKind;

/// <summary>A computation whose result is assigned to a place.</summary>
public abstract record Rvalue;

/// <summary>The operand as it is.</summary>
public sealed record UseRvalue(Operand Operand) : Rvalue;

/// <summary>`[x; n]`.</summary>
public sealed record RepeatRvalue(Operand Operand, long Count) : Rvalue;

/// <summary>`&amp;place` / `&amp;mut place`.</summary>
public sealed record RefRvalue(bool IsMutable, Place Place) : Rvalue;

/// <summary>`Len(place)`: the length of an array.</summary>
public sealed record LenRvalue(Place Place) : Rvalue;

/// <summary>`operand as T`: a numeric cast, `bool`/`char` to an integer, `u8` to `char`, or a fieldless enum to its discriminant.</summary>
public sealed record CastRvalue(Operand Operand, TypeSymbol Target) : Rvalue;

/// <summary>
/// An operation on primitive operands. Arithmetic wraps; a shift masks its amount to the width
/// (the builder puts the checks that panic in front of it as `Assert`s).
/// </summary>
public sealed record BinaryRvalue(BinOp Op, Operand Left, Operand Right) : Rvalue;

/// <summary>`AddWithOverflow(a, b)` and friends: a tuple of the wrapped result and whether it overflowed.</summary>
public sealed record CheckedBinaryRvalue(BinOp Op, Operand Left, Operand Right) : Rvalue;

/// <summary>`!x`, `-x` on a primitive.</summary>
public sealed record UnaryRvalue(UnOp Op, Operand Operand) : Rvalue;

/// <summary>`discriminant(place)`: which variant an enum value is (its declared discriminant, as an `isize`).</summary>
public sealed record DiscriminantRvalue(Place Place) : Rvalue;

/// <summary>A tuple, array, struct or variant built from its fields in order.</summary>
public sealed record AggregateRvalue(AggregateKind Kind, ImmutableArray<Operand> Operands) : Rvalue;

/// <summary>
/// `move _2 as &amp;dyn Shape (PointerCoercion(Unsize, Implicit))`: a pointer to a sized value
/// becomes a fat pointer to a trait object, its vtable the one of the pointee's type for the
/// trait (rustc's `CastKind::PointerCoercion(Unsize)`). From a trait object to one of its
/// supertraits' (upcasting), the data pointer stays and the vtable pointer changes. The mono
/// collector makes the vtable of each concrete (type, trait) pair it meets here; a later
/// `Box&lt;T&gt;` → `Box&lt;dyn Trait&gt;` is the same operation on another kind of pointer.
/// </summary>
public sealed record UnsizeRvalue(Operand Operand, TypeSymbol Target) : Rvalue;

/// <summary>
/// `const double as fn(i32) -> i32 (PointerCoercion(ReifyFnPointer, Implicit))`: a function item
/// (zero-sized, its type names the function) becomes the address of its code. The collector makes
/// the function's instance an item here, and records which (<see cref="ToyRust.Mono"/>'s `Reified`).
/// </summary>
public sealed record ReifyRvalue(Operand Operand, FunctionType Target) : Rvalue;
