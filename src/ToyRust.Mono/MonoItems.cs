using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Mono;

/// <summary>
/// One function to generate: a MIR body with concrete type arguments for its generic parameters
/// (`max::&lt;i32&gt;`), its symbol, and the item whose body first used it (the path back to
/// `main`, for `--print mono-items=why`). The body is the builder's for a function of the program
/// (<see cref="Source"/> is its checked function), or a shim's, built for this instance alone
/// (<see cref="IsShim"/>; its types are concrete already).
/// </summary>
public sealed class MonoFunction(
    FunctionSymbol definition, ValueArray<TypeSymbol> typeArguments, MirBody body, BoundFunction? source,
    string symbol, string displayName, MonoFunction? causedBy)
{
    private readonly Dictionary<BasicBlock, MonoFunction> _callees = [];

    /// <summary>The function this is an instance of: a function of the program, or the trait method a shim implements.</summary>
    public FunctionSymbol Definition { get; } = definition;

    public ValueArray<TypeSymbol> TypeArguments { get; } = typeArguments;

    public MirBody Body { get; } = body;

    /// <summary>The checked function the body was built from; null for a shim.</summary>
    public BoundFunction? Source { get; } = source;

    public bool IsShim => Source is null;

    /// <summary>The mangled symbol.</summary>
    public string Symbol { get; } = symbol;

    public string DisplayName { get; } = displayName;

    public MonoFunction? CausedBy { get; } = causedBy;

    /// <summary>Whether the item takes its caller's location for its panics (`#[track_caller]`, and the arithmetic shims).</summary>
    public bool TrackCaller { get; init; }

    /// <summary>
    /// Whether the item takes its arguments spread, as a `fn` pointer's callee does: the `call_once`
    /// shim of a closure that captures nothing (rustc's `ClosureFnPointer` points at it). Its MIR
    /// still has `self` (zero-sized) and the tuple of arguments; its machine code takes only the
    /// tuple's elements, as rustc's "rust-call" ABI spreads the tuple and ignores zero-sized values,
    /// and every call of it spreads the tuple.
    /// </summary>
    public bool SpreadsArguments { get; init; }

    /// <summary>
    /// Whether rustc would count the item as the standard library's: an instance of a prelude
    /// function, or a shim for a std type (`&lt;(i32, i32) as PartialOrd&gt;::lt`). A derived impl's
    /// shim for a program's type (`&lt;P as Clone&gt;::clone`) is the program's. The `Fn*` shim of a
    /// program's function item (`&lt;fn(i32) -> i32 {double} as Fn&lt;(i32,)&gt;&gt;::call`) is the
    /// program's too. A constructor shim belongs where its struct or enum is declared.
    /// </summary>
    public bool FromPrelude => IsShim && Definition.Constructor is null
        ? TypeArguments[0] is not (AdtType { Adt.IsPrelude: false } or FnDefType { Function.IsPrelude: false })
        : Definition.IsPrelude;

    /// <summary>The item each `call` terminator of the body reaches, by block; set by the collector.</summary>
    public IReadOnlyDictionary<BasicBlock, MonoFunction> Callees => _callees;

    internal void SetCallee(BasicBlock block, MonoFunction callee) => _callees[block] = callee;

    private readonly Dictionary<(BasicBlock, int), MonoFunction> _formatters = [];

    /// <summary>
    /// The `&lt;T as Debug&gt;::fmt` or `&lt;T as Display&gt;::fmt` item a hole of a `print!`/`panic!`/`write!`
    /// calls, by block and the hole's index among the pieces, for an argument that is not formatted
    /// in place (<see cref="FormatsThroughItem"/>).
    /// </summary>
    public IReadOnlyDictionary<(BasicBlock Block, int Piece), MonoFunction> Formatters => _formatters;

    internal void SetFormatter(BasicBlock block, int piece, MonoFunction formatter) => _formatters[(block, piece)] = formatter;

    private readonly Dictionary<(BasicBlock, int), MonoVtable> _vtables = [];

    /// <summary>
    /// The vtable each unsizing statement of the body puts in its fat pointer, by block and
    /// statement index; an upcast from one trait object to another has none (it reads the
    /// source's vtable).
    /// </summary>
    public IReadOnlyDictionary<(BasicBlock Block, int Statement), MonoVtable> Vtables => _vtables;

    internal void SetVtable(BasicBlock block, int statement, MonoVtable vtable) => _vtables[(block, statement)] = vtable;

    private readonly Dictionary<(BasicBlock, int), MonoFunction> _reified = [];

    /// <summary>The function each reifying statement (`const double as fn(i32) -> i32`) takes the address of, by block and statement index.</summary>
    public IReadOnlyDictionary<(BasicBlock Block, int Statement), MonoFunction> Reified => _reified;

    internal void SetReified(BasicBlock block, int statement, MonoFunction function) => _reified[(block, statement)] = function;

    /// <summary>
    /// Whether a hole calls the value's `fmt` item rather than formatting it in place: for `{:?}`
    /// tuples (but `()`), arrays, structs and enums; for `{}` anything but a primitive or `String`;
    /// also behind references.
    /// </summary>
    public static bool FormatsThroughItem(TypeSymbol type, FormatKind kind)
    {
        while (type is ReferenceType r) type = r.Referent;
        return kind == FormatKind.Debug
            ? type is ArrayType or SliceType or AdtType or TupleType { Elements.Count: > 0 }
            : type is not (PrimitiveType or AdtType { Adt.IsString: true } or TupleType { Elements.Count: 0 });
    }

    /// <summary>
    /// A type of the body, made concrete: inference solved, generic parameters replaced, and opaque
    /// types (`impl Shape` returned by a call) replaced by their hidden types, as rustc's
    /// monomorphization reveals them.
    /// </summary>
    /// <param name="memo">Remembers what each type object became, for a caller that resolves every type of the body (code generation).</param>
    public TypeSymbol Resolve(TypeSymbol type, ResolutionMemo? memo = null) =>
        Source is null ? type : OpaqueTypes.Reveal(
            GenericSubstitution.Apply(Source.Resolve(type, memo?.Inference), Definition.GenericParameters, TypeArguments, memo?.Generic), memo?.Reveal);

    public override string ToString() => DisplayName;
}

/// <summary>The three memos of <see cref="MonoFunction.Resolve"/>, one per substitution it applies; use one per mono item.</summary>
public sealed class ResolutionMemo
{
    public TypeMemo Inference { get; } = new();

    public TypeMemo Generic { get; } = new();

    public TypeMemo Reveal { get; } = new();
}

/// <summary>What a call turns into once its types are concrete.</summary>
public abstract record CallTarget(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments);

/// <summary>A call of a function with a body in the program (an impl's method, a trait's default method, a free function).</summary>
public sealed record InstanceTarget(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments) : CallTarget(Function, TypeArguments);

/// <summary>
/// A method of an impl the compiler provides (`i32: PartialOrd`, `#[derive(Clone)]`): a shim,
/// whose body the <see cref="Mir.Building.ShimBuilder"/> makes. <see cref="CallTarget.Function"/>
/// is the trait's method (`PartialOrd::lt`); the type arguments start with the concrete `Self`.
/// </summary>
public sealed record ShimTarget(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments) : CallTarget(Function, TypeArguments);

/// <summary>
/// The vtable slot of a method that takes `self` by value (`FnOnce::call_once` in the vtable of
/// `dyn Fn`): rustc's `VTableShim`, printed `… - shim(vtable)`, which takes `*mut Self` (the object
/// pointer a virtual call passes), moves the value out and calls the method itself.
/// </summary>
public sealed record VtableShimTarget(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments) : CallTarget(Function, TypeArguments);

/// <summary>
/// What the code generator generates, in a deterministic order, the entry point first. It is
/// closed: every call of every body already names the item it reaches (<see cref="MonoFunction.Callees"/>).
/// </summary>
public sealed record MonoProgram(ImmutableArray<MonoFunction> Functions, MonoFunction Entry, LangItems LangItems)
{
    /// <summary>The vtables, one per (concrete type, trait) pair that an unsizing reaches, in the order the collector made them.</summary>
    public ImmutableArray<MonoVtable> Vtables { get; init; } = [];

    /// <summary>`&lt;R as Termination&gt;::report` for a `main` that returns an `R` other than `()` and `!`: the entry point's exit code.</summary>
    public MonoFunction? Report { get; init; }
}

/// <summary>
/// The vtable of one concrete type for one trait (`&lt;Circle as Shape&gt;`), laid out as rustc lays
/// it out (<see cref="VtableLayout"/>): drop glue, size, align, then the methods of the trait and
/// its supertraits, and pointers to supertrait vtables where upcasting needs them. Each method
/// slot is a mono item of its own, made when the vtable is made, whether or not anything calls it.
/// </summary>
public sealed class MonoVtable(TypeSymbol concreteType, TraitRef principal, ImmutableArray<VtableEntry> layout, string symbol, MonoFunction causedBy)
{
    private readonly MonoFunction?[] _methods = new MonoFunction?[layout.Length];
    private readonly MonoVtable?[] _supertables = new MonoVtable?[layout.Length];

    public TypeSymbol ConcreteType { get; } = concreteType;

    public TraitRef Principal { get; } = principal;

    /// <summary>What each slot holds, by index.</summary>
    public ImmutableArray<VtableEntry> Layout { get; } = layout;

    /// <summary>The name of the constant in the object file (`vtable.0`, as rustc names its vtable constants).</summary>
    public string Symbol { get; } = symbol;

    /// <summary>The item whose unsizing made the vtable first.</summary>
    public MonoFunction CausedBy { get; } = causedBy;

    /// <summary>
    /// Slot 0: the `drop_in_place::&lt;T&gt;` item, or null when the type needs no drop (then the slot
    /// is a null pointer, as in rustc). The collector makes the glue item with the vtable.
    /// </summary>
    public MonoFunction? DropGlue { get; internal set; }

    /// <summary>`&lt;Circle as Shape&gt;`, as `--print mono-items` would name the vtable.</summary>
    public string DisplayName => $"<{ConcreteType} as {Principal}>";

    /// <summary>The method item in a <see cref="MethodEntry"/> slot.</summary>
    public MonoFunction Method(int slot) => _methods[slot] ?? throw new InvalidOperationException($"slot {slot} of {DisplayName} is not a method");

    /// <summary>The supertrait's vtable in a <see cref="TraitVPtrEntry"/> slot.</summary>
    public MonoVtable Supertable(int slot) => _supertables[slot] ?? throw new InvalidOperationException($"slot {slot} of {DisplayName} is not a vtable pointer");

    internal void SetMethod(int slot, MonoFunction method) => _methods[slot] = method;

    internal void SetSupertable(int slot, MonoVtable vtable) => _supertables[slot] = vtable;

    public override string ToString() => DisplayName;
}
