using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics;

/// <summary>
/// Every message the checker can report, one method each, worded and coded as rustc 1.95
/// words and codes them (checked against rustc's output).
/// </summary>
internal static class SemanticDiagnostics
{
    public static Diagnostic MismatchedTypes(TextSpan span, TypeSymbol expected, TypeSymbol found) =>
        Diagnostic.Error("E0308", "mismatched types", span,
            DifferInMutability(expected, found) ? "types differ in mutability" : $"expected `{expected}`, found `{found}`");

    /// <summary>`&amp;i32` where `&amp;mut i32` is expected (the referents agree, or one is not inferred yet).</summary>
    private static bool DifferInMutability(TypeSymbol expected, TypeSymbol found) => (expected, found) switch
    {
        (ReferenceType e, ReferenceType f) => e.IsMutable != f.IsMutable
            && (e.Referent == f.Referent || e.Referent is InferenceVariable || f.Referent is InferenceVariable),
        // `*mut T` where only a `&T` or a `*const T` is given: no coercion adds mutability.
        (RawPointerType { IsMutable: true } e, ReferenceType { IsMutable: false } f) => e.Pointee == f.Referent,
        (RawPointerType { IsMutable: true } e, RawPointerType { IsMutable: false } f) => e.Pointee == f.Pointee,
        _ => false,
    };

    public static Diagnostic IfElseIncompatible(TextSpan span, TypeSymbol expected, TypeSymbol found) =>
        Diagnostic.Error("E0308", "`if` and `else` have incompatible types", span, $"expected `{expected}`, found `{found}`");

    public static Diagnostic IfWithoutElse(TextSpan span, TypeSymbol found) =>
        Diagnostic.Error("E0317", "`if` may be missing an `else` clause", span, $"expected `{found}`, found `()`");

    public static Diagnostic UnknownValue(TextSpan span, string name) =>
        Diagnostic.Error("E0425", $"cannot find value `{name}` in this scope", span, "not found in this scope");

    public static Diagnostic UnknownFunction(TextSpan span, string name) =>
        Diagnostic.Error("E0425", $"cannot find function `{name}` in this scope", span, "not found in this scope");

    public static Diagnostic UnknownType(TextSpan span, string name) =>
        Diagnostic.Error("E0425", $"cannot find type `{name}` in this scope", span, "not found in this scope");

    /// <summary>`Zed::new()` with no type `Zed`: rustc's E0433 (a path that does not resolve), not E0425.</summary>
    public static Diagnostic UndeclaredType(TextSpan span, string name) =>
        Diagnostic.Error("E0433", $"cannot find type `{name}` in this scope", span, $"use of undeclared type `{name}`");

    public static Diagnostic UnknownMacro(TextSpan span, string name) =>
        Diagnostic.Error(null, $"cannot find macro `{name}` in this scope", span);

    public static Diagnostic WrongArgumentCount(TextSpan span, int expected, int found) =>
        Diagnostic.Error("E0061", $"this function takes {Plural(expected, "argument")} but {Plural(found, "argument")} {(found == 1 ? "was" : "were")} supplied", span);

    public static Diagnostic AssignTwiceToImmutable(TextSpan span, string name) =>
        Diagnostic.Error("E0384", $"cannot assign twice to immutable variable `{name}`", span, "cannot assign twice to immutable variable");

    public static Diagnostic BorrowImmutableAsMutable(TextSpan span, string name) =>
        Diagnostic.Error("E0596", $"cannot borrow `{name}` as mutable, as it is not declared as mutable", span, "cannot borrow as mutable");

    /// <summary>
    /// E0596: `ref mut` in a pattern on a place that is not mutable. rustc names the variable
    /// (`as `t` is not declared as mutable`), or, for a closure's capture, only the place.
    /// </summary>
    public static Diagnostic RefMutOfImmutable(TextSpan span, string place, string variable, bool captured) =>
        Diagnostic.Error("E0596", captured
            ? $"cannot borrow `{place}` as mutable, as it is not declared as mutable"
            : $"cannot borrow `{place}` as mutable, as `{variable}` is not declared as mutable", span, "cannot borrow as mutable");

    /// <summary>A place through `Deref`/`Index` used mutably where the type has no `DerefMut`/`IndexMut` (E0594 assigned, E0596 borrowed).</summary>
    public static Diagnostic NoMutableOverload(TextSpan span, bool assigned, bool isIndex, TypeSymbol type)
    {
        var data = isIndex ? $"data in an index of `{type}`" : $"data in dereference of `{type}`";
        return assigned
            ? Diagnostic.Error("E0594", $"cannot assign to {data}", span, "cannot assign")
            : Diagnostic.Error("E0596", $"cannot borrow {data} as mutable", span, "cannot borrow as mutable");
    }

    public static Diagnostic InvalidAssignmentTarget(TextSpan span) =>
        Diagnostic.Error("E0070", "invalid left-hand side of assignment", span, "cannot assign to this expression");

    public static Diagnostic BinaryNotSupported(TextSpan span, string verb, TypeSymbol left, TypeSymbol right) =>
        Diagnostic.Error("E0369", $"{verb}", span, "").WithNote($"operand types are `{left}` and `{right}`");

    public static Diagnostic CannotApplyUnary(TextSpan span, string op, TypeSymbol type) =>
        Diagnostic.Error("E0600", $"cannot apply unary operator `{op}` to type `{type}`", span, $"cannot apply unary operator `{op}`");

    public static Diagnostic CannotDereference(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0614", $"type `{type}` cannot be dereferenced", span, "can't be dereferenced");

    /// <summary>E0267: `break`/`continue` in a closure body, outside any loop of the closure's own.</summary>
    public static Diagnostic BreakInsideClosure(TextSpan span, string keyword) =>
        Diagnostic.Error("E0267", $"`{keyword}` inside of a closure", span, $"cannot `{keyword}` inside of a closure");

    /// <summary>E0284 for a closure parameter only an operator with a literal gave a type (`|x| x + 1` never called).</summary>
    public static Diagnostic ClosureParameterAmbiguous(TextSpan span) =>
        Diagnostic.Error("E0284", "type annotations needed", span)
            .WithHelp("consider giving this closure parameter an explicit type");

    public static Diagnostic BreakOutsideLoop(TextSpan span, string keyword) =>
        Diagnostic.Error("E0268", $"`{keyword}` outside of a loop", span, $"cannot `{keyword}` outside of a loop");

    public static Diagnostic UndeclaredLabel(TextSpan span, string label) =>
        Diagnostic.Error("E0426", $"use of undeclared label `{label}`", span, $"undeclared label `{label}`");

    public static Diagnostic BreakWithValueInNonLoop(TextSpan span, string kind) =>
        Diagnostic.Error("E0571", $"`break` with value from a `{kind}` loop", span, $"can only break with a value inside `loop` or breakable block");

    public static Diagnostic NoMain(TextSpan span, string crate) =>
        Diagnostic.Error("E0601", $"`main` function not found in crate `{crate}`", span, $"consider adding a `main` function to `{crate}`");

    public static Diagnostic DuplicateDefinition(TextSpan span, string name) =>
        Diagnostic.Error("E0428", $"the name `{name}` is defined multiple times", span, $"`{name}` redefined here")
            .WithNote($"`{name}` must be defined only once in the value namespace of this module");

    public static Diagnostic LangItemsAreUnstable(TextSpan span) =>
        Diagnostic.Error("E0658", "lang items are subject to change", span);

    public static Diagnostic UnknownLangItem(TextSpan span, string name) =>
        Diagnostic.Error("E0522", $"definition of an unknown lang item: `{name}`", span, $"definition of unknown lang item `{name}`");

    public static Diagnostic LangItemOnWrongItem(TextSpan span, string name, string target, string actual) =>
        Diagnostic.Error("E0718", $"`{name}` lang item must be applied to a {target}", span,
            $"attribute should be applied to a {target}, not a {actual}");

    public static Diagnostic DuplicateLangItem(TextSpan span, string name, string crate) =>
        Diagnostic.Error("E0152", $"found duplicate lang item `{name}`", span)
            .WithNote("the lang item is first defined in crate `std`")
            .WithNote($"second definition in the local crate (`{crate}`)");

    public static Diagnostic DuplicateType(TextSpan span, string name) =>
        Diagnostic.Error("E0428", $"the name `{name}` is defined multiple times", span, $"`{name}` redefined here")
            .WithNote($"`{name}` must be defined only once in the type namespace of this module");

    public static Diagnostic DuplicateAssociated(TextSpan span, string name) =>
        Diagnostic.Error("E0592", $"duplicate definitions with name `{name}`", span, $"duplicate definitions for `{name}`");

    public static Diagnostic MissingFields(TextSpan span, IReadOnlyList<string> fields, string type) =>
        Diagnostic.Error("E0063", fields.Count == 1
            ? $"missing field `{fields[0]}` in initializer of `{type}`"
            : fields.Count <= 3
                ? $"missing fields {JoinQuoted(fields)} in initializer of `{type}`"
                : $"missing fields {string.Join(", ", fields.Take(3).Select(f => $"`{f}`"))} and {fields.Count - 3} other field{(fields.Count - 3 == 1 ? "" : "s")} in initializer of `{type}`",
            span, fields.Count == 1 ? $"missing `{fields[0]}`" : $"missing {JoinQuoted(fields)}");

    public static Diagnostic UnknownStructField(TextSpan span, string variant, string field, bool isEnumVariant) =>
        Diagnostic.Error("E0560", isEnumVariant ? $"variant `{variant}` has no field named `{field}`" : $"struct `{variant}` has no field named `{field}`", span, isEnumVariant ? "field does not exist" : "unknown field");

    public static Diagnostic DuplicateField(TextSpan span, string field) =>
        Diagnostic.Error("E0062", $"field `{field}` specified more than once", span, "used more than once");

    public static Diagnostic NoVariant(TextSpan span, string type, string name) =>
        Diagnostic.Error("E0599", $"no variant or associated item named `{name}` found for enum `{type}` in the current scope", span, $"variant or associated item not found in `{type}`");

    /// <summary>rustc says "function or associated item" for a path that is called, "associated item" for one used as a value.</summary>
    public static Diagnostic NoAssociatedItem(TextSpan span, string type, string name, bool called = true)
    {
        var what = called ? "function or associated item" : "associated item";
        return Diagnostic.Error("E0599", $"no {what} named `{name}` found for struct `{type}` in the current scope", span, $"{what} not found in `{type}`");
    }

    public static Diagnostic NonExhaustive(TextSpan span, string message, TypeSymbol type) =>
        Diagnostic.Error("E0004", message, span, "pattern" + (message.Contains(" and ", StringComparison.Ordinal) ? "s" : "") + " not covered")
            .WithNote($"the matched value is of type `{type}`");

    public static Diagnostic RefutableLet(TextSpan span, string message) =>
        Diagnostic.Error("E0005", "refutable pattern in local binding", span, message);

    public static Diagnostic RefutableForLoop(TextSpan span, string message, TypeSymbol type) =>
        Diagnostic.Error("E0005", "refutable pattern in `for` loop binding", span, message)
            .WithNote($"the matched value is of type `{type}`");

    public static Diagnostic RefutableParameter(TextSpan span, string message, TypeSymbol type) =>
        Diagnostic.Error("E0005", "refutable pattern in function argument", span, message)
            .WithNote($"the matched value is of type `{type}`");

    /// <summary>`fn f(&amp;self, (a, b): (i32, i32));` in a trait: a parameter of a required method is a name or `_`.</summary>
    public static Diagnostic PatternInFunctionWithoutBody(TextSpan span) =>
        Diagnostic.Error("E0642", "patterns aren't allowed in functions without bodies", span,
            "pattern not allowed in function without body");

    /// <summary>`fn f(mut x: i32);` in a trait: rustc's deny-by-default lint rather than E0642.</summary>
    public static Diagnostic MutInFunctionWithoutBody(TextSpan span, string name) =>
        Diagnostic.Error("patterns_in_fns_without_body", "patterns aren't allowed in functions without bodies", span,
                $"help: remove `mut` from the parameter: `{name}`")
            .WithWarning("this was previously accepted by the compiler but is being phased out; "
                + "it will become a hard error in a future release!")
            .WithNote("for more information, see issue #35203 <https://github.com/rust-lang/rust/issues/35203>")
            .WithNote("`#[deny(patterns_in_fns_without_body)]` (part of `#[deny(future_incompatible)]`) on by default");

    public static Diagnostic UnreachablePattern(TextSpan span) =>
        Diagnostic.Warning("unreachable_patterns", "unreachable pattern", span, "no value can reach this");

    public static Diagnostic MatchArmsIncompatible(TextSpan span, TypeSymbol expected, TypeSymbol found) =>
        Diagnostic.Error("E0308", "`match` arms have incompatible types", span, $"expected `{expected}`, found `{found}`");

    public static Diagnostic PatternMismatch(TextSpan span, TypeSymbol expected, TypeSymbol found) =>
        Diagnostic.Error("E0308", "mismatched types", span, $"expected `{expected}`, found `{found}`");

    public static Diagnostic WrongPatternFieldCount(TextSpan span, int expected, int found, string variant) =>
        Diagnostic.Error("E0023", $"this pattern has {found} field{(found == 1 ? "" : "s")}, but the corresponding tuple variant has {expected} field{(expected == 1 ? "" : "s")}", span, $"expected {expected} field{(expected == 1 ? "" : "s")}, found {found}");

    public static Diagnostic PatternMissingFields(TextSpan span, IReadOnlyList<string> fields, string variant) =>
        Diagnostic.Error("E0027", fields.Count == 1 ? $"pattern does not mention field `{fields[0]}`" : $"pattern does not mention fields {JoinQuoted(fields)}", span, fields.Count == 1 ? $"missing field `{fields[0]}`" : $"missing fields {JoinQuoted(fields)}");

    /// <summary>`(.., x, ..)`: reported at each `..` after the first (kind: tuple, tuple struct, slice).</summary>
    public static Diagnostic RestUsedTwice(TextSpan span, TextSpan previous, string kind) =>
        Diagnostic.Error(null, $"`..` can only be used once per {kind} pattern", span, $"can only be used once per {kind} pattern")
            .WithSecondary(previous, "previously used here");

    public static Diagnostic UnknownPatternField(TextSpan span, string variant, string field) =>
        Diagnostic.Error("E0026", $"struct `{variant}` does not have a field named `{field}`", span, "struct has no field");

    public static Diagnostic ExpectedValueFoundType(TextSpan span, string name) =>
        Diagnostic.Error("E0423", $"expected value, found struct `{name}`", span);

    public static Diagnostic MethodNotMutable(TextSpan span, string name) =>
        Diagnostic.Error("E0596", $"cannot borrow `{name}` as mutable, as it is not declared as mutable", span, "cannot borrow as mutable");

    public static Diagnostic UnresolvedImport(TextSpan span, string path, string label) =>
        Diagnostic.Error("E0432", $"unresolved import `{path}`", span, label);

    public static Diagnostic UnknownStruct(TextSpan span, string name) =>
        Diagnostic.Error("E0422", $"cannot find struct, variant or union type `{name}` in this scope", span, "not found in this scope");

    public static Diagnostic WrongMethodArgumentCount(TextSpan span, int expected, int found) =>
        Diagnostic.Error("E0061", $"this method takes {Plural(expected, "argument")} but {Plural(found, "argument")} {(found == 1 ? "was" : "were")} supplied", span);

    public static Diagnostic AssignToImmutablePlace(TextSpan span, string place, string name) =>
        Diagnostic.Error("E0594", $"cannot assign to `{place}`, as `{name}` is not declared as mutable", span, "cannot assign");

    public static Diagnostic CannotAddTypes(TextSpan span, string verb, string op, TypeSymbol left, TypeSymbol right, string trait) =>
        Diagnostic.Error("E0277", verb, span, $"no implementation for `{left} {op} {right}`")
            .WithHelp($"the trait `{trait}<{right}>` is not implemented for `{left}`");

    public static Diagnostic ExplicitDestructorCall(TextSpan span) =>
        Diagnostic.Error("E0040", "explicit use of destructor method", span, "explicit destructor calls not allowed")
            .WithHelp("consider using `drop` function");

    public static Diagnostic DropOnForeignType(TextSpan span) =>
        Diagnostic.Error("E0120", "the `Drop` trait may only be implemented for local structs, enums, and unions", span, "must be a struct, enum, or union in the current crate");

    public static Diagnostic SpecializedDropImpl(TextSpan span, TypeSymbol argument) =>
        Diagnostic.Error("E0366", "`Drop` impls cannot be specialized", span)
            .WithNote(argument is TypeParameterType ? $"`{argument}` is mentioned multiple times" : $"`{argument}` is not a generic parameter");

    public static Diagnostic CopyNotAllowed(TextSpan span) =>
        Diagnostic.Error("E0204", "the trait `Copy` cannot be implemented for this type", span);

    /// <summary>A derived impl whose field's type lacks the trait, worded as rustc words the error inside the derive's expansion.</summary>
    /// <param name="inEnum">An enum's derive compares fields bound by reference (`&amp;Point`), a struct's the fields themselves.</param>
    public static Diagnostic DeriveFieldMissingTrait(TextSpan span, TypeSymbol field, LangItem derive, bool inEnum) => derive switch
    {
        LangItem.PartialEq => Diagnostic.Error("E0369", $"binary operation `==` cannot be applied to type `{(inEnum ? "&" : "")}{field}`", span),
        LangItem.PartialOrd => Diagnostic.Error("E0277", $"can't compare `{field}` with `_`", span),
        LangItem.Debug => Diagnostic.Error("E0277", $"`{field}` doesn't implement `Debug`", span),
        _ => Diagnostic.Error("E0277", $"the trait bound `{field}: {derive}` is not satisfied", span),
    };

    public static Diagnostic CopyWithDestructor(TextSpan span) =>
        Diagnostic.Error("E0184", "the trait `Copy` cannot be implemented for this type; the type has a destructor", span, "`Copy` not allowed on types with destructors");

    public static Diagnostic CastToBool(TextSpan span, TypeSymbol from) =>
        Diagnostic.Error("E0054", $"cannot cast `{from}` as `bool`", span, "unsupported cast")
            .WithHelp($"compare with zero instead: `{{expr}} != 0`");

    public static Diagnostic WrongGenericCount(TextSpan span, string kind, int expected, int found) =>
        Diagnostic.Error("E0107", $"{kind} takes {expected} generic argument{(expected == 1 ? "" : "s")} but {found} generic argument{(found == 1 ? " was" : "s were")} supplied", span, $"expected {expected} generic argument{(expected == 1 ? "" : "s")}");

    public static Diagnostic WrongFunctionGenericCount(TextSpan span, int expected, int found) =>
        Diagnostic.Error("E0107", $"function takes {expected} generic argument{(expected == 1 ? "" : "s")} but {found} generic argument{(found == 1 ? " was" : "s were")} supplied", span, $"expected {expected} generic argument{(expected == 1 ? "" : "s")}");

    /// <summary>A turbofish on a function with `impl Trait` parameters: only its named parameters can be given.</summary>
    public static Diagnostic WrongFunctionGenericCountWithImplTrait(TextSpan span, int expected, int found) =>
        WrongFunctionGenericCount(span, expected, found).WithNote("`impl Trait` cannot be explicitly specified as a generic argument");

    /// <summary>E0562: `impl Trait` outside a function's parameter and return types, in rustc's words for the position.</summary>
    public static Diagnostic ImplTraitNotAllowed(TextSpan span, string position) =>
        Diagnostic.Error("E0562", $"`impl Trait` is not allowed in {position}", span)
            .WithNote("`impl Trait` is only allowed in arguments and return types of functions and methods");

    public static Diagnostic NestedImplTrait(TextSpan span, TextSpan outer) =>
        Diagnostic.Error("E0666", "nested `impl Trait` is not allowed", span, "nested `impl Trait` here")
            .WithSecondary(outer, "outer `impl Trait`");

    /// <summary>E0277 at `-> impl Shape` whose body returns a type without the trait.</summary>
    public static Diagnostic HiddenTypeNotImplemented(TextSpan span, TypeSymbol hidden, TraitRef trait, TextSpan returned) =>
        TraitNotImplemented(span, hidden, trait).WithSecondary(returned, $"return type was inferred to be `{hidden}` here");

    /// <summary>E0720: opaque types whose hidden types are each other (`fn g() -> impl Shape { h() }` and `h` returning `g()`).</summary>
    public static Diagnostic RecursiveOpaqueType(TextSpan span) =>
        Diagnostic.Error("E0720", "cannot resolve opaque type", span, "recursive opaque type");

    public static Diagnostic UnknownTraitItem(TextSpan span, string trait, string name) =>
        Diagnostic.Error("E0576", $"cannot find method or associated constant `{name}` in trait `{trait}`", span, "not found in `" + trait + "`");

    public static Diagnostic UnknownTrait(TextSpan span, string name) =>
        Diagnostic.Error("E0405", $"cannot find trait `{name}` in this scope", span, "not found in this scope");

    /// <summary>E0277 for an unmet `PartialEq` bound (`[Opaque]::contains`), worded as rustc words it.</summary>
    public static Diagnostic CannotCompare(TextSpan span, TypeSymbol type, TypeSymbol other) =>
        Diagnostic.Error("E0277", $"can't compare `{type}` with `{other}`", span, $"no implementation for `{type} == {other}`")
            .WithHelp($"the trait `PartialEq` is not implemented for `{type}`");

    public static Diagnostic TraitNotImplemented(TextSpan span, TypeSymbol type, TraitRef trait) =>
        Diagnostic.Error("E0277", $"the trait bound `{type}: {trait}` is not satisfied", span, $"the trait `{trait}` is not implemented for `{type}`");

    public static Diagnostic MissingTraitItems(TextSpan span, IReadOnlyList<string> missing) =>
        Diagnostic.Error("E0046", $"not all trait items implemented, missing: {string.Join(", ", missing.Select(m => $"`{m}`"))}", span, $"missing {string.Join(", ", missing.Select(m => $"`{m}`"))} in implementation");

    public static Diagnostic InherentImplOfPrimitive(TextSpan span) =>
        Diagnostic.Error("E0390", "cannot define inherent `impl` for primitive types", span)
            .WithHelp("consider using an extension trait instead");

    public static Diagnostic ConflictingImpls(TextSpan span, TraitRef trait, TypeSymbol type) =>
        Diagnostic.Error("E0119", $"conflicting implementations of trait `{trait}` for type `{type}`", span, $"conflicting implementation for `{type}`");

    public static Diagnostic AssociatedTypeNotFound(TextSpan span, string name, string owner) =>
        Diagnostic.Error("E0220", $"associated type `{name}` not found for `{owner}`", span, $"associated type `{name}` not found");

    public static Diagnostic AssociatedTypeNotInTrait(TextSpan span, string name, string trait) =>
        Diagnostic.Error("E0576", $"cannot find associated type `{name}` in trait `{trait}`", span, "not found in `" + trait + "`");

    public static Diagnostic NotATraitConst(TextSpan span, string name, string trait) =>
        Diagnostic.Error("E0438", $"const `{name}` is not a member of trait `{trait}`", span, $"not a member of trait `{trait}`");

    public static Diagnostic NotATraitAssociatedType(TextSpan span, string name, string trait) =>
        Diagnostic.Error("E0437", $"type `{name}` is not a member of trait `{trait}`", span, $"not a member of trait `{trait}`");

    /// <summary>`where C: Container&lt;Item = u8&gt;` met by an impl whose `Item` is another type.</summary>
    public static Diagnostic AssociatedTypeMismatch(TextSpan span, TypeSymbol projection, TypeSymbol expected) =>
        Diagnostic.Error("E0271", $"type mismatch resolving `{projection} == {expected}`", span, $"type mismatch resolving `{projection} == {expected}`");

    /// <summary>`dyn Container` for a trait with an associated type the object type must fix.</summary>
    public static Diagnostic DynAssociatedTypeUnspecified(TextSpan span, string name, string trait) =>
        Diagnostic.Error("E0191", $"the value of the associated type `{name}` in `{trait}` must be specified", span);

    public static Diagnostic NotATraitMember(TextSpan span, string name, string trait) =>
        Diagnostic.Error("E0407", $"method `{name}` is not a member of trait `{trait}`", span, $"not a member of trait `{trait}`");

    /// <summary>`fn f();` outside a trait: the span runs up to the `;`, which carries the help (as rustc's does).</summary>
    public static Diagnostic FunctionWithoutBody(TextSpan span, TextSpan semicolon, bool inImpl) =>
        Diagnostic.Error(null, inImpl ? "associated function in `impl` without body" : "free function without a body", span)
            .WithSecondary(semicolon, "help: provide a definition for the function: `{ <body> }`");

    /// <summary>
    /// Where the trait method is: its span in the program (a secondary label), or, for a trait of the
    /// standard library (the prelude, not in the program's file), its signature in a note, as rustc
    /// writes it for a trait of another crate.
    /// </summary>
    public sealed record TraitMethodSite(TextSpan? Span, string Signature);

    private static Diagnostic WithTraitSite(Diagnostic d, TraitMethodSite site, string method, string label) =>
        site.Span is { } span ? d.WithSecondary(span, label) : d.WithNote($"`{method}` from trait: `{site.Signature}`");

    public static Diagnostic SelfInTraitNotInImpl(TextSpan span, TraitMethodSite site, string method, string self) =>
        WithTraitSite(Diagnostic.Error("E0186", $"method `{method}` has a `{self}` declaration in the trait, but not in the impl", span, $"expected `{self}` in impl"),
            site, method, $"`{self}` used in trait");

    public static Diagnostic SelfInImplNotInTrait(TextSpan span, TraitMethodSite site, string method, string self) =>
        WithTraitSite(Diagnostic.Error("E0185", $"method `{method}` has a `{self}` declaration in the impl, but not in the trait", span, $"`{self}` used in impl"),
            site, method, $"trait method declared without `{self}`");

    public static Diagnostic TraitParameterCount(TextSpan span, TraitMethodSite site, string method, string traitMethod, int found, int expected) =>
        WithTraitSite(Diagnostic.Error("E0050", $"method `{method}` has {Plural(found, "parameter")} but the declaration in trait `{traitMethod}` has {expected}", span,
                $"expected {Plural(expected, "parameter")}, found {found}"),
            site, method, $"trait requires {Plural(expected, "parameter")}");

    public static Diagnostic IncompatibleTraitMethod(TextSpan span, string method, TypeSymbol expected, TypeSymbol found, string expectedSignature, string foundSignature) =>
        Diagnostic.Error("E0053", $"method `{method}` has an incompatible type for trait", span,
                expected is ReferenceType e && found is ReferenceType f && e.Referent == f.Referent ? "types differ in mutability" : $"expected `{expected}`, found `{found}`")
            .WithNote($"expected signature `{expectedSignature}`\n              found signature `{foundSignature}`");

    /// <summary>
    /// One error per cycle of types. rustc marks every type header as primary; ours has one primary
    /// span, so the other headers are secondary.
    /// </summary>
    public static Diagnostic InfiniteSize(IReadOnlyList<TextSpan> headers, IEnumerable<TextSpan> fields, IReadOnlyList<string> names)
    {
        var message = names.Count == 1
            ? $"recursive type `{names[0]}` has infinite size"
            : $"recursive types {Listify(names.Select(n => $"`{n}`").ToList())} have infinite size";
        var diagnostic = Diagnostic.Error("E0072", message, headers[0]);
        foreach (var header in headers.Skip(1)) diagnostic = diagnostic.WithSecondary(header, "");
        foreach (var field in fields) diagnostic = diagnostic.WithSecondary(field, "recursive without indirection");
        return diagnostic.WithHelp("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
    }

    private static string Listify(IReadOnlyList<string> items) =>
        $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    public static Diagnostic RecursionLimit(TextSpan span, string instance) =>
        Diagnostic.Error(null, $"reached the recursion limit while instantiating `{instance}`", span);

    public static Diagnostic MethodBoundsNotSatisfied(TextSpan span, string method, TypeSymbol type) =>
        Diagnostic.Error("E0599", $"the method `{method}` exists for {(type is AdtType { Adt.IsEnum: true } ? "enum" : "struct")} `{type}`, but its trait bounds were not satisfied", span, "method cannot be called due to unsatisfied trait bounds");

    /// <summary>`write!(x, …)` where `x` has no `write_fmt` (neither a `Formatter` nor a `fmt::Write`/`io::Write`).</summary>
    public static Diagnostic CannotWriteInto(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0599", $"cannot write into `{type}`", span, $"method not found in `{type}`")
            .WithNote("must implement `io::Write`, `fmt::Write`, or have a `write_fmt` method");

    /// <summary>`write!(x, …)` with `x` an integer or float literal's variable, whose type is not known yet.</summary>
    public static Diagnostic AmbiguousNumericWrite(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0689", $"can't call method `write_fmt` on ambiguous numeric type `{type}`", span);

    /// <summary>`q.to_string()` of a type without Display: rustc names the missing trait, not the method.</summary>
    public static Diagnostic MethodNeedsDisplay(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0599", $"`{type}` doesn't implement `std::fmt::Display`", span, $"method cannot be called on `{type}` due to unsatisfied trait bounds");

    public static Diagnostic MissingGenerics(TextSpan span, string kind, string name, int expected) =>
        Diagnostic.Error("E0107", $"missing generics for {kind} `{name}`", span, $"expected {expected} generic argument{(expected == 1 ? "" : "s")}");

    public static Diagnostic InvalidCast(TextSpan span, TypeSymbol from, TypeSymbol to) =>
        Diagnostic.Error("E0606", $"casting `{from}` as `{to}` is invalid", span);

    public static Diagnostic NonPrimitiveCast(TextSpan span, TypeSymbol from, TypeSymbol to) =>
        Diagnostic.Error("E0605", $"non-primitive cast: `{from}` as `{to}`", span, "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");

    public static Diagnostic OnlyU8ToChar(TextSpan span, TypeSymbol from) =>
        Diagnostic.Error("E0604", $"only `u8` can be cast as `char`, not `{from}`", span, "invalid cast");

    public static Diagnostic CannotIndex(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0608", $"cannot index into a value of type `{type}`", span);

    public static Diagnostic NoField(TextSpan span, string field, TypeSymbol type) =>
        Diagnostic.Error("E0609", $"no field `{field}` on type `{type}`", span, "unknown field");

    public static Diagnostic PrivateField(TextSpan span, string field, string structName) =>
        Diagnostic.Error("E0616", $"field `{field}` of struct `{structName}` is private", span, "private field");

    public static Diagnostic PrimitiveHasNoFields(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0610", $"`{type}` is a primitive type and therefore doesn't have fields", span);

    /// <summary>E0599 on a reference receiver, which rustc names as such (`&amp;dyn Shape`).</summary>
    /// <summary>E0599 names the receiver as written, by its kind: `struct Box&lt;dyn Shape&gt;`, `enum E`, `reference &amp;S`, `type i32`.</summary>
    public static Diagnostic NoMethod(TextSpan span, string method, TypeSymbol receiver)
    {
        var kind = receiver switch
        {
            ReferenceType => "reference",
            RawPointerType => "raw pointer",
            TypeParameterType => "type parameter",
            OpaqueType => "opaque type",
            AdtType { Adt.IsEnum: true } => "enum",
            AdtType => "struct",
            _ => "type",
        };
        return Diagnostic.Error("E0599", $"no method named `{method}` found for {kind} `{receiver}` in the current scope", span, $"method not found in `{receiver}`");
    }

    public static Diagnostic LiteralOutOfRange(TextSpan span, TypeSymbol type, string literal) =>
        Diagnostic.Error("overflowing_literals", $"literal out of range for `{type}`", span)
            .WithNote($"the literal `{literal}` does not fit into the type `{type}` whose range is `{RangeOf(type)}`");

    /// <summary>E0277 at the head of a `for` that is neither an iterator nor `IntoIterator`, as rustc words it.</summary>
    public static Diagnostic NotAnIterator(TextSpan span, TypeSymbol type, bool isInteger)
    {
        var error = Diagnostic.Error("E0277", $"`{type}` is not an iterator", span, $"`{type}` is not an iterator")
            .WithHelp($"the trait `Iterator` is not implemented for `{type}`");
        if (isInteger)
            error = error.WithNote("if you want to iterate between `start` until a value `end`, use the exclusive range syntax `start..end` or the inclusive range syntax `start..=end`");
        return error.WithNote($"required for `{type}` to implement `IntoIterator`");
    }

    public static Diagnostic NotDisplay(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0277", $"`{type}` doesn't implement `std::fmt::Display`", span, $"`{type}` cannot be formatted with the default formatter");

    public static Diagnostic NotDebug(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0277", $"`{type}` doesn't implement `Debug`", span, $"`{type}` cannot be formatted using `{{:?}}`");

    public static Diagnostic FormatNotLiteral(TextSpan span) =>
        Diagnostic.Error(null, "format argument must be a string literal", span);

    public static Diagnostic FormatError(TextSpan span, string message, string label = "") =>
        Diagnostic.Error(null, message, span, label);

    public static Diagnostic ArgumentNeverUsed(TextSpan span) =>
        Diagnostic.Error(null, "argument never used", span, "argument never used");

    /// <summary>
    /// E0282 (E0283 when the parameter has bounds, which rustc then cannot satisfy):
    /// "cannot infer type of the type parameter `T` declared on the function `f`".
    /// </summary>
    public static Diagnostic CannotInferTypeParameter(TextSpan span, GenericParameterSymbol parameter, string function)
    {
        var error = Diagnostic.Error(parameter.Bounds.IsEmpty ? "E0282" : "E0283", "type annotations needed", span,
            $"cannot infer type of the type parameter `{parameter.Name}` declared on the function `{function}`");
        return parameter.Bounds.IsEmpty ? error : error.WithNote($"cannot satisfy `_: {parameter.Bounds[0]}`");
    }

    /// <summary>E0081: two variants of an enum with the same discriminant (a switch on the enum could not tell them apart).</summary>
    public static Diagnostic DiscriminantAssignedTwice(TextSpan enumSpan, long value, TextSpan first, TextSpan second) =>
        Diagnostic.Error("E0081", $"discriminant value `{value}` assigned more than once", enumSpan)
            .WithSecondary(first, $"`{value}` assigned here").WithSecondary(second, $"`{value}` assigned here");

    /// <summary>`!` written anywhere but a function's return type (rustc's `never_type` feature).</summary>
    public static Diagnostic NeverTypeExperimental(TextSpan span) =>
        Diagnostic.Error("E0658", "the `!` type is experimental", span);

    /// <summary>E0282 for a struct or variant whose type argument nothing determined (`None` printed with `{:?}`).</summary>
    public static Diagnostic CannotInferAdtParameter(TextSpan span, GenericParameterSymbol parameter, AdtSymbol adt) =>
        Diagnostic.Error("E0282", "type annotations needed", span,
            $"cannot infer type of the type parameter `{parameter.Name}` declared on the {(adt.IsEnum ? "enum" : "struct")} `{adt.Name}`");

    /// <summary>E0282 for an operand whose type nothing determined when a construct needs it (`x?`).</summary>
    public static Diagnostic TypeAnnotationsNeeded(TextSpan span) =>
        Diagnostic.Error("E0282", "type annotations needed", span);

    /// <summary>E0282 for a `let` whose type has a part nothing determined: "type annotations needed for `Option&lt;_&gt;`".</summary>
    public static Diagnostic CannotInferLetType(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0282", $"type annotations needed for `{type}`", span);

    /// <summary>
    /// A construct of Rust that ToyRust does not implement yet (docs/language.md lists them): not
    /// an error in the program, so no rustc code. <paramref name="what"/> names it: "`Vec`", "closures".
    /// </summary>
    /// <summary>E0038 at a `dyn Trait` whose trait (or a supertrait) has a method that cannot go in a vtable.</summary>
    internal static Diagnostic NotDynCompatible(TextSpan span, TraitSymbol trait, IReadOnlyList<DynViolation> violations)
    {
        var d = Diagnostic.Error("E0038", $"the trait `{trait.Name}` is not dyn compatible", span, $"`{trait.Name}` is not dyn compatible");
        foreach (var owner in violations.Select(v => v.Trait).Distinct())
        {
            if (owner.Declaration is { } declaration) d = d.WithSecondary(declaration.Name.Span, "this trait is not dyn compatible...");
        }
        foreach (var v in violations) d = d.WithSecondary(v.Span, v.Label);
        return d.WithNote("for a trait to be dyn compatible it needs to allow building a vtable\n"
            + "           for more information, visit <https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>");
    }

    /// <summary>E0277 for a value of a trait object type, which has no size known at compile time.</summary>
    public static Diagnostic NotSized(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0277", $"the size for values of type `{type}` cannot be known at compilation time", span, "doesn't have a size known at compile-time")
            .WithHelp($"the trait `Sized` is not implemented for `{type}`");

    /// <summary>E0277 at an unsizing coercion `&amp;T` → `&amp;dyn Trait` where T does not implement the trait.</summary>
    public static Diagnostic UnsizeNotImplemented(TextSpan span, TypeSymbol type, TraitRef trait, TypeSymbol from, TypeSymbol to) =>
        Diagnostic.Error("E0277", $"the trait bound `{type}: {trait}` is not satisfied", span, "unsatisfied trait bound")
            .WithHelp($"the trait `{trait}` is not implemented for `{type}`")
            .WithNote($"required for the cast from `{from}` to `{to}`");

    public static Diagnostic UnknownDeriveMacro(TextSpan span, string name) =>
        Diagnostic.Error(null, $"cannot find derive macro `{name}` in this scope", span);

    /// <summary>E0277 at `x?` whose operand's type has no `Try` impl (`Try`'s `rustc_on_unimplemented`).</summary>
    public static Diagnostic NotTry(TextSpan span, TypeSymbol type, TypeSymbol? implementedFor)
    {
        var error = Diagnostic.Error("E0277", "the `?` operator can only be applied to values that implement `Try`", span, $"the `?` operator cannot be applied to type `{type}`")
            .WithHelp($"the nightly-only, unstable trait `Try` is not implemented for `{type}`");
        return implementedFor is null ? error : error.WithHelp($"the trait `Try` is implemented for `{implementedFor}`");
    }

    /// <summary>
    /// E0277 at the `?` of `x?` in a function whose return type takes no such residual:
    /// `FromResidual`'s `rustc_on_unimplemented`, which words it by the kinds of the two types
    /// (<paramref name="returnKind"/> and <paramref name="residualKind"/> are `Option`, `Result`,
    /// `ControlFlow` or null). The signature is the parent label's.
    /// </summary>
    public static Diagnostic TryIncompatibleReturn(TextSpan span, TextSpan signature, string context, TypeSymbol ret, TypeSymbol residual,
        LangItem? returnKind, LangItem? residualKind)
    {
        var incompatible = $"this `?` produces `{residual}`, which is incompatible with `{ret}`";
        var (message, label, parent) = (returnKind, residualKind) switch
        {
            (LangItem.Result, LangItem.Option) => (
                $"the `?` operator can only be used on `Result`s, not `Option`s, in {context} that returns `Result`",
                $"use `.ok_or(...)?` to provide an error compatible with `{ret}`", "this function returns a `Result`"),
            (LangItem.Result, _) => ($"the `?` operator can only be used on `Result`s in {context} that returns `Result`",
                incompatible, "this function returns a `Result`"),
            (LangItem.Option, LangItem.Result) => (
                $"the `?` operator can only be used on `Option`s, not `Result`s, in {context} that returns `Option`",
                $"use `.ok()?` if you want to discard the `{residual}` error information", "this function returns an `Option`"),
            (LangItem.Option, _) => ($"the `?` operator can only be used on `Option`s in {context} that returns `Option`",
                incompatible, "this function returns an `Option`"),
            (LangItem.ControlFlow, LangItem.ControlFlow) => (
                $"the `?` operator in {context} that returns `ControlFlow<B, _>` can only be used on other `ControlFlow<B, _>`s (with the same Break type)",
                incompatible, "this function returns a `ControlFlow`"),
            (LangItem.ControlFlow, _) => ($"the `?` operator can only be used on `ControlFlow`s in {context} that returns `ControlFlow`",
                incompatible, "this function returns a `ControlFlow`"),
            _ => ($"the `?` operator can only be used in {context} that returns `Result` or `Option` (or another type that implements `FromResidual`)",
                $"cannot use the `?` operator in {context} that returns `{ret}`", "this function should return `Result` or `Option` to accept `?`"),
        };
        var error = Diagnostic.Error("E0277", message, span, label).WithSecondary(signature, parent);
        if (returnKind != LangItem.ControlFlow || ret is not AdtType { Arguments.Count: 2 } flow) return error;
        // rustc: the impl of `FromResidual` that `ControlFlow<B, C>` does have, and how the residual
        // differs from it (only the `Break` types when both are `ControlFlow`s, the rest elided).
        var (wanted, found, expected, actual) = residualKind == LangItem.ControlFlow && residual is AdtType { Arguments.Count: 2 } other
            ? ($"ControlFlow<{other.Arguments[0]}, _>", $"ControlFlow<{flow.Arguments[0]}, _>", flow.Arguments[0].ToString(), other.Arguments[0].ToString())
            : (residual.ToString(), $"ControlFlow<{flow.Arguments[0]}, Infallible>", $"ControlFlow<{flow.Arguments[0]}, Infallible>", residual.ToString());
        if (residualKind == LangItem.ControlFlow) error = error.WithNote("unlike `Result`, there's no `From`-conversion performed for `ControlFlow`");
        return error.WithHelp($"the trait `FromResidual<{wanted}>` is not implemented for `{ret}`\n      but trait `FromResidual<{found}>` is implemented for it")
            .WithHelp($"for that trait implementation, expected `{expected}`, found `{actual}`");
    }

    /// <summary>
    /// E0277 at the `?` of `x?` on a `Result&lt;_, E&gt;` in a function returning `Result&lt;_, F&gt;` with no
    /// `impl From&lt;E&gt; for F` (rustc's own message for the `From` of `?`). <paramref name="local"/> is F
    /// when the program declares it: rustc then notes that it needs the impl.
    /// </summary>
    public static Diagnostic TryCannotConvertError(TextSpan span, TypeSymbol target, TypeSymbol source, TextSpan returnType, TextSpan operand,
        TypeSymbol? local, IReadOnlyList<TypeSymbol> convertedFrom)
    {
        var error = Diagnostic.Error("E0277", $"`?` couldn't convert the error to `{target}`", span, $"the trait `From<{source}>` is not implemented for `{target}`")
            .WithSecondary(returnType, $"expected `{target}` because of this")
            .WithSecondary(operand, $"this can't be annotated with `?` because it has type `Result<_, {source}>`");
        if (local is not null) error = error.WithNote($"`{target}` needs to implement `From<{source}>`");
        error = error.WithNote("the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait");
        // rustc names the one conversion there is (with several, it lists them).
        if (convertedFrom is not [var other]) return error;
        return error.WithHelp($"the trait `From<{source}>` is not implemented for `{target}`\n      but trait `From<{other}>` is implemented for it")
            .WithHelp($"for that trait implementation, expected `{other}`, found `{source}`");
    }

    /// <summary>E0525: a closure of a weaker kind where a stronger `Fn*` trait is required.</summary>
    public static Diagnostic ClosureKindMismatch(TextSpan span, ClosureKind wanted, ClosureKind actual) =>
        Diagnostic.Error("E0525", $"expected a closure that implements the `{wanted}` trait, but this closure only implements `{actual}`", span,
            $"this closure implements `{actual}`, not `{wanted}`");

    /// <summary>E0507: a closure whose kind is `Fn` or `FnMut` (from its expected bound) moves a capture out.</summary>
    public static Diagnostic MoveOutOfCapture(TextSpan span, string place, ClosureKind kind) =>
        Diagnostic.Error("E0507", $"cannot move out of `{place}`, a captured variable in an `{kind}` closure", span, "move occurs here");

    /// <summary>
    /// E0594 (an assignment) or E0596 (a mutable borrow) of a capture in an `Fn` closure. Through
    /// an index rustc words it as the closure's rule, not the variable's.
    /// </summary>
    public static Diagnostic MutateCapture(TextSpan span, string place, bool assigns, bool direct)
    {
        var what = assigns ? $"cannot assign to `{place}`" : $"cannot borrow `{place}` as mutable";
        var why = direct ? "as it is a captured variable in a `Fn` closure" : "as `Fn` closures cannot mutate their captured variables";
        return Diagnostic.Error(assigns ? "E0594" : "E0596", $"{what}, {why}", span, assigns ? "cannot assign" : "cannot borrow as mutable");
    }

    /// <summary>E0161: a value of an unsized type moved (a `dyn FnOnce` called behind a reference).</summary>
    public static Diagnostic MoveUnsized(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0161", $"cannot move a value of type `{type}`", span, $"the size of `{type}` cannot be statically determined");

    /// <summary>E0507: calling an `FnOnce` behind a reference moves it out.</summary>
    public static Diagnostic MoveOutOfReferenceByCall(TextSpan span, string place, string behind, TypeSymbol type) =>
        Diagnostic.Error("E0507", $"cannot move out of `{place}` which is behind a {behind} reference", span, $"`{place}` moved due to this call")
            .WithNote($"move occurs because `{place}` has type `{type}`, which does not implement the `Copy` trait");

    /// <summary>E0631: a closure's written parameter types are not those the `Fn*` bound expects.</summary>
    public static Diagnostic ClosureArgumentsMismatch(TextSpan span, TupleType expected, TupleType found) =>
        Diagnostic.Error("E0631", "type mismatch in closure arguments", span, "expected due to this")
            .WithNote($"expected closure signature `fn({string.Join(", ", expected.Elements)}) -> _`\n           found closure signature `fn({string.Join(", ", found.Elements)}) -> _`");

    /// <summary>E0308: a function item or pointer whose signature is not the expected `fn` pointer's.</summary>
    public static Diagnostic MismatchedFnPointer(TextSpan span, FunctionType expected, TypeSymbol found, string foundKind) =>
        Diagnostic.Error("E0308", "mismatched types", span, FnPointerMismatchLabel(expected, found, foundKind))
            .WithNote($"expected fn pointer `{expected}`\n{new string(' ', 24 - foundKind.Length)}found {foundKind} `{found}`");

    /// <summary>Two pointers are labelled with their first part that differs (`expected `i64`, found `i32``), as rustc does.</summary>
    private static string FnPointerMismatchLabel(FunctionType expected, TypeSymbol found, string foundKind)
    {
        if (found is not FunctionType pointer || pointer.Parameters.Count != expected.Parameters.Count) return $"expected fn pointer, found {foundKind}";
        var parts = expected.Parameters.Append(expected.Return).Zip(pointer.Parameters.Append(pointer.Return));
        var differing = parts.FirstOrDefault(p => p.First != p.Second);
        return differing.First is null ? $"expected fn pointer, found {foundKind}" : $"expected `{differing.First}`, found `{differing.Second}`";
    }

    /// <summary>E0308: a closure that captures a variable cannot be a `fn` pointer.</summary>
    public static Diagnostic CapturingClosureToFnPointer(TextSpan span, FunctionType expected, TypeSymbol found, string captured) =>
        Diagnostic.Error("E0308", "mismatched types", span, "expected fn pointer, found closure")
            .WithNote($"expected fn pointer `{expected}`\n                 found closure `{found}`")
            .WithNote($"closures can only be coerced to `fn` types if they do not capture any variables (`{captured}` is captured)");

    /// <summary>E0631: a function item's parameter types are not those the `Fn*` bound expects.</summary>
    public static Diagnostic FunctionArgumentsMismatch(TextSpan span, TupleType expected, TupleType found) =>
        Diagnostic.Error("E0631", "type mismatch in function arguments", span, "expected due to this")
            .WithNote($"expected function signature `fn({string.Join(", ", expected.Elements)}) -> _`\n              found function signature `fn({string.Join(", ", found.Elements)}) -> _`");

    /// <summary>E0593: a function item with another number of parameters than the `Fn*` bound's.</summary>
    public static Diagnostic FunctionArgumentCount(TextSpan span, int expected, int found) =>
        Diagnostic.Error("E0593", $"function is expected to take {Plural(expected, "argument")}, but it takes {Plural(found, "argument")}", span,
            $"expected function that takes {Plural(expected, "argument")}");

    public static Diagnostic WrongClosureArgumentCount(TextSpan span, int expected, int found) =>
        Diagnostic.Error("E0057", $"this function takes {Plural(expected, "argument")} but {Plural(found, "argument")} {(found == 1 ? "was" : "were")} supplied", span);

    /// <summary>E0618: `x(1)` where `x` is a number, a struct, a tuple…</summary>
    public static Diagnostic ExpectedFunction(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0618", $"expected function, found `{type}`", span, "call expression requires function");

    /// <summary>E0282 for a closure parameter whose type nothing decided.</summary>
    public static Diagnostic CannotInferClosureParameter(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0282", "type annotations needed", span)
            .WithHelp($"consider giving this closure parameter an explicit type");

    public static Diagnostic ParenthesizedArgumentsOnNonFnTrait(TextSpan span) =>
        Diagnostic.Error("E0214", "parenthesized type parameters may only be used with a `Fn` trait", span, "only `Fn` traits may use parentheses");

    /// <summary>
    /// E0373: a returned closure borrows a local. rustc's note ("closure is returned here") and its
    /// `move` suggestion have spans of their own; they are printed as `= note:`/`= help:` lines.
    /// </summary>
    public static Diagnostic ClosureMayOutliveFunction(BoundClosure closure, LocalSymbol local, TextSpan use) =>
        Diagnostic.Error("E0373", $"closure may outlive the current function, but it borrows `{local.Name}`, which is owned by the current function",
                closure.Closure.Span, $"may outlive borrowed value `{local.Name}`")
            .WithSecondary(use, $"`{local.Name}` is borrowed here")
            .WithNote("closure is returned here")
            .WithHelp($"to force the closure to take ownership of `{local.Name}` (and any other referenced variables), use the `move` keyword");

    public static Diagnostic UnsupportedFeature(TextSpan span, string what) =>
        Diagnostic.Error(null, $"ToyRust does not support {what} yet", span);

    /// <summary>E0277 for a `main` whose return type does not implement `Termination` (`()`, `!`, `Result&lt;(), E: Debug&gt;`).</summary>
    public static Diagnostic InvalidMainReturnType(TextSpan span, TypeSymbol type) =>
        Diagnostic.Error("E0277", $"`main` has invalid return type `{type}`", span, "`main` can only return types that implement `Termination`")
            .WithHelp("consider using `()`, or a `Result`");

    /// <summary>E0277 for `fn main() -> Result&lt;(), E&gt;` whose `E` is not `Debug` (what `Termination` prints an error with).</summary>
    public static Diagnostic MainErrorNotDebug(TextSpan span, TypeSymbol type, TypeSymbol error, bool isLocal)
    {
        var diagnostic = Diagnostic.Error("E0277", $"`{error}` doesn't implement `Debug`", span, $"the trait `Debug` is not implemented for `{error}`");
        if (isLocal) diagnostic = diagnostic.WithNote($"add `#[derive(Debug)]` to `{error}` or manually `impl Debug for {error}`");
        return diagnostic.WithNote($"required for `{type}` to implement `Termination`");
    }

    /// <summary>E0580 for `unsafe fn main()`: ToyRust's `main` takes nothing and returns `()`, so the signatures are these.</summary>
    public static Diagnostic UnsafeMain(TextSpan span) =>
        Diagnostic.Error("E0580", "`main` function has wrong type", span, "expected safe fn, found unsafe fn")
            .WithNote("expected signature `fn()`\n             found signature `unsafe fn()`");

    /// <summary>A program naming `std::intrinsics::…`, which only the prelude may use.</summary>
    public static Diagnostic UnstableIntrinsics(TextSpan span) =>
        Diagnostic.Error("E0658", "use of unstable library feature `core_intrinsics`: intrinsics are unlikely to ever be stabilized, "
            + "instead they should be used through stabilized interfaces in the rest of the standard library", span);

    public static Diagnostic DerefOfRawPointer(TextSpan span) =>
        Diagnostic.Error("E0133", "dereference of raw pointer is unsafe and requires unsafe function or block", span, "dereference of raw pointer")
            .WithNote("raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior");

    /// <summary>E0133 for a call; <paramref name="name"/> is the callee's path as rustc prints it (<see cref="UnsafeCalleeName"/>).</summary>
    public static Diagnostic CallToUnsafeFunction(TextSpan span, string name) =>
        Diagnostic.Error("E0133", $"call to unsafe function `{name}` is unsafe and requires unsafe function or block", span, "call to unsafe function")
            .WithNote("consult the function's documentation for information on how to avoid undefined behavior");

    /// <summary>
    /// rustc's path of an unsafe callee: `danger`, `Meter::raw`, `std::ptr::read`, and for the
    /// prelude's raw pointer methods the module of std's impl (`std::ptr::mut_ptr::&lt;impl *mut T&gt;::add`).
    /// </summary>
    public static string UnsafeCalleeName(FunctionSymbol function) => function switch
    {
        { ImplSelfType: RawPointerType p } => $"std::ptr::{(p.IsMutable ? "mut_ptr" : "const_ptr")}::<impl {p}>::{function.Name}",
        { IsPrelude: true } => "std::" + function.DisplayName,
        _ => function.DisplayName,
    };

    /// <summary>The span is the `unsafe` keyword.</summary>
    public static Diagnostic UnusedUnsafe(TextSpan span) =>
        Diagnostic.Warning("unused_unsafe", "unnecessary `unsafe` block", span, "unnecessary `unsafe` block");

    /// <summary>E0594 for `*p = v` with `p: *const T`.</summary>
    public static Diagnostic AssignThroughConstPointer(TextSpan span, string place, string pointer) =>
        Diagnostic.Error("E0594", $"cannot assign to `{place}`, which is behind a `*const` pointer", span,
            $"`{pointer}` is a `*const` pointer, so it cannot be written to");

    /// <summary>E0596 for calling an `FnMut` callee `f: &amp;F` (rustc's suggestion to write `&amp;mut F` is a `= help:` line).</summary>
    public static Diagnostic BorrowBehindSharedReference(TextSpan span, string name) =>
        Diagnostic.Error("E0596", $"cannot borrow `*{name}` as mutable, as it is behind a `&` reference", span,
                $"`{name}` is a `&` reference, so it cannot be borrowed as mutable")
            .WithHelp("consider changing this to be a mutable reference");

    /// <summary>E0596 for `&amp;mut *p` with `p: *const T`.</summary>
    public static Diagnostic BorrowThroughConstPointer(TextSpan span, string place, string pointer) =>
        Diagnostic.Error("E0596", $"cannot borrow `{place}` as mutable, as it is behind a `*const` pointer", span,
            $"`{pointer}` is a `*const` pointer, so it cannot be borrowed as mutable");

    public static Diagnostic UnusedVariable(TextSpan span, string name) =>
        Diagnostic.Warning("unused_variables", $"unused variable: `{name}`", span, $"help: if this is intentional, prefix it with an underscore: `_{name}`");

    public static Diagnostic AssignedButNeverUsed(TextSpan span, string name) =>
        Diagnostic.Warning("unused_variables", $"variable `{name}` is assigned to, but never used", span)
            .WithNote($"consider using `_{name}` instead");

    public static Diagnostic ConstEvaluationFailed(TextSpan span) =>
        Diagnostic.Error("E0080", "evaluation of constant value failed", span);

    private static string JoinQuoted(IReadOnlyList<string> items) =>
        items.Count == 1 ? $"`{items[0]}`" : string.Join(", ", items.Take(items.Count - 1).Select(i => $"`{i}`")) + $" and `{items[^1]}`";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string RangeOf(TypeSymbol type) => type is PrimitiveType p
        ? $"{IntegerRanges.Min(p.Kind)}..={IntegerRanges.Max(p.Kind)}"
        : "";
}
