using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// The bound tree: what the program means. Every name is resolved to a symbol and every
/// expression has a type. Macros are expanded (`println!` becomes <see cref="BoundPrint"/>,
/// `assert!` an `if` with a <see cref="BoundPanic"/>). Types may hold inference variables;
/// <see cref="BoundFunction.Resolve"/> gives the final type.
/// </summary>
public abstract record BoundNode(TextSpan Span);

public abstract record BoundExpression(TextSpan Span, TypeSymbol Type) : BoundNode(Span);

/// <summary>A literal: BigInteger (integers), bool, int (char code point), string (str), double.</summary>
public sealed record BoundLiteral(TextSpan Span, TypeSymbol Type, object Value) : BoundExpression(Span, Type);

public sealed record BoundLocal(TextSpan Span, TypeSymbol Type, LocalSymbol Local) : BoundExpression(Span, Type);

/// <summary>Binary operators on primitives. `&amp;&amp;`/`||` short-circuit.</summary>
public sealed record BoundBinary(TextSpan Span, TypeSymbol Type, BinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Span, Type);

public sealed record BoundUnary(TextSpan Span, TypeSymbol Type, UnaryOperator Operator, BoundExpression Operand) : BoundExpression(Span, Type);

/// <summary>`target = value` or `target op= value`; Target is a place expression.</summary>
public sealed record BoundAssignment(TextSpan Span, BoundExpression Target, BinaryOperator? Operator, BoundExpression Value) : BoundExpression(Span, TypeSymbol.Unit);

/// <summary>
/// A direct call of a known function, with the type arguments of its generic parameters
/// (<see cref="FunctionSymbol.GenericParameters"/>, in order). A call of a trait method names the
/// trait's declaration with `Self` as the first type argument; the mono collector picks the impl.
/// </summary>
public sealed record BoundCall(TextSpan Span, TypeSymbol Type, FunctionSymbol Function, ImmutableArray<TypeSymbol> TypeArguments, ImmutableArray<BoundExpression> Arguments) : BoundExpression(Span, Type)
{
    /// <summary>Where a `#[track_caller]` callee's panic points: the method name of a method call, else the call.</summary>
    public TextSpan Location { get; init; } = Span;

    /// <summary>The callee as written (`total_area::&lt;&gt;`, a method's name): where rustc points about the callee itself.</summary>
    public TextSpan CalleeSpan { get; init; } = Span;
}

public sealed record BoundBlock(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundStatement> Statements, BoundExpression? Tail) : BoundExpression(Span, Type);

public sealed record BoundIf(TextSpan Span, TypeSymbol Type, BoundExpression Condition, BoundExpression Then, BoundExpression? Else) : BoundExpression(Span, Type);

public sealed record BoundWhile(TextSpan Span, LoopLabel Label, BoundExpression Condition, BoundBlock Body) : BoundExpression(Span, TypeSymbol.Unit);

/// <summary>`loop { }`; its type is the type of its `break` values (or `!` when none breaks).</summary>
public sealed record BoundLoop(TextSpan Span, TypeSymbol Type, LoopLabel Label, BoundBlock Body) : BoundExpression(Span, Type);

/// <summary>`for var in start..end` / `start..=end` over an integer range.</summary>
public sealed record BoundRangeFor(TextSpan Span, LoopLabel Label, BoundPattern Pattern, BoundExpression Start, BoundExpression End, bool IsInclusive, BoundBlock Body) : BoundExpression(Span, TypeSymbol.Unit);

/// <summary>A labelled block `'a: { ... }` that `break 'a value` may leave.</summary>
public sealed record BoundLabeledBlock(TextSpan Span, TypeSymbol Type, LoopLabel Label, BoundBlock Body) : BoundExpression(Span, Type);

public sealed record BoundBreak(TextSpan Span, LoopLabel Target, BoundExpression? Value) : BoundExpression(Span, TypeSymbol.Never);

public sealed record BoundContinue(TextSpan Span, LoopLabel Target) : BoundExpression(Span, TypeSymbol.Never);

public sealed record BoundReturn(TextSpan Span, BoundExpression? Value) : BoundExpression(Span, TypeSymbol.Never);

public sealed record BoundTuple(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundExpression> Elements) : BoundExpression(Span, Type);

/// <summary>`t.0`: a tuple field by position.</summary>
public sealed record BoundTupleField(TextSpan Span, TypeSymbol Type, BoundExpression Target, int Index) : BoundExpression(Span, Type);

public sealed record BoundArray(TextSpan Span, TypeSymbol Type, ImmutableArray<BoundExpression> Elements) : BoundExpression(Span, Type);

public sealed record BoundArrayRepeat(TextSpan Span, TypeSymbol Type, BoundExpression Value, long Count) : BoundExpression(Span, Type);

/// <summary>`a[i]` on an array; the index is a usize and is bounds-checked.</summary>
public sealed record BoundIndex(TextSpan Span, TypeSymbol Type, BoundExpression Target, BoundExpression Index) : BoundExpression(Span, Type);

/// <summary>
/// `s[a..b]` (and `a..`, `..b`, `..`, `a..=b`, `..=b`) on a slice or an array: a place of type
/// `[T]`, the part of the slice the range picks, found by a call of <see cref="Function"/> (a
/// prelude lang item), which checks the range with rustc's panic messages. `Start` and `End` are
/// null when the range leaves them out.
/// </summary>
public sealed record BoundRangeIndex(TextSpan Span, TypeSymbol Type, BoundExpression Target, BoundExpression? Start, BoundExpression? End, FunctionSymbol Function)
    : BoundExpression(Span, Type)
{
    /// <summary>Where a panic of the range check points: the brackets, as rustc reports it.</summary>
    public TextSpan Location { get; init; } = Span;
}

/// <summary>`a.len()` on an array (a constant, but evaluated for its side effects).</summary>
public sealed record BoundArrayLength(TextSpan Span, BoundExpression Target, long Length) : BoundExpression(Span, TypeSymbol.Usize);

/// <summary>`value as Type` between primitives.</summary>
public sealed record BoundCast(TextSpan Span, TypeSymbol Type, BoundExpression Operand) : BoundExpression(Span, Type);

/// <summary>
/// An unsizing coercion the checker inserted where a `&amp;T` (or `&amp;mut T`) meets an expected
/// `&amp;dyn Trait` (rustc's `PointerCoercion::Unsize` adjustment): the thin pointer gains the
/// vtable of T for the trait. From `&amp;dyn Sub` to `&amp;dyn Super` it is an upcast, which keeps
/// the data pointer and switches to the supertrait's vtable.
/// </summary>
/// <summary>`double`, `id::&lt;i32&gt;`, `Point::new` used as a value: the zero-sized value of the function's own type (a <see cref="FnDefType"/>).</summary>
public sealed record BoundFunctionItem(TextSpan Span, FnDefType Item) : BoundExpression(Span, Item);

/// <summary>
/// A function item, or a closure that captures nothing, coerced to a function pointer (rustc's
/// `PointerCoercion::ReifyFnPointer` and `ClosureFnPointer`): the address of the function's code.
/// </summary>
public sealed record BoundReify(TextSpan Span, TypeSymbol Type, BoundExpression Operand) : BoundExpression(Span, Type);

public sealed record BoundUnsize(TextSpan Span, TypeSymbol Type, BoundExpression Operand) : BoundExpression(Span, Type);

/// <summary>`&amp;place` / `&amp;mut place`.</summary>
public sealed record BoundAddressOf(TextSpan Span, TypeSymbol Type, bool IsMutable, BoundExpression Operand) : BoundExpression(Span, Type);

/// <summary>`*reference`.</summary>
public sealed record BoundDereference(TextSpan Span, TypeSymbol Type, BoundExpression Operand) : BoundExpression(Span, Type);

public enum PrintTarget
{
    Stdout = 1,
    Stderr = 2,
    /// <summary>`format!`: into a new `String`, which is the expression's value.</summary>
    String = 3,
    /// <summary>`write!(f, …)`: appended to the buffer of the `&amp;mut Formatter` that is the format's first argument.</summary>
    Formatter = 4,
}

/// <summary>
/// A formatted string: literal text and holes. Arguments are evaluated once, in order, before
/// any formatting, as Rust's format_args! does; a hole refers to an argument by index.
/// </summary>
public sealed record BoundFormat(TextSpan Span, ImmutableArray<BoundExpression> Arguments, ImmutableArray<FormatPiece> Pieces);

public abstract record FormatPiece;

public sealed record FormatText(string Text) : FormatPiece;

public sealed record FormatHole(int ArgumentIndex, FormatSpec Spec) : FormatPiece;

public enum FormatAlign
{
    Default,
    Left,
    Right,
    Center,
}

public enum FormatKind
{
    Display,
    LowerHex,
    UpperHex,
    Binary,
    Octal,
    Debug,
}

/// <summary>`{:&lt;08.3x}` and friends: fill, alignment, flags, width, precision, kind.</summary>
public sealed record FormatSpec(int Fill, FormatAlign Align, bool Zero, bool Alternate, bool Plus, int Width, int Precision, FormatKind Kind)
{
    public static readonly FormatSpec Default = new(' ', FormatAlign.Default, false, false, false, -1, -1, FormatKind.Display);

    public bool IsDefault => this == Default;
}

/// <summary>`print!`/`println!`/`eprint!`/`eprintln!` (the newline is already in the pieces).</summary>
public sealed record BoundPrint(TextSpan Span, PrintTarget Stream, BoundFormat Format, TypeSymbol? Result = null) : BoundExpression(Span, Result ?? TypeSymbol.Unit);

/// <summary>A panic with a formatted message at a source location (line and column are rustc's).</summary>
public sealed record BoundPanic(TextSpan Span, BoundFormat Message) : BoundExpression(Span, TypeSymbol.Never);

/// <summary>`std::process::exit(code)`.</summary>
public sealed record BoundExit(TextSpan Span, BoundExpression Code) : BoundExpression(Span, TypeSymbol.Never);

/// <summary>
/// Builds a struct or enum value: `P { x: 1, y }`, `P(1, 2)`, `E::V { a }`, `E::Unit`.
/// <see cref="Fields"/> is in declaration order; a null entry is taken from <see cref="Base"/> (`..base`).
/// Rust evaluates the written fields in the order they are written, then the base:
/// <see cref="WrittenOrder"/> lists the field indexes in source order (default: declaration order).
/// </summary>
public sealed record BoundAdtLiteral(TextSpan Span, TypeSymbol Type, VariantSymbol Variant, ImmutableArray<BoundExpression?> Fields, BoundExpression? Base, ImmutableArray<int> WrittenOrder = default) : BoundExpression(Span, Type)
{
    /// <summary>The indexes of the written fields, in the order their expressions are evaluated.</summary>
    public IEnumerable<int> EvaluationOrder =>
        WrittenOrder.IsDefault ? Enumerable.Range(0, Fields.Length).Where(i => Fields[i] is not null) : WrittenOrder;
}

/// <summary>`s.field` / `s.0` on a struct (a place when the target is one).</summary>
public sealed record BoundFieldAccess(TextSpan Span, TypeSymbol Type, BoundExpression Target, FieldSymbol Field) : BoundExpression(Span, Type);

/// <summary>One arm: pattern, optional guard, body.</summary>
public sealed record BoundMatchArm(TextSpan Span, BoundPattern Pattern, BoundExpression? Guard, BoundExpression Body) : BoundNode(Span);

/// <summary>
/// `match scrutinee { arms }`; also what `if let` and `while let` become. The scrutinee is a
/// place: bindings copy out of it, or borrow from it in `ref` binding mode.
/// </summary>
public sealed record BoundMatch(TextSpan Span, TypeSymbol Type, BoundExpression Scrutinee, ImmutableArray<BoundMatchArm> Arms) : BoundExpression(Span, Type);

/// <summary>
/// `|x| x + k`: makes a value of the closure's type from its captures (rustc's
/// `AggregateKind::Closure`), in <see cref="ClosureSymbol.Captures"/> order: `&amp;k`, `&amp;mut k` or `k`
/// itself. <see cref="Body"/> is the closure's body, kept here for the passes that check the
/// enclosing function; its code is the separate function <see cref="ClosureSymbol.Body"/>.
/// </summary>
public sealed record BoundClosure(TextSpan Span, TypeSymbol Type, ClosureSymbol Closure, BoundBlock Body) : BoundExpression(Span, Type);

/// <summary>Stands where an expression had an error; never reaches code generation.</summary>
public sealed record BoundErrorExpression(TextSpan Span) : BoundExpression(Span, TypeSymbol.Error);

public abstract record BoundStatement(TextSpan Span) : BoundNode(Span);

public sealed record BoundLet(TextSpan Span, BoundPattern Pattern, BoundExpression? Initializer) : BoundStatement(Span);

public sealed record BoundExpressionStatement(TextSpan Span, BoundExpression Expression) : BoundStatement(Span);

/// <summary>One checked function body. <see cref="Substitution"/> solves the body's inference variables.</summary>
public sealed record BoundFunction(FunctionSymbol Symbol, BoundBlock Body, ImmutableDictionary<int, TypeSymbol> Substitution)
{
    /// <summary>The final type: inference variables replaced by their solutions (defaults applied).</summary>
    public TypeSymbol Resolve(TypeSymbol type, TypeMemo? memo = null) => TypeSubstitution.Apply(type, Substitution, memo);
}

/// <summary>The checked program: every function with a body, the trait impls (for the mono collector's impl selection), the entry point, and the lang items.</summary>
public sealed record BoundProgram(ImmutableArray<BoundFunction> Functions, ImmutableArray<ImplSymbol> Impls, FunctionSymbol? Main, LangItems LangItems)
{
    /// <summary>rustc's default `recursion_limit`.</summary>
    public const int DefaultRecursionLimit = 128;

    /// <summary>`#![recursion_limit = "N"]`: how deep the mono collector may nest instances.</summary>
    public int RecursionLimit { get; init; } = DefaultRecursionLimit;

    /// <summary>Where <see cref="Body"/> finds bodies: the checker, which checks a prelude function's body when first asked.</summary>
    public Func<FunctionSymbol, BoundFunction?>? BodySource { get; init; }

    /// <summary>
    /// The checked body of any function, the prelude's included, or null when it has none.
    /// <see cref="Functions"/> holds the program's own bodies (and the prelude's only when it was
    /// checked whole); the prelude's others are checked on demand, so that a build checks and
    /// lowers only the prelude functions the program reaches.
    /// </summary>
    public BoundFunction? Body(FunctionSymbol function) =>
        BodySource is { } source ? source(function) : Functions.FirstOrDefault(f => ReferenceEquals(f.Symbol, function));
}
