using System.Collections.Immutable;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Symbols;

/// <summary>
/// An item the compiler must know: the prelude marks it `#[lang = "..."]`, as rustc's core
/// does (`#[lang = "clone"] pub trait Clone`). Names are rustc's where rustc has the lang item;
/// see <see cref="LangItems"/> for the ones that are ToyRust's own.
/// </summary>
public enum LangItem
{
    Sized,
    Copy,
    Clone,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Ordering,
    Default,
    Debug,
    Display,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Neg,
    AddAssign,
    SubAssign,
    MulAssign,
    DivAssign,
    RemAssign,
    Option,
    Result,
    Drop,
    DropInPlace,
    OwnedBox,
    String,
    Deref,
    DerefMut,
    Index,
    IndexMut,
    SliceRange,
    SliceRangeInclusive,
    Iterator,
    IntoIterator,
    Vec,
    ManuallyDrop,
    CoerceUnsized,
    Infallible,
    From,
    Into,
    ControlFlow,
    Try,
    TryFromOutput,
    TryBranch,
    FromResidual,
    FromResidualFn,
    Termination,
    Formatter,
    ToString,
    FromStr,
    FmtWrite,
    FmtWriteStr,
    Pattern,
    IntErrorKind,
    CharErrorKind,
    FnOnce,
    FnMut,
    Fn,
    Range,
    RangeFrom,
    RangeTo,
    RangeFull,
    RangeInclusive,
    DoubleEndedIterator,
    IteratorOrd,
    Sum,
    Product,
    FromIterator,
    Step,
    ExactSizeIterator,
}

/// <summary>The kind of item a lang item must be put on (rustc's `Target`).</summary>
public enum LangItemTarget
{
    Trait,
    Enum,
    Struct,
    Function,

    /// <summary>A method a trait requires (rustc's `Target::Method(MethodKind::Trait { body: false })`): `Try::branch`.</summary>
    RequiredMethod,
}

/// <summary>
/// One row of the table: the name written in `#[lang = "..."]`, the kind of item it marks, and
/// whether rustc knows the name (false for ToyRust's own names, which rustc treats as unknown).
/// </summary>
public sealed record LangItemDefinition(LangItem Item, string Name, LangItemTarget Target, bool IsRustc)
{
    /// <summary>As rustc words a target in E0718: "trait", "enum".</summary>
    public string TargetText => Target switch
    {
        LangItemTarget.Trait => "trait",
        LangItemTarget.Enum => "enum",
        LangItemTarget.Struct => "struct",
        LangItemTarget.Function => "function",
        LangItemTarget.RequiredMethod => "required trait method",
        _ => throw new InvalidOperationException($"unknown lang item target {Target}"),
    };
}

/// <summary>
/// The lang items of one program: the symbols the prelude marked, filled once when the prelude is
/// declared (ProgramChecker.LangItems.cs), and read by the checker, the trait solver, the mono
/// collector and code generation. Everything that must know "this is std's `Clone`" asks here and
/// compares symbols by reference, so a user trait that happens to be named `Clone` or `Debug` is
/// an ordinary trait.
///
/// Names. rustc's lang item names where rustc has one (`clone`, `eq` for PartialEq,
/// `partial_ord`, `add_assign`, `Ordering`, `Option`). ToyRust's own, for what rustc knows as a
/// diagnostic item (`#[rustc_diagnostic_item = "Debug"]`) rather than a lang item: `total_eq`
/// (Eq), `total_ord` (Ord), `default`, `debug`, `display`, `Result`, `String`, `Vec`, `Formatter`,
/// `ToString`, `FromStr`, `FmtWrite` (`std::fmt::Write`, and `FmtWriteStr` its `write_str`), `Pattern`,
/// `IntErrorKind`, `CharErrorKind` and `IntoIterator` (rustc marks only its `into_iter` method); `From`, `Into` and `Infallible` (diagnostic items in
/// rustc), `ControlFlow` (rustc marks its two variants) and `FromResidual` (rustc marks only its
/// `from_residual` method).
///
/// Methods. rustc marks some trait methods themselves (`#[lang = "branch"]` on `Try::branch`,
/// `from_residual`, `from_output`: what the `?` desugaring calls); so does the prelude, and
/// <see cref="LangItemTarget.RequiredMethod"/> items are read from inside their trait.
///
/// Members. The methods and variants the compiler uses are found by their name inside the lang
/// item's symbol, once, in <see cref="Complete"/> (rustc finds `Add::add` the same way: the
/// `add` item of the `add` lang item). rustc also marks `Some`, `None`, `Ok` and `Err`
/// themselves; ToyRust's AST keeps no attributes on variants, so they are taken from their enum.
///
/// Typed accessors (<see cref="Clone"/>, <see cref="OptionSome"/>, …) exist for what the compiler
/// reads; <see cref="Trait"/> and <see cref="Adt"/> give any lang item.
///
/// Derives. `#[derive(Clone)]` always means std's Clone, whatever `Clone` names in scope
/// (derive macros live in their own namespace): <see cref="Derivable"/> maps the macro name.
/// </summary>
public sealed class LangItems
{
    private static readonly ImmutableArray<LangItemDefinition> Definitions =
    [
        new(LangItem.Sized, "sized", LangItemTarget.Trait, true),
        new(LangItem.Copy, "copy", LangItemTarget.Trait, true),
        new(LangItem.Clone, "clone", LangItemTarget.Trait, true),
        new(LangItem.PartialEq, "eq", LangItemTarget.Trait, true),
        new(LangItem.Eq, "total_eq", LangItemTarget.Trait, false),
        new(LangItem.PartialOrd, "partial_ord", LangItemTarget.Trait, true),
        new(LangItem.Ord, "total_ord", LangItemTarget.Trait, false),
        new(LangItem.Ordering, "Ordering", LangItemTarget.Enum, true),
        new(LangItem.Default, "default", LangItemTarget.Trait, false),
        new(LangItem.Debug, "debug", LangItemTarget.Trait, false),
        new(LangItem.Display, "display", LangItemTarget.Trait, false),
        new(LangItem.Add, "add", LangItemTarget.Trait, true),
        new(LangItem.Sub, "sub", LangItemTarget.Trait, true),
        new(LangItem.Mul, "mul", LangItemTarget.Trait, true),
        new(LangItem.Div, "div", LangItemTarget.Trait, true),
        new(LangItem.Rem, "rem", LangItemTarget.Trait, true),
        new(LangItem.Neg, "neg", LangItemTarget.Trait, true),
        new(LangItem.AddAssign, "add_assign", LangItemTarget.Trait, true),
        new(LangItem.SubAssign, "sub_assign", LangItemTarget.Trait, true),
        new(LangItem.MulAssign, "mul_assign", LangItemTarget.Trait, true),
        new(LangItem.DivAssign, "div_assign", LangItemTarget.Trait, true),
        new(LangItem.RemAssign, "rem_assign", LangItemTarget.Trait, true),
        new(LangItem.Option, "Option", LangItemTarget.Enum, true),
        new(LangItem.Result, "Result", LangItemTarget.Enum, false),
        new(LangItem.Drop, "drop", LangItemTarget.Trait, true),
        new(LangItem.DropInPlace, "drop_in_place", LangItemTarget.Function, true),
        new(LangItem.OwnedBox, "owned_box", LangItemTarget.Struct, true),
        new(LangItem.String, "String", LangItemTarget.Struct, false),
        new(LangItem.Deref, "deref", LangItemTarget.Trait, true),
        new(LangItem.DerefMut, "deref_mut", LangItemTarget.Trait, true),
        new(LangItem.Index, "index", LangItemTarget.Trait, true),
        new(LangItem.IndexMut, "index_mut", LangItemTarget.Trait, true),
        new(LangItem.SliceRange, "slice_range", LangItemTarget.Function, false),
        new(LangItem.SliceRangeInclusive, "slice_range_inclusive", LangItemTarget.Function, false),
        new(LangItem.Iterator, "iterator", LangItemTarget.Trait, true),
        new(LangItem.IntoIterator, "IntoIterator", LangItemTarget.Trait, false),
        new(LangItem.Vec, "Vec", LangItemTarget.Struct, false),
        new(LangItem.ManuallyDrop, "manually_drop", LangItemTarget.Struct, true),
        new(LangItem.CoerceUnsized, "coerce_unsized", LangItemTarget.Trait, true),
        new(LangItem.Infallible, "Infallible", LangItemTarget.Enum, false),
        new(LangItem.From, "From", LangItemTarget.Trait, false),
        new(LangItem.Into, "Into", LangItemTarget.Trait, false),
        new(LangItem.ControlFlow, "ControlFlow", LangItemTarget.Enum, false),
        new(LangItem.Try, "Try", LangItemTarget.Trait, true),
        new(LangItem.TryFromOutput, "from_output", LangItemTarget.RequiredMethod, true),
        new(LangItem.TryBranch, "branch", LangItemTarget.RequiredMethod, true),
        new(LangItem.FromResidual, "FromResidual", LangItemTarget.Trait, false),
        new(LangItem.FromResidualFn, "from_residual", LangItemTarget.RequiredMethod, true),
        new(LangItem.Termination, "termination", LangItemTarget.Trait, true),
        new(LangItem.Formatter, "Formatter", LangItemTarget.Struct, false),
        new(LangItem.ToString, "ToString", LangItemTarget.Trait, false),
        new(LangItem.FromStr, "FromStr", LangItemTarget.Trait, false),
        new(LangItem.FmtWrite, "FmtWrite", LangItemTarget.Trait, false),
        new(LangItem.FmtWriteStr, "FmtWriteStr", LangItemTarget.RequiredMethod, false),
        new(LangItem.Pattern, "Pattern", LangItemTarget.Trait, false),
        new(LangItem.IntErrorKind, "IntErrorKind", LangItemTarget.Enum, false),
        new(LangItem.CharErrorKind, "CharErrorKind", LangItemTarget.Enum, false),
        new(LangItem.FnOnce, "fn_once", LangItemTarget.Trait, true),
        new(LangItem.FnMut, "fn_mut", LangItemTarget.Trait, true),
        new(LangItem.Fn, "fn", LangItemTarget.Trait, true),
        new(LangItem.Range, "Range", LangItemTarget.Struct, true),
        new(LangItem.RangeFrom, "RangeFrom", LangItemTarget.Struct, true),
        new(LangItem.RangeTo, "RangeTo", LangItemTarget.Struct, true),
        new(LangItem.RangeFull, "RangeFull", LangItemTarget.Struct, true),
        new(LangItem.RangeInclusive, "RangeInclusiveStruct", LangItemTarget.Struct, true),
        new(LangItem.DoubleEndedIterator, "DoubleEndedIterator", LangItemTarget.Trait, false),
        new(LangItem.IteratorOrd, "IteratorOrd", LangItemTarget.Trait, false),
        new(LangItem.Sum, "Sum", LangItemTarget.Trait, false),
        new(LangItem.Product, "Product", LangItemTarget.Trait, false),
        new(LangItem.FromIterator, "FromIterator", LangItemTarget.Trait, false),
        new(LangItem.Step, "Step", LangItemTarget.Trait, false),
        new(LangItem.ExactSizeIterator, "ExactSizeIterator", LangItemTarget.Trait, false),
    ];

    private static readonly Dictionary<string, LangItemDefinition> ByName =
        Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    private readonly Dictionary<LangItem, TraitSymbol> _traits = [];
    private readonly Dictionary<TraitSymbol, LangItem> _itemOfTrait = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LangItem, AdtSymbol> _adts = [];
    private readonly Dictionary<BinaryOperator, FunctionSymbol> _comparisonMethods = [];
    private readonly Dictionary<FunctionSymbol, BinaryOperator> _comparisonOfMethod = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LangItem, FunctionSymbol> _operatorMethods = [];
    private readonly Dictionary<LangItem, FunctionSymbol> _functions = [];

    /// <summary>The row for a name written in `#[lang = "..."]`, or null when ToyRust has no such lang item.</summary>
    public static LangItemDefinition? Definition(string name) => ByName.GetValueOrDefault(name);

    public static LangItemDefinition Definition(LangItem item) => Definitions.First(d => d.Item == item);

    /// <summary>The trait a `#[derive(...)]` macro implements (`Clone` → std's Clone), or null for one ToyRust does not know.</summary>
    public static LangItem? Derivable(string macro) => macro switch
    {
        "Clone" => LangItem.Clone,
        "Copy" => LangItem.Copy,
        "PartialEq" => LangItem.PartialEq,
        "Eq" => LangItem.Eq,
        "PartialOrd" => LangItem.PartialOrd,
        "Ord" => LangItem.Ord,
        "Default" => LangItem.Default,
        "Debug" => LangItem.Debug,
        _ => null,
    };

    /// <summary>
    /// `a.len()` on an array, which the checker answers with the array's length (rustc calls
    /// `<[T]>::len` through unsizing). The name is also `ExactSizeIterator::len`'s, so it lives here.
    /// </summary>
    public const string ArrayLengthMethod = "len";

    public TraitSymbol Clone => Trait(LangItem.Clone);

    public TraitSymbol Default => Trait(LangItem.Default);

    public TraitSymbol Display => Trait(LangItem.Display);

    public TraitSymbol Neg => Trait(LangItem.Neg);

    public AdtSymbol Option => Adt(LangItem.Option);

    public AdtSymbol Result => Adt(LangItem.Result);

    /// <summary>`Box&lt;T&gt;`, whose deref is built in (a place projection, as in rustc's MIR).</summary>
    public AdtSymbol OwnedBox => Adt(LangItem.OwnedBox);

    /// <summary>`Clone::clone` (rustc's `clone_fn` lang item).</summary>
    public FunctionSymbol CloneFn { get; private set; } = null!;

    /// <summary>`Default::default`.</summary>
    public FunctionSymbol DefaultFn { get; private set; } = null!;

    /// <summary>`Debug::fmt`, which `{:?}` calls for a type that is not a primitive.</summary>
    public FunctionSymbol DebugFmtFn { get; private set; } = null!;

    /// <summary>`Display::fmt`, which `{}` calls for a type code generation does not format in place.</summary>
    public FunctionSymbol DisplayFmtFn { get; private set; } = null!;

    /// <summary>`Drop::drop`, which only drop glue calls (a program that calls it itself gets E0040).</summary>
    public FunctionSymbol DropFn { get; private set; } = null!;

    /// <summary>
    /// `drop_in_place::&lt;T&gt;`, the drop glue of a type (rustc's `core::ptr::drop_in_place`): its
    /// instances are shims the collector makes for each type a `drop` terminator drops.
    /// </summary>
    public FunctionSymbol DropInPlaceFn => Function(LangItem.DropInPlace);

    /// <summary>`Deref::deref`, `DerefMut::deref_mut`, `Index::index`, `IndexMut::index_mut`: what `*w` and `a[i]` call on other types than references and arrays.</summary>
    public FunctionSymbol DerefFn { get; private set; } = null!;

    public FunctionSymbol DerefMutFn { get; private set; } = null!;

    public FunctionSymbol IndexFn { get; private set; } = null!;

    public FunctionSymbol IndexMutFn { get; private set; } = null!;

    /// <summary>`Iterator::next` and `IntoIterator::into_iter`: what a `for` loop calls (rustc's `next` and `into_iter` lang items).</summary>
    public FunctionSymbol NextFn { get; private set; } = null!;

    public FunctionSymbol IntoIterFn { get; private set; } = null!;

    /// <summary>`FnOnce::call_once`, `FnMut::call_mut`, `Fn::call`: what a call of a closure (or of a value bounded by `Fn*`) becomes.</summary>
    public FunctionSymbol CallMethod(ClosureKind kind) => kind switch
    {
        ClosureKind.Fn => Method(LangItem.Fn, "call"),
        ClosureKind.FnMut => Method(LangItem.FnMut, "call_mut"),
        ClosureKind.FnOnce => Method(LangItem.FnOnce, "call_once"),
        _ => throw new InvalidOperationException($"unknown closure kind {kind}"),
    };

    /// <summary>The `Fn*` trait of a closure kind.</summary>
    public TraitSymbol FnTrait(ClosureKind kind) => Trait(kind switch
    {
        ClosureKind.Fn => LangItem.Fn,
        ClosureKind.FnMut => LangItem.FnMut,
        _ => LangItem.FnOnce,
    });

    /// <summary>The closure kind an `Fn*` trait stands for, or null for any other trait.</summary>
    public ClosureKind? KindOf(TraitSymbol trait) => ItemOf(trait) switch
    {
        LangItem.Fn => ClosureKind.Fn,
        LangItem.FnMut => ClosureKind.FnMut,
        LangItem.FnOnce => ClosureKind.FnOnce,
        _ => null,
    };

    /// <summary>
    /// `slice::range::&lt;T&gt;(s, start, end)` and its `..=` twin: what `&amp;s[a..b]` calls to check
    /// the range and narrow the slice (rustc: `&lt;Range&lt;usize&gt; as SliceIndex&lt;[T]&gt;&gt;::index`).
    /// </summary>
    public FunctionSymbol SliceRangeFn(bool inclusive) => Function(inclusive ? LangItem.SliceRangeInclusive : LangItem.SliceRange);

    /// <summary>`PartialOrd::partial_cmp`.</summary>
    public FunctionSymbol PartialCmpFn { get; private set; } = null!;

    public VariantSymbol OptionSome { get; private set; } = null!;

    public VariantSymbol OptionNone { get; private set; } = null!;

    /// <summary>`Ok`, what `write!` into a `Formatter` and the compiler's `fmt` shims return (`Ok(())`).</summary>
    public VariantSymbol ResultOk { get; private set; } = null!;

    public VariantSymbol OrderingLess { get; private set; } = null!;

    /// <summary>`ControlFlow::Continue` and `ControlFlow::Break`: the patterns of the `?` desugaring (rustc's `Continue` and `Break` lang items).</summary>
    public VariantSymbol ControlFlowContinue { get; private set; } = null!;

    public VariantSymbol ControlFlowBreak { get; private set; } = null!;

    /// <summary>`Try::branch` and `FromResidual::from_residual`: what `expr?` calls (rustc's `branch` and `from_residual` lang items).</summary>
    public FunctionSymbol BranchFn => Function(LangItem.TryBranch);

    public FunctionSymbol FromResidualFn => Function(LangItem.FromResidualFn);

    /// <summary>`Termination::report`, which the entry point calls on what `main` returned when that is not `()` (rustc's `lang_start`).</summary>
    public FunctionSymbol ReportFn { get; private set; } = null!;

    public VariantSymbol OrderingEqual { get; private set; } = null!;

    public VariantSymbol OrderingGreater { get; private set; } = null!;

    /// <summary>The trait of a lang item that is a trait.</summary>
    public TraitSymbol Trait(LangItem item) =>
        _traits.TryGetValue(item, out var trait) ? trait : throw new InvalidOperationException($"the prelude has no trait marked `#[lang = \"{Definition(item).Name}\"]`");

    /// <summary>The struct or enum of a lang item that is one.</summary>
    public AdtSymbol Adt(LangItem item) =>
        _adts.TryGetValue(item, out var adt) ? adt : throw new InvalidOperationException($"the prelude has no enum marked `#[lang = \"{Definition(item).Name}\"]`");

    /// <summary>The function of a lang item that is a function.</summary>
    public FunctionSymbol Function(LangItem item) =>
        _functions.TryGetValue(item, out var function) ? function : throw new InvalidOperationException($"the prelude has no function marked `#[lang = \"{Definition(item).Name}\"]`");

    /// <summary>Which lang item a trait is, or null for every other trait (a user's `Debug` included).</summary>
    public LangItem? ItemOf(TraitSymbol trait) => _itemOfTrait.TryGetValue(trait, out var item) ? item : null;

    public bool Is(TraitSymbol trait, LangItem item) => _traits.TryGetValue(item, out var marked) && ReferenceEquals(marked, trait);

    /// <summary>The method a comparison operator calls (`==` is `PartialEq::eq`, `&lt;` is `PartialOrd::lt`), or null for another operator.</summary>
    public FunctionSymbol? ComparisonMethod(BinaryOperator op) => _comparisonMethods.GetValueOrDefault(op);

    /// <summary>The operator a `PartialEq`/`PartialOrd` method stands for (`PartialOrd::lt` → `&lt;`), or null (`partial_cmp`, any other method).</summary>
    public BinaryOperator? ComparisonOf(FunctionSymbol method) => _comparisonOfMethod.TryGetValue(method, out var op) ? op : null;

    /// <summary>The one method of an operator trait: `Add::add`, `AddAssign::add_assign`, `Neg::neg`.</summary>
    public FunctionSymbol OperatorMethod(LangItem trait) =>
        _operatorMethods.TryGetValue(trait, out var method) ? method : throw new InvalidOperationException($"{trait} is not an operator trait");

    internal void Define(LangItem item, TraitSymbol trait)
    {
        if (!_traits.TryAdd(item, trait)) throw new InvalidOperationException($"the prelude marks two items `#[lang = \"{Definition(item).Name}\"]`");
        _itemOfTrait[trait] = item;
    }

    internal void Define(LangItem item, FunctionSymbol function)
    {
        if (!_functions.TryAdd(item, function)) throw new InvalidOperationException($"the prelude marks two items `#[lang = \"{Definition(item).Name}\"]`");
    }

    internal void Define(LangItem item, AdtSymbol adt)
    {
        if (!_adts.TryAdd(item, adt)) throw new InvalidOperationException($"the prelude marks two items `#[lang = \"{Definition(item).Name}\"]`");
        adt.LangItem = item;
    }

    /// <summary>Once the prelude's items are declared: every lang item is there, and so is every member the compiler uses.</summary>
    internal void Complete()
    {
        foreach (var definition in Definitions)
        {
            _ = definition.Target switch
            {
                LangItemTarget.Trait => (object)Trait(definition.Item),
                LangItemTarget.Function or LangItemTarget.RequiredMethod => Function(definition.Item),
                _ => Adt(definition.Item),
            };
        }
        CloneFn = Method(LangItem.Clone, "clone");
        DefaultFn = Method(LangItem.Default, "default");
        PartialCmpFn = Method(LangItem.PartialOrd, "partial_cmp");
        DebugFmtFn = Method(LangItem.Debug, "fmt");
        DisplayFmtFn = Method(LangItem.Display, "fmt");
        DropFn = Method(LangItem.Drop, "drop");
        DerefFn = Method(LangItem.Deref, "deref");
        DerefMutFn = Method(LangItem.DerefMut, "deref_mut");
        IndexFn = Method(LangItem.Index, "index");
        IndexMutFn = Method(LangItem.IndexMut, "index_mut");
        NextFn = Method(LangItem.Iterator, "next");
        IntoIterFn = Method(LangItem.IntoIterator, "into_iter");
        DefineComparison(BinaryOperator.Eq, LangItem.PartialEq, "eq");
        DefineComparison(BinaryOperator.Ne, LangItem.PartialEq, "ne");
        DefineComparison(BinaryOperator.Lt, LangItem.PartialOrd, "lt");
        DefineComparison(BinaryOperator.Le, LangItem.PartialOrd, "le");
        DefineComparison(BinaryOperator.Gt, LangItem.PartialOrd, "gt");
        DefineComparison(BinaryOperator.Ge, LangItem.PartialOrd, "ge");
        foreach (var arithmetic in (LangItem[])[LangItem.Add, LangItem.Sub, LangItem.Mul, LangItem.Div, LangItem.Rem, LangItem.Neg])
            Trait(arithmetic).BuiltinAssociatedTypesAreSelf = true;
        foreach (var callable in (LangItem[])[LangItem.FnOnce, LangItem.FnMut, LangItem.Fn])
            Trait(callable).IsFnTrait = true;
        _operatorMethods[LangItem.Add] = Method(LangItem.Add, "add");
        _operatorMethods[LangItem.Sub] = Method(LangItem.Sub, "sub");
        _operatorMethods[LangItem.Mul] = Method(LangItem.Mul, "mul");
        _operatorMethods[LangItem.Div] = Method(LangItem.Div, "div");
        _operatorMethods[LangItem.Rem] = Method(LangItem.Rem, "rem");
        _operatorMethods[LangItem.Neg] = Method(LangItem.Neg, "neg");
        _operatorMethods[LangItem.AddAssign] = Method(LangItem.AddAssign, "add_assign");
        _operatorMethods[LangItem.SubAssign] = Method(LangItem.SubAssign, "sub_assign");
        _operatorMethods[LangItem.MulAssign] = Method(LangItem.MulAssign, "mul_assign");
        _operatorMethods[LangItem.DivAssign] = Method(LangItem.DivAssign, "div_assign");
        _operatorMethods[LangItem.RemAssign] = Method(LangItem.RemAssign, "rem_assign");
        OptionSome = Variant(LangItem.Option, "Some");
        OptionNone = Variant(LangItem.Option, "None");
        ResultOk = Variant(LangItem.Result, "Ok");
        OrderingLess = Variant(LangItem.Ordering, "Less");
        OrderingEqual = Variant(LangItem.Ordering, "Equal");
        OrderingGreater = Variant(LangItem.Ordering, "Greater");
        ControlFlowContinue = Variant(LangItem.ControlFlow, "Continue");
        ControlFlowBreak = Variant(LangItem.ControlFlow, "Break");
        ReportFn = Method(LangItem.Termination, "report");
    }

    private void DefineComparison(BinaryOperator op, LangItem trait, string name)
    {
        var method = Method(trait, name);
        _comparisonMethods[op] = method;
        _comparisonOfMethod[method] = op;
    }

    private FunctionSymbol Method(LangItem trait, string name) =>
        Trait(trait).FindMethod(name) ?? throw new InvalidOperationException($"the prelude's `{Trait(trait).Name}` has no method `{name}`");

    private VariantSymbol Variant(LangItem adt, string name) =>
        Adt(adt).FindVariant(name) ?? throw new InvalidOperationException($"the prelude's `{Adt(adt).Name}` has no variant `{name}`");
}
