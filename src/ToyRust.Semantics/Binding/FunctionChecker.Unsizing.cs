using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Unsizing coercions: where a coercion site (a `let` with a type, an argument, a returned value,
/// a struct literal's field, an array or tuple element, a branch of an `if` or `match`) expects `&amp;dyn Trait` and gets `&amp;T`
/// (or `Box&lt;dyn Trait&gt;` and gets `Box&lt;T&gt;`, and the same for `Rc`: ProgramChecker.CoerceUnsized.cs), the
/// value is wrapped in a <see cref="BoundUnsize"/>, which MIR makes an explicit cast:
/// <code>
/// let s: &amp;dyn Shape = &amp;c;     →     _2 = &amp;_1;  _3 = move _2 as &amp;dyn Shape (PointerCoercion(Unsize, Implicit));
/// </code>
/// T must implement the trait (E0277 otherwise, "required for the cast from `&amp;T` to `&amp;dyn Trait`").
/// From `&amp;dyn Sub` to `&amp;dyn Super`, where Super is a supertrait of Sub, it is trait upcasting.
/// `&amp;mut T` unsizes to `&amp;mut dyn Trait` and to `&amp;dyn Trait`. The pointee must be known when the
/// coercion is checked, as in rustc; a block's value is coerced at its tail. At the same sites an
/// array behind a reference unsizes to a slice: `&amp;[T; N]` → `&amp;[T]` (the pointer gets the length N).
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>Coerces at a coercion site, returning the expression with the unsizing applied, if one is needed.</summary>
    private BoundExpression Coerce(BoundExpression expression, TypeSymbol expected, TextSpan span)
    {
        if (expression is BoundBlock { Tail: { } tail } block && CoercesToExpected(tail.Type, expected))
        {
            var coerced = Coerce(tail, expected, span);
            if (!ReferenceEquals(coerced, tail)) return block with { Tail = coerced, Type = coerced.Type };
            CoerceTo(block, expected, span);
            return block;
        }
        if (TryReify(expression, expected, span) is { } reified) return reified;
        if (TryUnsize(expression, expected, span) is { } unsized) return unsized;
        if (NeedsDerefCoercion(expression.Type, expected) && TryDerefCoercion(expression, expected) is { } dereferenced) return dereferenced;
        CoerceTo(expression, expected, span);
        return expression;
    }

    /// <summary>
    /// Whether a value of <paramref name="actual"/> becomes another value where <paramref name="expected"/>
    /// is wanted (unsized, reified or deref-coerced), so that a block's tail, each branch of an
    /// `if` and each arm of a `match` coerce to it one by one, as rustc's CoerceMany does.
    /// </summary>
    private bool CoercesToExpected(TypeSymbol actual, TypeSymbol expected) => WantsUnsize(expected) || NeedsDerefCoercion(actual, expected);

    /// <summary>`&amp;W` where `&amp;T` is expected, W a struct, enum, parameter or reference other than T: a case for deref coercion.</summary>
    /// Looked at shallowly: every coercion site asks, and `&amp;&amp;&amp;…` types may be deep.
    private bool NeedsDerefCoercion(TypeSymbol actual, TypeSymbol expected) =>
        _inference.Shallow(actual) is ReferenceType source && _inference.Shallow(source.Referent) is AdtType or TypeParameterType or ReferenceType
        && _inference.Shallow(expected) is ReferenceType target && _inference.Shallow(target.Referent) is not InferenceVariable
        && Resolve(target.Referent) != Resolve(source.Referent);

    /// <summary>`&amp;[T; N]` (or `&amp;mut`) to an expected `&amp;[T]`: the array's elements seen as a slice of length N.</summary>
    private BoundUnsize? TryUnsizeArray(BoundExpression expression, ReferenceType target, SliceType slice, TextSpan span)
    {
        if (_inference.Shallow(expression.Type) is not ReferenceType source || (target.IsMutable && !source.IsMutable)) return null;
        if (StructurallyResolve(source.Referent) is not ArrayType array) return null;
        if (!_inference.Unify(array.Element, slice.Element)) return null;
        return new BoundUnsize(expression.Span, new ReferenceType(slice, target.IsMutable), expression);
    }

    /// <remarks>A `fn` pointer is wanted the same way: a function item there is reified (<see cref="TryReify"/>).</remarks>
    private bool WantsUnsize(TypeSymbol expected) =>
        UnsizePointee(_inference.Shallow(expected)) is { } pointee && _inference.Shallow(pointee) is DynType or SliceType
        || _inference.Shallow(expected) is FunctionType;

    /// <summary>What a pointer that may be unsized points to: a reference's referent, a box's or an `Rc`'s value; null for other types.</summary>
    private static TypeSymbol? UnsizePointee(TypeSymbol pointer) => pointer is RawPointerType ? null : pointer.UnsizePointee();

    /// <summary>`&amp;mut T` may become `&amp;dyn Trait` or `&amp;mut dyn Trait`, `&amp;T` only `&amp;dyn Trait`, `Box&lt;T&gt;` only `Box&lt;dyn Trait&gt;` (`Rc&lt;T&gt;` only `Rc&lt;dyn Trait&gt;`).</summary>
    private static bool CanUnsize(TypeSymbol source, TypeSymbol target) => (source, target) switch
    {
        (ReferenceType s, ReferenceType t) => s.IsMutable || !t.IsMutable,
        (AdtType { Adt.CoercesUnsized: true } s, AdtType t) => ReferenceEquals(s.Adt, t.Adt),
        _ => false,
    };

    /// <summary>The pointer type <paramref name="pointer"/> with its pointee replaced.</summary>
    private static TypeSymbol WithPointee(TypeSymbol pointer, TypeSymbol pointee) => pointer switch
    {
        ReferenceType r => r with { Referent = pointee },
        AdtType box => box with { Arguments = new ValueArray<TypeSymbol>([pointee]) },
        _ => throw new InvalidOperationException($"{pointer} is not a pointer that unsizes"),
    };

    /// <summary>`&amp;T` (or `&amp;mut T`, `Box&lt;T&gt;`) to an expected `&amp;dyn Trait` (`Box&lt;dyn Trait&gt;`); null when this is no unsizing (the ordinary rules apply).</summary>
    private BoundUnsize? TryUnsize(BoundExpression expression, TypeSymbol expected, TextSpan span)
    {
        if (_inference.Shallow(expected) is ReferenceType slicePointer && _inference.Shallow(slicePointer.Referent) is SliceType slice)
            return TryUnsizeArray(expression, slicePointer, slice, span);
        var target = _inference.Shallow(expected);
        if (UnsizePointee(target) is not { } targetPointee || _inference.Shallow(targetPointee) is not DynType dyn) return null;
        var source = StructurallyResolve(expression.Type);
        if (!CanUnsize(source, target)) return null;
        var pointee = StructurallyResolve(UnsizePointee(source)!);
        var result = WithPointee(target, dyn);
        switch (pointee)
        {
            case InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float }:
                // `&5` as `&dyn Shape`: the literal's type is decided later (i32 unless something says otherwise).
                _obligations.Add((pointee, dyn.Principal, span));
                return new BoundUnsize(expression.Span, result, expression);
            case InferenceVariable or ErrorType or NeverType:
                return null;
            case DynType from when from == dyn:
                // A `dyn Fn`'s output is a binding, outside the type's identity: compared here.
                if (FnOutput(from) is { } had && FnOutput(dyn) is { } wanted && !_inference.Unify(wanted, had))
                    Report(SemanticDiagnostics.MismatchedTypes(span, Resolve(expected), Resolve(expression.Type)));
                return null;
            case DynType from:
                return VtableLayout.Elaborate(from.Principal).Contains(dyn.Principal) ? new BoundUnsize(expression.Span, result, expression) : null;
        }
        if (pointee is ClosureType written && LangItems.KindOf(dyn.Principal.Trait) is { } kind && kind > written.Closure.Kind && WritesClosure(expression, written.Closure))
            written.Closure.Kind = kind;
        if (pointee is ClosureType closure && FnOutput(dyn) is { } output && !_inference.Unify(output, closure.ReturnType))
            Report(SemanticDiagnostics.UnsupportedFeature(span, "unsizing a closure whose return type is not the `dyn Fn`'s output (rustc: E0271)"));
        else if (!Solver.Implements(pointee, dyn.Principal))
            Report(SemanticDiagnostics.UnsizeNotImplemented(span, Resolve(pointee), dyn.Principal, Resolve(source), result));
        return new BoundUnsize(expression.Span, result, expression);
    }

    /// <summary>
    /// `Box::new(|| k + 1)` unsized to `Box&lt;dyn FnOnce() -&gt; i32&gt;`: rustc checks the closure
    /// expecting the `dyn`, whose trait is its kind (an `FnOnce` closure, whose body takes itself by
    /// value); a closure made earlier and unsized through a variable keeps its own kind.
    /// </summary>
    private static bool WritesClosure(BoundExpression expression, ClosureSymbol closure) =>
        BoundTree.DescendantsAndSelf(expression).OfType<BoundClosure>().Any(c => ReferenceEquals(c.Closure, closure));

    private static TypeSymbol? FnOutput(DynType dyn) =>
        dyn.Principal.Trait.IsFnTrait ? dyn.Principal.Bindings.FirstOrDefault(b => b.Name == ProgramChecker.FnOutputName)?.Type : null;

    /// <summary>
    /// An unsized value (`dyn Trait`, `[T]`, `str`) is only ever behind a pointer: a return type, a
    /// local or a type argument that is one (`let v = *s;`, `f(*s)` with `fn f&lt;T&gt;(t: T)`) is E0277 as in
    /// rustc, where every local and every type parameter must be `Sized`. Type arguments are only
    /// looked at in programs that name a `dyn` type (a walk of every call of the body).
    /// </summary>
    private void CheckSized(BoundBlock body, IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        if (TypeFacts.IsUnsized(_function.ReturnType) && _function.Declaration?.ReturnType is { } written)
        {
            Report(SemanticDiagnostics.NotSized(written.Span, _function.ReturnType));
            return;
        }
        foreach (var (local, _) in _declared)
        {
            var type = TypeSubstitution.Apply(local.Type, substitution);
            if (!TypeFacts.IsUnsized(type)) continue;
            Report(SemanticDiagnostics.NotSized(local.DeclarationSpan, type));
            return;
        }
        if (!_program.UsesDynTypes) return;
        foreach (var call in BoundTree.DescendantsAndSelf(body).OfType<BoundCall>())
        {
            // A trait method's `Self` may be the trait object: that is a virtual call.
            // So may a prelude parameter declared `?Sized` (`Rc::strong_count::<dyn Shape>`).
            var parameters = call.Function.GenericParameters;
            var sized = call.TypeArguments.Where((_, i) =>
                (i > 0 || call.Function.Trait is null) && !(i < parameters.Length && parameters[i].IsMaybeSized));
            if (sized.Select(t => TypeSubstitution.Apply(t, substitution)).OfType<DynType>().FirstOrDefault() is not { } dyn) continue;
            Report(SemanticDiagnostics.NotSized(call.CalleeSpan, dyn));
            return;
        }
    }
}
