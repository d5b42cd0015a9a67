using System.Collections.Immutable;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Symbols;

/// <summary>
/// A local variable or parameter. Symbols are compared by reference: two `let x` are two
/// symbols even with the same name. <see cref="Type"/> may hold inference variables; resolve it
/// through the owning function's <c>BoundFunction.Resolve</c>.
/// </summary>
public sealed class LocalSymbol(string name, TypeSymbol type, bool isMutable, TextSpan declarationSpan)
{
    public string Name { get; } = name;

    public TypeSymbol Type { get; } = type;

    public bool IsMutable { get; } = isMutable;

    public TextSpan DeclarationSpan { get; } = declarationSpan;

    public override string ToString() => Name;
}

/// <summary>
/// A function: free, or a method/associated function of an impl (then <see cref="ImplSelfType"/>
/// is the impl's type and a method's first parameter is `self`). Identity by reference.
/// </summary>
public sealed class FunctionSymbol(string name, ImmutableArray<LocalSymbol> parameters, TypeSymbol returnType, FunctionItemSyntax? declaration)
{
    public string Name { get; } = name;

    public ImmutableArray<LocalSymbol> Parameters { get; } = parameters;

    public TypeSymbol ReturnType { get; } = returnType;

    public FunctionItemSyntax? Declaration { get; } = declaration;

    /// <summary>The `Self` of the impl this function belongs to, or null for a free function.</summary>
    public TypeSymbol? ImplSelfType { get; init; }

    /// <summary>How a method takes `self`; None for free and associated functions.</summary>
    public SelfParamKind SelfKind { get; init; }

    /// <summary>
    /// All generic parameters a call must supply, in order: the trait's `Self` and parameters (for
    /// a trait method) or the impl's (for an impl member), then the function's own.
    /// </summary>
    public ImmutableArray<GenericParameterSymbol> GenericParameters { get; init; } = [];

    /// <summary>How many of <see cref="GenericParameters"/> the function declares itself, `impl Trait` parameters included (they come last).</summary>
    public int OwnGenericCount { get; init; }

    /// <summary>
    /// How many of the own generic parameters stand for an `impl Trait` parameter type (`fn show(s: impl Shape)`):
    /// anonymous, so a turbofish cannot give them.
    /// </summary>
    public int SyntheticGenericCount { get; init; }

    /// <summary>The opaque types of `impl Trait` in the return type, which the body defines.</summary>
    public ImmutableArray<Types.OpaqueSymbol> Opaques { get; init; } = [];

    /// <summary>The trait that declares this method (a call through it is resolved to an impl by the mono collector).</summary>
    public TraitSymbol? Trait { get; init; }

    /// <summary>The impl this function is a member of.</summary>
    public ImplSymbol? OwningImpl { get; init; }

    /// <summary>The function whose body declares this free function (`fn bar() { fn baz() {} }`): its path is `bar::baz`.</summary>
    public FunctionSymbol? Parent { get; init; }

    /// <summary>For the body of a closure (`main::{closure#0}`): the closure; its <see cref="Parent"/> is the function or closure it is written in.</summary>
    public ClosureSymbol? Closure { get; init; }

    /// <summary>Declared by the prelude (crate `std`) rather than the program.</summary>
    public bool IsPrelude { get; init; }

    /// <summary>For a tuple struct's or variant's constructor used as a value: the variant (see <see cref="VariantSymbol.Constructor"/>).</summary>
    public VariantSymbol? Constructor { get; init; }

    /// <summary>`#[track_caller]`: a panic inside reports the caller's location (`unwrap`).</summary>
    public bool TrackCaller { get; init; }

    /// <summary>`#[inline(never)]`: code generation marks it `noinline` (the prelude's slow paths, as std's `RawVec::grow_one`).</summary>
    public bool InlineNever { get; init; }

    /// <summary>`#[cold]`: code generation marks it `cold`, so that LLVM lays out and optimizes its callers for the other path.</summary>
    public bool Cold { get; init; }

    /// <summary>
    /// A trait method with `where Self: Sized`: it cannot be called on a trait object, so it is
    /// left out of the vtable and does not keep the trait from being dyn compatible.
    /// </summary>
    public bool RequiresSizedSelf { get; init; }
    /// <summary>For a prelude `#[rustc_intrinsic]` declaration: which one (its calls are emitted inline; it has no body).</summary>
    public Intrinsic? Intrinsic { get; init; }

    /// <summary>The prelude module a free function is declared in (`ptr` for `std::ptr::null`), or null.</summary>
    public ModuleSymbol? Module { get; init; }

    public bool IsGeneric => !GenericParameters.IsDefaultOrEmpty;

    public bool IsMethod => SelfKind != SelfParamKind.None;

    public FunctionType Type => FunctionType.Of(Parameters.Select(p => p.Type).ToImmutableArray(), ReturnType);

    /// <summary>`fib`, `Point::area`, `Shape::area` — as rustc names the item in messages.</summary>
    public string DisplayName => Constructor is not null ? Constructor.ToString()
        : Closure is not null && Parent is not null ? $"{Parent.DisplayName}::{Name}"
        : Trait is not null ? $"{Trait.Name}::{Name}"
        : ImplSelfType is Types.RawPointerType or Types.SliceType ? $"<{ImplSelfType}>::{Name}"
        : ImplSelfType is not null ? $"{ImplSelfType}::{Name}"
        : Module is not null ? $"{Module.Name}::{Name}"
        : Name;

    public override string ToString() => DisplayName;
}

/// <summary>A `const` item; its value is evaluated by the checker.</summary>
public sealed class ConstSymbol(string name, TypeSymbol type, object? value, TextSpan span)
{
    public string Name { get; } = name;

    public TypeSymbol Type { get; } = type;

    /// <summary>The value (BigInteger, bool, int code point, string, double), or null when it could not be evaluated.</summary>
    public object? Value { get; } = value;

    public TextSpan Span { get; } = span;
}

/// <summary>The target of `break`/`continue`: one loop or labelled block.</summary>
public sealed class LoopLabel(string? name, bool isLoop)
{
    public string? Name { get; } = name;

    /// <summary>True for `loop` (whose `break` may carry a value), false for `while`/`for`/labelled blocks.</summary>
    public bool IsLoop { get; } = isLoop;

    public override string ToString() => Name ?? "<loop>";
}
