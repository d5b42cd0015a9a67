using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `impl Trait` in bodies (the declarations are in ProgramChecker.ImplTrait.cs).
///
/// Return position. The body of `fn make(r: f64) -> impl Shape` is checked against an inference
/// variable in place of its opaque type, the *hidden type*; whatever the body returns decides it,
/// as rustc's defining use does. Every returned value must have that one type (E0308 for a second
/// one). Once the body is solved the hidden type is recorded on the opaque type
/// (<see cref="OpaqueSymbol.Hidden"/>) and must implement every written bound (E0277 at the
/// `impl Shape`, "return type was inferred to be `{integer}` here"). A body that never returns
/// (`todo!()`) or decides nothing makes it `()`, as rustc's fallback does.
/// <code>
/// fn make(r: f64) -> impl Shape { Circle { r } }     body: ?H = Circle   make's opaque type := Circle
/// </code>
/// A recursive call returns the same variable: `if n == 0 { return Circle { r }; } make(n - 1)`.
///
/// Argument position needs nothing here: an `impl Shape` parameter is a generic parameter; only a
/// turbofish cannot name it (E0107, with rustc's note).
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>The hidden type being inferred for each opaque type of this function's return type.</summary>
    private Dictionary<OpaqueSymbol, InferenceVariable>? _hiddenTypes;

    private TypeSymbol? _returnTypeInBody;

    /// <summary>The return type as the body sees it: its own opaque types are the hidden types being inferred.</summary>
    private TypeSymbol ReturnTypeInBody => _openClosures.Count > 0 ? _openClosures[^1].Symbol.ReturnType : _returnTypeInBody ??= DefineOpaques();

    private TypeSymbol DefineOpaques()
    {
        if (!_function.Opaques.IsDefaultOrEmpty)
            _hiddenTypes = _function.Opaques.ToDictionary(o => o, _ => _inference.NewVariable(InferenceKind.General));
        return HideOwnOpaques(_function.ReturnType);
    }

    /// <summary>
    /// A type the body sees, with this function's own opaque types at its own generic parameters
    /// (its return type, and what a recursive call returns) replaced by their hidden types.
    /// </summary>
    private TypeSymbol HideOwnOpaques(TypeSymbol type)
    {
        if (_hiddenTypes is null) return type;
        return TypeFold.Map(type, part =>
            part is OpaqueType o && _hiddenTypes.TryGetValue(o.Opaque, out var hidden) && IsOwnIdentity(o.Arguments) ? hidden : null);
    }

    private bool IsOwnIdentity(ValueArray<TypeSymbol> arguments) =>
        arguments.Select(Resolve).SequenceEqual(_function.GenericParameters.Select(g => (TypeSymbol)new TypeParameterType(g)));

    /// <summary>
    /// The hidden types as inference left them, before integer and float defaults: rustc's messages
    /// name `{integer}`. One that nothing decided, or `!`, falls back to `()`.
    /// </summary>
    private Dictionary<OpaqueSymbol, TypeSymbol> InferredHiddenTypes() =>
        _hiddenTypes?.ToDictionary(p => p.Key, p => Resolve(p.Value) is var t && (t is NeverType || _inference.IsUnsolvedGeneral(t)) ? TypeSymbol.Unit : t) ?? [];

    /// <summary>
    /// A value the function returns, coerced to its return type, unless it holds the hidden type
    /// being inferred inside itself (`fn f() -> impl Shape { W(f()) }`, as the first return): no
    /// type is its own part, and rustc reports E0720 at the `impl Shape`.
    /// </summary>
    private BoundExpression CoerceReturned(BoundExpression value, TextSpan span)
    {
        if (RecursiveOpaque(value.Type) is not { } opaque) return Coerce(value, ReturnTypeInBody, span);
        Report(SemanticDiagnostics.RecursiveOpaqueType(opaque.Span));
        return value;
    }

    private OpaqueSymbol? RecursiveOpaque(TypeSymbol type)
    {
        if (_hiddenTypes is null) return null;
        var resolved = Resolve(type);
        foreach (var (opaque, variable) in _hiddenTypes)
        {
            if (Resolve(variable) is not InferenceVariable open || resolved == open) continue;
            var inside = false;
            TypeFold.Map(resolved, part =>
            {
                inside |= part == open;
                return null;
            });
            if (inside) return opaque;
        }
        return null;
    }

    /// <summary>Records each opaque type's hidden type, which must implement the opaque type's bounds.</summary>
    private void DefineHiddenTypes(Dictionary<OpaqueSymbol, TypeSymbol> inferred, IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        if (_hiddenTypes is null) return;
        foreach (var (opaque, variable) in _hiddenTypes)
        {
            var shown = inferred[opaque];
            var hidden = shown.IsUnit ? shown : TypeSubstitution.Apply(variable, substitution);
            // After an error in the body, `()` is more likely a consequence than what was meant.
            if (hidden.ContainsError || _reportedError && shown.IsUnit) continue;
            opaque.Hidden = hidden;
            CheckHiddenTypeBounds(opaque, hidden, shown);
        }
    }

    private void CheckHiddenTypeBounds(OpaqueSymbol opaque, TypeSymbol hidden, TypeSymbol shown)
    {
        foreach (var bound in opaque.Bounds)
        {
            // A bound's `Self` (`impl PartialEq`, that is `PartialEq<Self>`) is the hidden type too.
            var arguments = bound.Arguments.Select(a => TypeFold.Map(a, part => part is OpaqueType o && ReferenceEquals(o.Opaque, opaque) ? hidden : null));
            var wanted = bound with { Arguments = new ValueArray<TypeSymbol>(arguments) };
            if (Solver.Implements(hidden, wanted)) continue;
            Report(SemanticDiagnostics.HiddenTypeNotImplemented(opaque.Span, shown, wanted, ReturnedValueSpan()));
            return;
        }
    }

    /// <summary>Where the body's value is: its tail, or the body itself.</summary>
    private TextSpan ReturnedValueSpan() => BlockResultSpan(_function.Declaration!.Body!);

    /// <summary>A turbofish gives the named generic parameters only: E0107 otherwise (rustc's note when `impl Trait` parameters exist).</summary>
    private void CheckTurbofishCount(FunctionSymbol f, ImmutableArray<TypeSyntax> turbofish, TextSpan span)
    {
        var named = f.OwnGenericCount - f.SyntheticGenericCount;
        if (turbofish.IsDefaultOrEmpty || turbofish.Length == named) return;
        Report(f.SyntheticGenericCount > 0
            ? SemanticDiagnostics.WrongFunctionGenericCountWithImplTrait(span, named, turbofish.Length)
            : SemanticDiagnostics.WrongFunctionGenericCount(span, named, turbofish.Length));
    }

    /// <summary>A type written in a body where `impl Trait` means something of its own (E0562 in a `let` or a cast).</summary>
    private TypeSymbol ResolveType(TypeSyntax syntax, ImplTraitSite site)
    {
        var type = _program.ResolveType(syntax, TypeContextHere() with { ImplTraits = site });
        // The error is reported: an inference failure it leads to (`let e: Option<impl Shape> = None;`) is not news.
        _reportedError |= type.ContainsError;
        return type;
    }
}
