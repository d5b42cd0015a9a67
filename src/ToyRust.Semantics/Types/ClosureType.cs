using System.Collections.Immutable;
using System.Text;
using ToyRust.Semantics.Symbols;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Types;

/// <summary>
/// Which of the `Fn` traits a closure implements (rustc's `ClosureKind`): an `Fn` closure only
/// reads its captures, an `FnMut` one mutates one, an `FnOnce` one moves one out. Each kind
/// implements its trait and the ones after it (`Fn` is also `FnMut` and `FnOnce`).
/// </summary>
public enum ClosureKind
{
    Fn,
    FnMut,
    FnOnce,
}

/// <summary>How a closure holds an upvar (rustc's `UpvarCapture`): as `&amp;x`, `&amp;mut x`, or the value itself.</summary>
public enum CaptureMode
{
    ByRef,
    ByMutRef,
    ByValue,
}

/// <summary>One step of a captured place: a dereference, or field number <see cref="Field"/> (of a struct or tuple).</summary>
public readonly record struct CaptureStep(bool IsDeref, int Field);

/// <summary>
/// One captured place (rustc's `CapturedPlace`): a local of the enclosing function and the
/// projections down to the part the closure uses — `p.x` is `p` and one field step, `*r` is `r`
/// and a dereference — how it is held, and the closure field's type (a reference for a by-ref
/// capture). <see cref="Place"/> is the place as the body wrote it (the parent borrows or moves
/// it when it makes the closure). rustc's MIR names the capture by its variable alone.
/// </summary>
public sealed record Capture(LocalSymbol Local, ImmutableArray<CaptureStep> Path, Binding.BoundExpression Place, CaptureMode Mode, TypeSymbol FieldType)
{
    /// <summary>Whether this capture's path starts the place written as <paramref name="steps"/>.</summary>
    public bool IsPrefixOf(IReadOnlyList<CaptureStep> steps) => Path.Length <= steps.Count && Path.Select((s, i) => s == steps[i]).All(same => same);
}

/// <summary>
/// One closure expression (rustc's closure `DefId`): the item that contains it, its number there
/// (`{closure#N}`, in the order rustc numbers them: where the `|` is met), where it is written,
/// and what checking it found out — its signature, its captures and its kind. The signature and
/// the field types are written with the enclosing item's generic parameters; a
/// <see cref="ClosureType"/> puts in the arguments of one instance. Identity by reference.
/// </summary>
public sealed class ClosureSymbol(FunctionSymbol parent, int index, string location, TextSpan span, bool isMove)
{
    public FunctionSymbol Parent { get; } = parent;

    public int Index { get; } = index;

    /// <summary>`src/main.rs:4:15: 4:18`: the closure's head (`|x|`) as rustc prints it in the type.</summary>
    public string Location { get; } = location;

    public TextSpan Span { get; } = span;

    public bool IsMove { get; } = isMove;

    /// <summary>The closure this one is written in (its body's path is `main::{closure#0}::{closure#0}`), or null.</summary>
    public ClosureSymbol? Enclosing { get; init; }

    public ImmutableArray<TypeSymbol> ParameterTypes { get; internal set; } = [];

    /// <summary>Whether the parameter types came from annotations or an expected `Fn*` bound rather than from the body and calls.</summary>
    public bool WasDeduced { get; internal set; }

    public TypeSymbol ReturnType { get; internal set; } = TypeSymbol.Error;

    public ClosureKind Kind { get; internal set; }

    /// <summary>The kind the closure's expected type asks for (rustc's expected kind), which it takes when its body allows more.</summary>
    public ClosureKind? ExpectedKind { get; internal set; }

    public ImmutableArray<Capture> Captures { get; internal set; } = [];

    /// <summary>The variables of enclosing functions the body mentions, captured or not (`let _ = p;` mentions `p` and captures nothing).</summary>
    public ImmutableArray<Symbols.LocalSymbol> Upvars { get; internal set; } = [];

    /// <summary>The closure's body as a function of its own: `main::{closure#0}(env, args)`.</summary>
    public FunctionSymbol Body { get; internal set; } = null!;

    public override string ToString() => $"{{closure@{Location}}}";
}

/// <summary>
/// The type of one closure expression at the generic arguments of the enclosing item (rustc's
/// `ty::Closure`): each instance of a generic function has closures of its own. It is laid out as
/// a struct of its captures' fields, and zero-sized when it captures nothing.
/// </summary>
public sealed record ClosureType(ClosureSymbol Closure, ValueArray<TypeSymbol> Arguments) : TypeSymbol
{
    public override bool ContainsError => Arguments.Any(a => a.ContainsError);

    public override bool IsConcrete => Arguments.All(a => a.IsConcrete);

    internal override void AppendTo(StringBuilder text) => text.Append(Closure);

    private TypeSymbol AtArguments(TypeSymbol type) => GenericSubstitution.Apply(type, Closure.Parent.GenericParameters, Arguments);

    /// <summary>`(i32, bool)`: the parameters as the tuple of the `Fn*` traits' `Args`.</summary>
    public TupleType ArgumentsTuple => new(new ValueArray<TypeSymbol>(Closure.ParameterTypes.Select(AtArguments)));

    public TypeSymbol ReturnType => AtArguments(Closure.ReturnType);

    /// <summary>The types of the fields, one per capture, in capture order.</summary>
    public ImmutableArray<TypeSymbol> FieldTypes => [.. Closure.Captures.Select(c => AtArguments(c.FieldType))];
}
