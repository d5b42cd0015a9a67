using ToyRust.Mir.Ir;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Compiler-provided impls as MIR bodies (rustc's shims and the bodies its derive macros write).
///
/// Terms. A *shim* is the body of a trait method that no source file contains: the impls of
/// `Clone`, `PartialEq`, `PartialOrd`, `Default` and the arithmetic traits for primitive types,
/// tuples, arrays and references (std's impls), and the `#[derive]`d impls of structs and enums.
/// A shim is built for one concrete `Self` (its types have no parameters left), when the
/// collector first meets a call of it, and from then on it is an item like any other: a symbol,
/// a body that `--emit mir` prints, code whose bytes the size tools charge to it.
///
/// Which methods an impl defines (<see cref="Defines"/>) follows std and the derive macros, so
/// the items are rustc's:
/// - std's impls for primitives, tuples, arrays and references define every method, as core's
///   do (`&lt;(i32, i32) as PartialOrd&gt;::lt` is a shim);
/// - a derive defines only what rustc's derive writes: `clone`, `eq`, `partial_cmp`, `default`;
///   `ne`, `lt`, `le`, `gt`, `ge` of a derived type are the trait's default methods from the
///   prelude, instantiated for the type (`&lt;P as PartialOrd&gt;::lt` calls `&lt;P as PartialOrd&gt;::partial_cmp`).
///
/// What the bodies do is in <c>BodyBuilder.Shims.cs</c>, each with its MIR picture. They call
/// the trait methods of their parts (a struct's `eq` calls `PartialEq::eq` for each field that is
/// not a primitive), and the collector resolves those calls again — to a user's impl, another
/// shim or a default method — so `#[derive(Clone)]` around a field with a hand-written `Clone`
/// calls it, and a self-referential type makes a finite set of items.
///
/// Arithmetic shims (`&lt;i32 as Add&gt;::add`) are `#[track_caller]`, as core's are: an overflow
/// reports the location of the `a + b` in the generic caller.
/// </summary>
public sealed class ShimBuilder(LangItems langItems, TraitSolver solver, MirBuildOptions options)
{
    /// <summary>
    /// Whether the compiler's impl of <paramref name="method"/>'s trait for <paramref name="self"/>
    /// defines the method (a shim), rather than leaving it to the trait's default body. `Ord::cmp`
    /// is always the default body (the prelude's, over `partial_cmp`).
    /// </summary>
    public bool Defines(FunctionSymbol method, TypeSymbol self)
    {
        if (method.Trait is { } trait && langItems.Is(trait, LangItem.Ord)) return false;
        if (self is not AdtType) return true;
        return ReferenceEquals(method, langItems.CloneFn) || ReferenceEquals(method, langItems.DefaultFn)
            || ReferenceEquals(method, langItems.PartialCmpFn) || ReferenceEquals(method, langItems.DebugFmtFn)
            || ReferenceEquals(method, langItems.DisplayFmtFn)
            || langItems.ComparisonOf(method) == Syntax.Ast.BinaryOperator.Eq;
    }

    /// <summary>
    /// Whether rustc also builds this method as a shim, which it names with a ` - shim(T)` suffix:
    /// the clone of a tuple (core has no source for it), and the `Fn*` methods of a function item
    /// or pointer (its `FnPtrShim`). Its other compiler-provided methods are core's source or derive
    /// output. A constructor shim has no `Self` (its type arguments are its ADT's) and is neither.
    /// </summary>
    public bool IsRustcShim(FunctionSymbol method, ValueArray<TypeSymbol> typeArguments) =>
        typeArguments.Count > 0 && typeArguments[0] is var self
        && ((ReferenceEquals(method, langItems.CloneFn) && self is TupleType { Elements.Count: > 0 })
            || (self is FnDefType or FunctionType && method.Trait is { IsFnTrait: true }));

    /// <summary>`call_once` of an `Fn`/`FnMut` closure: rustc's `ClosureOnceShim`, printed `&lt;{closure} as FnOnce&lt;Args&gt;&gt;::call_once - shim`.</summary>
    public bool IsClosureOnceShim(FunctionSymbol method, ValueArray<TypeSymbol> typeArguments) =>
        typeArguments.Count > 0 && typeArguments[0] is ClosureType { Closure.Kind: not ClosureKind.FnOnce }
        && method.Trait is { } trait && langItems.Is(trait, LangItem.FnOnce);

    /// <summary>Whether <paramref name="function"/> is `ptr::drop_in_place`, whose every instance is drop glue built here.</summary>
    public bool IsDropGlue(FunctionSymbol function) => ReferenceEquals(function, langItems.DropInPlaceFn);

    /// <summary>Whether the shim of <paramref name="method"/> takes its caller's location (the arithmetic traits).</summary>
    public bool TracksCaller(FunctionSymbol method) =>
        method.Trait is { } trait && langItems.ItemOf(trait) is LangItem.Add or LangItem.Sub or LangItem.Mul or LangItem.Div or LangItem.Rem
            or LangItem.Neg or LangItem.AddAssign or LangItem.SubAssign or LangItem.MulAssign or LangItem.DivAssign or LangItem.RemAssign;

    /// <summary>The vtable shim of a by-value `self` method (`call_once` in the vtable of `dyn Fn`): see <c>BodyBuilder.BuildVtableShim</c>.</summary>
    public MirBody BuildVtableShim(FunctionSymbol method, ValueArray<TypeSymbol> typeArguments) =>
        new BodyBuilder(method, new BodyBuilder.ShimContext(langItems, solver, typeArguments), options).BuildVtableShim();

    /// <summary>The body of <paramref name="method"/> for the concrete type arguments (`Self` first, then the trait's arguments).</summary>
    public MirBody Build(FunctionSymbol method, ValueArray<TypeSymbol> typeArguments) =>
        new BodyBuilder(method, new BodyBuilder.ShimContext(langItems, solver, typeArguments), options with { Traits = OperatorMethods.Of(langItems) }).BuildShim();
}
