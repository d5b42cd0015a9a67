using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Closures, as rustc checks them (rustc_hir_typeck's `closure.rs` and `upvar.rs`).
///
/// Checking. A closure expression is checked with its parent, in the parent's inference
/// context. Its signature is what is written, else what the expected type's pending `Fn*`
/// obligation says (rustc's `deduce_closure_signature`: `apply(|x| x + 1, 5)` with
/// `F: Fn(i32) -> i32` gives `x: i32` before the body is checked), else fresh variables. A use of
/// a local declared outside the closure is an *upvar* (<see cref="NoteLocalUse"/>).
///
/// Capture analysis (FunctionChecker.Captures.cs). At the end of the closure, the places its body
/// uses decide what it captures and how (edition 2021's disjoint captures, RFC 2229):
/// <code>
/// |x| x + k          k read             → captured by `&amp;k`,      kind Fn
/// || count += 1      count mutated      → captured by `&amp;mut count`, kind FnMut
/// || s               s (a String) moved → captured by value,     kind FnOnce
/// move || s.len()    `move`             → captured by value,     kind Fn
/// || p.x += 1        only `p.x` mutated → captured by `&amp;mut p.x`, `p.y` stays free
/// </code>
///
/// Calls. `f(x)` of a closure, or of a type parameter bounded by an `Fn*` trait, is a call of
/// `Fn::call(&amp;f, (x,))`, `FnMut::call_mut(&amp;mut f, (x,))` or `FnOnce::call_once(f, (x,))` — the
/// least demanding the callee allows, as rustc's `try_overloaded_call_traits` — the arguments
/// as one tuple (the "rust-call" ABI).
///
/// Bodies. Once the parent's types are solved, each closure's body becomes a function of its
/// own, `main::{closure#0}(env, args)`, whose environment is `&amp;Self`, `&amp;mut Self` or `Self` by
/// the kind, and whose parameters are bound from the tuple `args` by a `let` (BodyBuilder maps
/// the upvars to the environment's fields).
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>A closure whose body is being checked, innermost last.</summary>
    private sealed class ClosureContext(ClosureSymbol symbol)
    {
        public ClosureSymbol Symbol => symbol;

        /// <summary>The upvars in the order the body first mentions them (rustc's capture order).</summary>
        public List<LocalSymbol> Upvars { get; } = [];

        /// <summary>How many closures are written directly inside this one (their `{closure#N}`).</summary>
        public int Children { get; set; }
    }

    /// <summary>One checked closure: its node, and the pieces its body function is made of once the types are solved.</summary>
    private sealed record CheckedClosure(BoundClosure Node, BoundPattern Parameters, BoundExpression Body);

    private readonly List<ClosureContext> _openClosures = [];
    private readonly List<CheckedClosure> _checkedClosures = [];

    /// <summary>The closures that a call `f(x)` of a local called, or that were handed on: only they may leave a parameter to an operator's literal.</summary>
    private readonly HashSet<ClosureSymbol> _calledClosures = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many closures a local is declared inside (absent: none).</summary>
    private readonly Dictionary<LocalSymbol, int> _closureDepthOf = new(ReferenceEqualityComparer.Instance);
    private int _topLevelClosures;

    /// <summary>The bodies of this function's closures, as functions of their own; filled by <see cref="Finish"/>.</summary>
    public ImmutableArray<BoundFunction> ClosureBodies { get; private set; } = [];

    /// <summary>A use of a local by name: an upvar of every open closure it is declared outside of.</summary>
    private void NoteLocalUse(LocalSymbol local)
    {
        for (var i = _closureDepthOf.GetValueOrDefault(local); i < _openClosures.Count; i++)
        {
            if (!_openClosures[i].Upvars.Contains(local)) _openClosures[i].Upvars.Add(local);
        }
    }

    private void NoteLocalDeclared(LocalSymbol local)
    {
        if (_openClosures.Count > 0) _closureDepthOf[local] = _openClosures.Count;
    }

    /// <summary>closure = MOVE? '|' params '|' ('->' type block | expression)</summary>
    private BoundExpression CheckClosure(ClosureExpressionSyntax c, TypeSymbol? expected)
    {
        var outer = _openClosures.Count > 0 ? _openClosures[^1] : null;
        var index = outer is null ? _topLevelClosures++ : outer.Children++;
        var head = ClosureHead(c);
        var symbol = new ClosureSymbol(_function, index, ClosureLocation(head), head, c.IsMove) { Enclosing = outer?.Symbol };
        var deduced = DeduceSignature(expected, c.Parameters.Length);
        var parameterTypes = c.Parameters.Select(p => p.Type is null ? null : ResolveType(p.Type)).ToImmutableArray();
        if (deduced is { } d && !parameterTypes.Select((t, i) => t is null || _inference.Unify(d.Parameters[i], t)).All(ok => ok))
        {
            var expectedTuple = new TupleType(new ValueArray<TypeSymbol>(d.Parameters.Select(Resolve)));
            var found = new TupleType(new ValueArray<TypeSymbol>(parameterTypes.Select((t, i) => t is null ? Resolve(d.Parameters[i]) : Resolve(t))));
            Report(SemanticDiagnostics.ClosureArgumentsMismatch(_argumentCallSpan ?? head, expectedTuple, found));
            deduced = null;
        }
        var parameterTypesFinal = parameterTypes.Select((t, i) => t ?? deduced?.Parameters[i] ?? _inference.NewVariable(InferenceKind.General)).ToImmutableArray();
        var returnType = c.ReturnType is { } r ? ResolveType(r) : deduced?.Output ?? _inference.NewVariable(InferenceKind.General);
        if (c.ReturnType is not null && deduced?.Output is { } output && !_inference.Unify(output, returnType))
            Report(SemanticDiagnostics.MismatchedTypes(c.ReturnType.Span, Resolve(output), Resolve(returnType)));
        symbol.ParameterTypes = parameterTypesFinal;
        symbol.WasDeduced = deduced is not null || c.Parameters.All(p => p.Type is not null);
        symbol.ExpectedKind = ExpectedKind(expected);
        // A closure handed on (an argument, a returned value) is used where this body cannot see: no E0284 for it.
        if (expected is not null && (_inference.Shallow(expected) is InferenceVariable or FunctionType || DynFnExpectation(expected) is not null)) _calledClosures.Add(symbol);
        symbol.ReturnType = returnType;
        var context = new ClosureContext(symbol);
        var savedLoops = _loops.ToList();
        _loops.Clear();
        _openClosures.Add(context);
        PushScope();
        var patterns = c.Parameters.Select((p, i) => CheckClosureParameter(p, parameterTypesFinal[i])).ToImmutableArray();
        var body = Coerce(CheckExpression(c.Body, returnType), returnType, c.Body is BlockExpressionSyntax b ? BlockResultSpan(b) : c.Body.Span);
        PopScope();
        _openClosures.RemoveAt(_openClosures.Count - 1);
        _loops.AddRange(savedLoops);
        AnalyzeCaptures(context, body);
        // What the body fixed goes into the signature itself, so that the trait solver, which
        // sees symbols and not this body's inference table, normalizes `<{closure} as
        // FnOnce<(i64,)>>::Output` to `Vec<i64>` (a `.map(|x| vec![x]).flatten().max()` needs it).
        symbol.ReturnType = Resolve(returnType);
        symbol.ParameterTypes = [.. parameterTypesFinal.Select(Resolve)];
        var type = new ClosureType(symbol, new ValueArray<TypeSymbol>(_function.GenericParameters.Select(g => (TypeSymbol)new TypeParameterType(g))));
        var argsType = new TupleType(new ValueArray<TypeSymbol>(parameterTypesFinal));
        var parameters = new BoundTuplePattern(head, argsType, patterns);
        var block = body as BoundBlock ?? new BoundBlock(body.Span, body.Type, [], body);
        var node = new BoundClosure(c.Span, type, symbol, block);
        _checkedClosures.Add(new CheckedClosure(node, parameters, body));
        return node;
    }

    /// <summary>`|x: i32| -> i32`, `move ||`: where rustc's closure type points (the head, not the body).</summary>
    private TextSpan ClosureHead(ClosureExpressionSyntax c)
    {
        if (c.ReturnType is { } r) return TextSpan.FromBounds(c.Span.Start, r.Span.End);
        var end = c.Body.Span.Start;
        var text = Source.Text;
        while (end > c.Span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(c.Span.Start, end);
    }

    /// <summary>`src/main.rs:4:15: 4:18`, as rustc prints a closure's type.</summary>
    private string ClosureLocation(TextSpan head)
    {
        var source = Source;
        var start = source.GetPosition(head.Start);
        var end = source.GetPosition(head.End);
        return $"{source.Path}:{start.Line}:{start.Column}: {end.Line}:{end.Column}";
    }

    /// <summary>The call whose arguments are being checked: where rustc points E0631 about a closure argument.</summary>
    private TextSpan? _argumentCallSpan;

    private BoundPattern CheckClosureParameter(ClosureParameterSyntax parameter, TypeSymbol type)
    {
        var pattern = CheckIrrefutablePattern(parameter.Pattern, type, PatternSite.Parameter);
        MarkInitialized(pattern);
        return pattern;
    }

    /// <summary>
    /// rustc's `deduce_closure_signature`: when the closure is expected to be of a type still being
    /// inferred (a generic argument, `apply(|x| …, 5)`), an `Fn*` obligation on that type gives the
    /// parameter types and, with `-> R`, the return type.
    /// </summary>
    /// <summary>
    /// A closure handed on through a variable (`let add = |x| x + k; apply(add, 4)`) meets the
    /// callee's `Fn*` bound only at the call: its parameter and return types are unified with the
    /// bound's there, as the obligation `{closure}: Fn<(i64,)>` does in rustc (else `x` stayed the
    /// literal's `{integer}`, i32, and the bound's `Output == i64` failed with a false E0271). It is
    /// used where this body cannot see, as one written in the argument is: no E0284 for it.
    /// </summary>
    private void HandOnClosure(ClosureSymbol closure, TypeSymbol expected)
    {
        _calledClosures.Add(closure);
        if (DeduceSignature(expected, closure.ParameterTypes.Length) is not { } bound) return;
        for (var i = 0; i < bound.Parameters.Length; i++) _inference.Unify(bound.Parameters[i], closure.ParameterTypes[i]);
        if (bound.Output is { } output) _inference.Unify(output, closure.ReturnType);
    }

    private (ImmutableArray<TypeSymbol> Parameters, TypeSymbol? Output)? DeduceSignature(TypeSymbol? expected, int count)
    {
        if (expected is not null && DynFnExpectation(expected) is { } dyn) return DeduceFromDyn(dyn, count);
        // An expected `fn` pointer gives its signature too (`let h: fn(i32) -> i32 = |x| x + 1`).
        if (expected is not null && _inference.Shallow(expected) is FunctionType pointer)
            return pointer.Parameters.Count == count ? ([.. pointer.Parameters], pointer.Return) : null;
        if (expected is null || _inference.Shallow(expected) is not InferenceVariable target) return null;
        var pending = _obligations.Where(o => _inference.Shallow(o.Type) == target).Select(o => o.Trait);
        foreach (var trait in pending.Concat(HiddenTypeBounds(target)))
        {
            if (LangItems.KindOf(trait.Trait) is null) continue;
            if (_inference.Shallow(trait.Arguments[0]) is not TupleType arguments || arguments.Elements.Count != count) continue;
            var output = trait.Bindings.FirstOrDefault(b => b.Name == ProgramChecker.FnOutputName)?.Type;
            return ([.. arguments.Elements], output);
        }
        return null;
    }

    /// <summary>
    /// rustc's expected closure kind (`deduce_closure_signature`): the `Fn*` trait of an expected
    /// `dyn`, or the most demanding of the pending `Fn*` bounds on the expected type. A closure
    /// passed where `FnOnce` is asked is an `FnOnce` closure, its body taking itself by value.
    /// </summary>
    private ClosureKind? ExpectedKind(TypeSymbol? expected)
    {
        if (expected is null) return null;
        if (DynFnExpectation(expected) is { } dyn) return LangItems.KindOf(dyn.Trait);
        if (_inference.Shallow(expected) is not InferenceVariable target) return null;
        var pending = _obligations.Where(o => _inference.Shallow(o.Type) == target).Select(o => o.Trait);
        var kinds = pending.Concat(HiddenTypeBounds(target)).Select(t => LangItems.KindOf(t.Trait)).OfType<ClosureKind>().ToList();
        return kinds.Count == 0 ? null : kinds.Min();
    }

    /// <summary>`&amp;|x| x + k` where `&amp;dyn Fn(i32) -> i32` is expected: rustc deduces the signature from the trait object's principal.</summary>
    private TraitRef? DynFnExpectation(TypeSymbol expected) =>
        _inference.Shallow(expected) is DynType { Principal: var principal } && LangItems.KindOf(principal.Trait) is not null ? principal : null;

    private static (ImmutableArray<TypeSymbol> Parameters, TypeSymbol? Output)? DeduceFromDyn(TraitRef principal, int count) =>
        principal.Arguments[0] is TupleType arguments && arguments.Elements.Count == count
            ? ([.. arguments.Elements], principal.Bindings.FirstOrDefault(b => b.Name == ProgramChecker.FnOutputName)?.Type)
            : null;

    /// <summary>
    /// The bounds of the opaque type whose hidden type <paramref name="target"/> is: a closure
    /// returned as `impl Fn(T) -> T` takes its signature from them, as rustc deduces it from the
    /// opaque type's item bounds (`move |x| x + k` gets `x: T`).
    /// </summary>
    private IEnumerable<TraitRef> HiddenTypeBounds(InferenceVariable target) =>
        _hiddenTypes?.Where(h => _inference.Shallow(h.Value) == target).SelectMany(h => h.Key.Bounds) ?? [];

    // ---- Calls ---------------------------------------------------------------------------------

    /// <summary>A callee that can be called: the place (after following references), its type and its `Fn*` signature.</summary>
    private sealed record Callable(BoundExpression Place, TypeSymbol Type, ClosureKind Kind, TupleType Arguments, TypeSymbol Output, bool ThroughReference);

    /// <summary>
    /// `f(a, b)` where `f` is a local of a closure type, of a type parameter with an `Fn*` bound, or
    /// a reference to one: `Fn::call(&amp;f, (a, b))` and its siblings. Null when the local's type is
    /// not callable this way.
    /// </summary>
    private BoundExpression? CheckCallOfLocal(CallExpressionSyntax call, PathExpressionSyntax callee, LocalSymbol local)
    {
        if (FindCallable(new BoundLocal(callee.Span, local.Type, local)) is not { } callable) return null;
        NoteLocalUse(local);
        return CheckCallOfCallable(call, callee.Span, callable);
    }

    /// <summary>
    /// A callee that is not a path: `make(2)(21)`, `(self.f)(x)`. rustc's `try_overloaded_call_step`
    /// follows references from the callee's type until it is callable: with `f: &amp;F`, `f(x)` is
    /// `Fn::call(&amp;*f, (x,))` (no item for `impl Fn for &amp;F`, as in rustc's mono items).
    /// </summary>
    private BoundExpression CheckCallOfExpression(CallExpressionSyntax call)
    {
        var callee = CheckExpression(call.Callee, null);
        if (FindCallable(callee) is { } callable) return CheckCallOfCallable(call, call.Callee.Span, callable);
        var type = Resolve(callee.Type);
        if (type.ContainsError) { }
        else if (IsNeverCallable(type)) Report(SemanticDiagnostics.ExpectedFunction(call.Callee.Span, type));
        else Report(SemanticDiagnostics.UnsupportedFeature(call.Callee.Span, "calls of this kind of expression"));
        foreach (var a in call.Arguments) CheckExpression(a, null);
        return new BoundErrorExpression(call.Span);
    }

    /// <summary>The callee, or what it refers to (through `&amp;` and `&amp;mut`), whose type has a call signature.</summary>
    private Callable? FindCallable(BoundExpression callee)
    {
        for (var place = callee; ; )
        {
            var type = StructurallyResolve(place.Type);
            if (CallSignature(type) is var (kind, arguments, output))
                return new Callable(place, type, kind, arguments, output, !ReferenceEquals(place, callee));
            // Through a `Box` only to a `dyn Fn`: rustc calls `Box<F>` through std's `impl Fn for Box<F>`,
            // an item of std's (set aside by the mono-item tests) that makes the same virtual call.
            if (type is ReferenceType reference) place = new BoundDereference(callee.Span, reference.Referent, place);
            else if (BoxedDynFn(type) is { } dyn) place = new BoundDereference(callee.Span, dyn, place);
            else return null;
        }
    }

    private bool IsBoxedDyn(BoundExpression place) =>
        place is BoundDereference { Operand: var box } && BoxedDynFn(StructurallyResolve(box.Type)) is not null;

    private DynType? BoxedDynFn(TypeSymbol type) =>
        type is AdtType { Adt.IsBox: true } box && StructurallyResolve(box.Arguments[0]) is DynType { Principal.Trait.IsFnTrait: true } dyn ? dyn : null;

    private BoundExpression CheckCallOfCallable(CallExpressionSyntax call, TextSpan calleeSpan, Callable callable)
    {
        if (callable.Type is ClosureType called) _calledClosures.Add(called.Closure);
        var parameters = callable.Arguments.Elements;
        if (parameters.Count != call.Arguments.Length)
        {
            // A function item or pointer is called as a function (E0061), a closure through its `Fn*` trait (E0057).
            Report(callable.Type is FnDefType or FunctionType
                ? SemanticDiagnostics.WrongArgumentCount(calleeSpan, parameters.Count, call.Arguments.Length)
                : SemanticDiagnostics.WrongClosureArgumentCount(calleeSpan, parameters.Count, call.Arguments.Length));
            foreach (var a in call.Arguments) CheckExpression(a, null);
            return new BoundErrorExpression(call.Span);
        }
        var values = call.Arguments.Select((a, i) => Coerce(CheckExpression(a, parameters[i]), parameters[i], a.Span)).ToImmutableArray();
        var tuple = new BoundTuple(call.Span, callable.Arguments, values);
        var receiver = CallReceiver(calleeSpan, callable);
        var method = LangItems.CallMethod(callable.Kind);
        return new BoundCall(call.Span, callable.Output, method, [callable.Type, callable.Arguments], [receiver, tuple]) { CalleeSpan = calleeSpan };
    }

    /// <summary>`&amp;f` for `Fn`, `&amp;mut f` for `FnMut` (a mutable place, E0596), `f` itself for `FnOnce`.</summary>
    private BoundExpression CallReceiver(TextSpan span, Callable callable)
    {
        var (place, type) = (callable.Place, callable.Type);
        switch (callable.Kind)
        {
            case ClosureKind.Fn:
                return new BoundAddressOf(span, new ReferenceType(type, false), false, place);
            case ClosureKind.FnMut:
                place = ToMutablePlace(place, span, assigned: false);
                if (!IsMutablePlace(place))
                {
                    Report(place switch
                    {
                        _ when RootLocal(place) is { } local => SemanticDiagnostics.BorrowImmutableAsMutable(span, local.Name),
                        BoundDereference { Operand: BoundLocal reference } => SemanticDiagnostics.BorrowBehindSharedReference(span, reference.Local.Name),
                        _ => SemanticDiagnostics.UnsupportedFeature(span, "calling an `FnMut` closure behind a `&` reference other than a variable's (rustc: E0596)"),
                    });
                }
                return new BoundAddressOf(span, new ReferenceType(type, true), true, place);
            default:
                // `f()` of a `Box<dyn FnOnce()>` moves the closure out of the box (rustc's unsized `*self` in std's `impl FnOnce for Box<F>`).
                if (callable.ThroughReference && !IsBoxedDyn(place)) ReportFnOnceBehindReference(span, place);
                return place;
        }
    }

    /// <summary>
    /// `f()` of an `FnOnce` behind a reference would move the closure out of it: E0507, as rustc's
    /// borrow checker says, after E0161 when it is a `dyn FnOnce`, whose size is not known.
    /// </summary>
    private void ReportFnOnceBehindReference(TextSpan span, BoundExpression place)
    {
        var type = Resolve(place.Type);
        if (type is DynType) Report(SemanticDiagnostics.MoveUnsized(span, type));
        var behind = place is BoundDereference d && Resolve(d.Operand.Type) is ReferenceType { IsMutable: true } ? "mutable" : "shared";
        var described = place is BoundDereference { Operand: BoundLocal local } ? $"*{local.Local.Name}" : "value";
        Report(SemanticDiagnostics.MoveOutOfReferenceByCall(span, described, behind, type));
    }

    /// <summary>The call trait a callee's type allows (Fn before FnMut before FnOnce), its argument tuple and its output.</summary>
    private (ClosureKind Kind, TupleType Arguments, TypeSymbol Output)? CallSignature(TypeSymbol type)
    {
        if (type is ClosureType closure) return (closure.Closure.Kind, closure.ArgumentsTuple, closure.ReturnType);
        // A function item or pointer is called as an `Fn`; MIR building makes the call direct (or indirect).
        if (type is FnDefType item) return (ClosureKind.Fn, item.ArgumentsTuple, item.Signature.Return);
        if (type is FunctionType pointer) return (ClosureKind.Fn, new TupleType(pointer.Parameters), pointer.Return);
        if (type is DynType { Principal: var principal } && LangItems.KindOf(principal.Trait) is { } dynKind && principal.Arguments[0] is TupleType dynArguments)
            return (dynKind, dynArguments, principal.Bindings.First(b => b.Name == ProgramChecker.FnOutputName).Type);
        if (type is not (TypeParameterType or OpaqueType or ProjectionType)) return null;
        var bounds = TraitSolver.BoundsOfType(type).Where(b => LangItems.KindOf(b.Trait) is not null && b.Arguments[0] is TupleType).ToList();
        if (bounds.Count == 0) return null;
        var best = bounds.MinBy(b => LangItems.KindOf(b.Trait)!.Value)!;
        var arguments = (TupleType)best.Arguments[0];
        var once = new TraitRef(LangItems.FnTrait(ClosureKind.FnOnce), new ValueArray<TypeSymbol>([arguments]));
        var output = Projections.Normalize(new ProjectionType(type, once, ProgramChecker.FnOutputName));
        return (LangItems.KindOf(best.Trait)!.Value, arguments, output);
    }

    // ---- Bodies --------------------------------------------------------------------------------

    /// <summary>
    /// Once the parent's types are solved: each closure's signature and captures at their final
    /// types, and its body as a function `{closure#N}(env, args)` that binds its parameters from
    /// the tuple `args` (rustc spreads the tuple in the body's signature; ToyRust keeps it whole).
    /// </summary>
    private void FinishClosures(ImmutableDictionary<int, TypeSymbol> substitution)
    {
        var bodies = ImmutableArray.CreateBuilder<BoundFunction>();
        foreach (var (node, parameters, body) in Enumerable.Reverse(_checkedClosures))
        {
            var symbol = node.Closure;
            TypeSymbol Final(TypeSymbol t) => TypeSubstitution.Apply(t, substitution);
            symbol.ParameterTypes = [.. symbol.ParameterTypes.Select(Final)];
            symbol.ReturnType = Final(symbol.ReturnType);
            symbol.Captures = [.. symbol.Captures.Select(c => c with { FieldType = Final(c.FieldType) })];
            var closureType = Final(node.Type);
            var envType = symbol.Kind switch
            {
                ClosureKind.Fn => new ReferenceType(closureType, false),
                ClosureKind.FnMut => new ReferenceType(closureType, true),
                _ => closureType,
            };
            var env = new LocalSymbol("self", envType, false, symbol.Span);
            var argsType = new TupleType(new ValueArray<TypeSymbol>(symbol.ParameterTypes));
            var args = new LocalSymbol("args", argsType, false, symbol.Span);
            var parent = symbol.Enclosing?.Body ?? _function;
            symbol.Body = new FunctionSymbol($"{{closure#{symbol.Index}}}", [env, args], symbol.ReturnType, null)
            {
                Parent = parent,
                GenericParameters = _function.GenericParameters,
                IsPrelude = _function.IsPrelude,
                Closure = symbol,
            };
            var bind = new BoundLet(symbol.Span, parameters, new BoundLocal(symbol.Span, argsType, args));
            var block = new BoundBlock(body.Span, body.Type, [bind], body);
            bodies.Add(new BoundFunction(symbol.Body, block, substitution));
        }
        ClosureBodies = bodies.ToImmutable();
    }

    /// <summary>E0282 for a closure parameter nothing gave a type: `let f = |x| x;` never called.</summary>
    private bool CheckClosureParametersInferred()
    {
        foreach (var (node, parameters, _) in _checkedClosures)
        {
            var tuple = (BoundTuplePattern)parameters;
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                var type = Resolve(node.Closure.ParameterTypes[i]);
                // `|x| x + 1` that nothing calls: x is only the literal's `{integer}`, which rustc does not let decide (E0284).
                if (type is InferenceVariable { Kind: not InferenceKind.General } && !_calledClosures.Contains(node.Closure) && !node.Closure.WasDeduced)
                {
                    Report(SemanticDiagnostics.ClosureParameterAmbiguous(tuple.Elements[i].Span));
                    return true;
                }
                if (!HasUnsolvedGeneral(type)) continue;
                Report(SemanticDiagnostics.CannotInferClosureParameter(tuple.Elements[i].Span, type));
                return true;
            }
        }
        return false;
    }

    /// <summary>A type no call can apply to (E0618), as opposed to one ToyRust cannot call yet (a function pointer, a reference to a closure).</summary>
    private static bool IsNeverCallable(TypeSymbol type) =>
        type is PrimitiveType or TupleType or ArrayType or AdtType { Adt.IsBox: false } or SliceType or InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float };
}
