using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Generics in bodies. A call of a generic function instantiates its parameters with fresh
/// inference variables (or the turbofish's types); each bound becomes an *obligation* — "this
/// type must implement this trait" — checked when the body's types are solved (E0277).
/// <code>
/// max(1, 2)   →  max::&lt;?0&gt;(1, 2), ?0: PartialOrd   →  ?0 = i32 (default), i32: PartialOrd ✓
/// </code>
/// </summary>
internal sealed partial class FunctionChecker
{
    private readonly List<(TypeSymbol Type, TraitRef Trait, TextSpan Span)> _obligations = [];

    private TraitSolver Solver => _program.Solver;

    private LangItems LangItems => _program.LangItems;

    /// <summary>
    /// The type arguments of a call: the given leading ones (impl or trait generics), then the
    /// function's own, from the turbofish or fresh; and the obligations of every bound.
    /// </summary>
    private ImmutableArray<TypeSymbol> InstantiateGenerics(FunctionSymbol f, ImmutableArray<TypeSymbol> leading, ImmutableArray<TypeSyntax> turbofish, TextSpan span)
    {
        var args = ImmutableArray.CreateBuilder<TypeSymbol>();
        args.AddRange(leading);
        var outer = f.GenericParameters.Length - f.OwnGenericCount;
        while (args.Count < outer) args.Add(_inference.NewVariable(InferenceKind.General));
        CheckTurbofishCount(f, turbofish, span);
        for (var i = 0; i < f.OwnGenericCount; i++)
            args.Add(!turbofish.IsDefaultOrEmpty && i < turbofish.Length && i < f.OwnGenericCount - f.SyntheticGenericCount ? SizedTypeOrFresh(turbofish[i]) : _inference.NewVariable(InferenceKind.General));
        var result = args.ToImmutable();
        // A trait method's `Self` is bounded by the trait (and its supertraits): calling it
        // through a type obliges that type to implement them.
        Oblige(f.GenericParameters, new ValueArray<TypeSymbol>(result), span);
        return result;
    }

    /// <summary>Each parameter's bounds, at the arguments given for the parameters, must hold (rustc's predicates of an item).</summary>
    private void Oblige(ImmutableArray<GenericParameterSymbol> parameters, ValueArray<TypeSymbol> arguments, TextSpan span)
    {
        foreach (var parameter in parameters)
        {
            foreach (var bound in parameter.Bounds)
            {
                var obligation = (arguments[parameter.Index], TraitSolver.Substitute(bound, parameters, arguments), span);
                _obligations.Add(obligation);
                if (obligation.Item2.Bindings.Any(b => !b.Type.IsConcrete)) _openBindings.Add(obligation);
            }
        }
    }

    /// <summary>Obligations with an associated type binding that is not known yet: `I: Iterator&lt;Item = ?T&gt;`.</summary>
    private readonly List<(TypeSymbol Type, TraitRef Trait, TextSpan Span)> _openBindings = [];

    /// <summary>
    /// Once a call's arguments are checked: a binding whose self type is now known fixes its
    /// variables, as rustc's projection predicates do: with `fn show&lt;T, I: Iterator&lt;Item = T&gt;&gt;(it: I)`,
    /// `show(v.iter())` makes `T` the iterator's `Item`, `&amp;i32`.
    /// </summary>
    private void ProjectOpenBindings()
    {
        for (var i = _openBindings.Count - 1; i >= 0; i--)
        {
            var (type, trait, _) = _openBindings[i];
            var self = Resolve(type);
            if (self is InferenceVariable || self.ContainsError) continue;
            _openBindings.RemoveAt(i);
            var unbound = trait with { Bindings = ValueArray<AssociatedTypeBinding>.Empty };
            foreach (var binding in trait.Bindings)
            {
                var declaring = VtableLayout.Elaborate(unbound).FirstOrDefault(t => t.Trait.AssociatedTypes.Contains(binding.Name)) ?? unbound;
                var actual = Projections.Normalize(new ProjectionType(self, declaring with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }, binding.Name));
                if (actual is not ProjectionType && !actual.ContainsError) _inference.Unify(binding.Type, actual);
            }
        }
    }

    /// <summary>
    /// A written type argument, which is implicitly `Sized`: `size_of::&lt;str&gt;()` is E0277. (An
    /// inferred `str`, as in `id("a")` with `fn id&lt;T&gt;(x: &amp;T)`, is not checked yet.)
    /// </summary>
    private TypeSymbol SizedTypeOrFresh(TypeSyntax syntax)
    {
        var type = TypeOrFresh(syntax);
        if (type != TypeSymbol.Str && type is not SliceType) return type;
        Report(SemanticDiagnostics.NotSized(syntax.Span, type));
        return TypeSymbol.Error;
    }

    private TypeSymbol TypeOrFresh(TypeSyntax syntax) => syntax is InferTypeSyntax ? _inference.NewVariable(InferenceKind.General) : ResolveType(syntax);

    private static TypeSymbol Substitute(TypeSymbol type, FunctionSymbol f, ImmutableArray<TypeSymbol> args) =>
        GenericSubstitution.Apply(type, f.GenericParameters, args);

    /// <summary>A generic struct or enum named in an expression: written arguments, or fresh ones to infer.</summary>
    private AdtType InstantiateAdt(AdtSymbol adt, PathSegmentSyntax? segment)
    {
        var written = segment is null || segment.GenericArgs.IsDefaultOrEmpty ? [] : segment.GenericArgs;
        if (!written.IsEmpty && written.Length != adt.GenericParameters.Length)
            Report(SemanticDiagnostics.WrongGenericCount(segment!.Span, adt.IsEnum ? "enum" : "struct", adt.GenericParameters.Length, written.Length));
        var args = new ValueArray<TypeSymbol>(adt.GenericParameters.Select((_, i) => i < written.Length ? TypeOrFresh(written[i]) : _inference.NewVariable(InferenceKind.General)));
        // `W(vec![1])` with `struct W<T: Display>` is E0277: a struct's or enum's bounds hold wherever it is built or named.
        if (segment is not null) Oblige(adt.GenericParameters, args, segment.Span);
        return new AdtType(adt, args);
    }

    /// <summary>Checks the arguments of a call against the instantiated parameter types.</summary>
    private BoundExpression CheckGenericCall(TextSpan span, TextSpan calleeSpan, FunctionSymbol function, ImmutableArray<TypeSymbol> typeArgs, ImmutableArray<BoundExpression> leadingArgs, ImmutableArray<ExpressionSyntax> arguments, bool isMethod)
    {
        var parameters = function.Parameters.Skip(leadingArgs.Length).ToImmutableArray();
        if (parameters.Length != arguments.Length)
        {
            Report(isMethod
                ? SemanticDiagnostics.WrongMethodArgumentCount(calleeSpan, parameters.Length, arguments.Length)
                : SemanticDiagnostics.WrongArgumentCount(calleeSpan, parameters.Length, arguments.Length));
            foreach (var a in arguments) CheckExpression(a, null);
            return new BoundErrorExpression(span);
        }
        var args = ImmutableArray.CreateBuilder<BoundExpression>();
        args.AddRange(leadingArgs);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameterType = Substitute(parameters[i].Type, function, typeArgs);
            var outerCall = _argumentCallSpan;
            _argumentCallSpan = span;
            var checkedArgument = CheckExpression(arguments[i], parameterType);
            _argumentCallSpan = outerCall;
            if (_inference.Shallow(checkedArgument.Type) is ClosureType handedOn) HandOnClosure(handedOn.Closure, parameterType);
            else if (_inference.Shallow(checkedArgument.Type) is ReferenceType { Referent: var r } && _inference.Shallow(r) is ClosureType lent
                && _inference.Shallow(parameterType) is ReferenceType expectedReference)
                HandOnClosure(lent.Closure, expectedReference.Referent);
            else HandOnFunction(checkedArgument.Type, parameterType, arguments[i].Span);
            var arg = Coerce(checkedArgument, parameterType, arguments[i].Span);
            args.Add(arg);
        }
        RequireUnsafeCall(span, function);
        if (_openBindings.Count > 0) ProjectOpenBindings();
        // The arguments may have solved the type a projection in the return type waited for.
        var returnType = HideOwnOpaques(Substitute(function.ReturnType, function, typeArgs));
        if (!returnType.IsConcrete) returnType = Resolve(returnType);
        return new BoundCall(span, returnType, function, typeArgs, args.ToImmutable()) { Location = isMethod ? calleeSpan : span, CalleeSpan = calleeSpan };
    }

    /// <summary>
    /// A type the checker must know now (an operator's or a cast's operand): when it is still an
    /// open variable or has one inside (`&amp;?X`), the pending obligations may fix it first, as rustc's
    /// `structurally_resolve_type` runs `select_where_possible`.
    /// </summary>
    private TypeSymbol StructurallyResolve(TypeSymbol type)
    {
        if (type.IsConcrete) return type;
        if (_inference.Shallow(type) is InferenceVariable { Kind: InferenceKind.General } || HasUnsolvedGeneral(Resolve(type))) SelectWherePossible();
        // A projection whose self type was a variable then (`<?V as IntoIterator>::Item` of a
        // `flatten` whose inner type a closure gave later) normalizes once the variable is solved.
        var shallow = _inference.Shallow(type);
        return shallow is ProjectionType ? Resolve(shallow) : shallow;
    }

    /// <summary>
    /// Obligations whose self type is known and that exactly one impl can satisfy fix the trait's
    /// arguments to that impl's: with only `impl Conv&lt;u8&gt; for i32`, `5i32.conv()` (an obligation
    /// `i32: Conv&lt;?U&gt;`) is a u8. Built-in impls are never the only candidate.
    /// </summary>
    private void SelectWherePossible()
    {
        bool progress;
        do
        {
            progress = false;
            foreach (var (type, trait, _) in _obligations)
            {
                var self = Resolve(type);
                var wanted = trait with { Arguments = new ValueArray<TypeSymbol>(trait.Arguments.Select(Resolve)) };
                if (self is InferenceVariable || self.ContainsError || Solver.IsBuiltin(self, wanted)) continue;
                if (wanted.Arguments.All(a => a.IsConcrete))
                {
                    if (!self.IsConcrete) progress |= SelectOpenSelfType(self, wanted);
                    continue;
                }
                var candidates = Solver.ImplsFor(self, trait.Trait).Where(m => m.Impl.Trait!.Arguments.Zip(wanted.Arguments).All(p => TypeMatcher.Match(p.First, p.Second, []))).Take(2).ToList();
                // The solver finds no impl while the wanted arguments still hold variables
                // (`FromIterator<Result<i32, ?E>>`); the one candidate is then the match.
                if (candidates.Count != 1) continue;
                var match = Solver.FindImpl(self, wanted) ?? candidates[0];
                if (!ReferenceEquals(match.Impl, candidates[0].Impl)) continue;
                foreach (var (implArgument, argument) in ImplTraitArguments(match).Zip(wanted.Arguments))
                {
                    if (argument.IsConcrete || implArgument.ContainsError) continue;
                    progress |= _inference.Unify(argument, implArgument) && Resolve(argument) != argument;
                }
            }
        }
        while (progress);
    }

    /// <summary>
    /// An obligation whose self type is partly open and whose trait arguments are known, with one
    /// impl that fits: the impl fixes the open parts. `let v: Vec&lt;_&gt; = it.collect();` is
    /// `Vec&lt;?X&gt;: FromIterator&lt;i32&gt;`, and `impl&lt;T&gt; FromIterator&lt;T&gt; for Vec&lt;T&gt;` makes `?X` an i32
    /// before `v` is used, as rustc's selection confirms its one candidate.
    /// </summary>
    private bool SelectOpenSelfType(TypeSymbol self, TraitRef wanted)
    {
        var candidates = Solver.ImplsFor(self, wanted.Trait)
            .Where(m => ImplTraitArguments(m).Zip(wanted.Arguments).All(p => _inference.CouldUnify(p.First, p.Second)))
            .Take(2).ToList();
        if (candidates.Count != 1) return false;
        var progress = false;
        foreach (var (implArgument, argument) in ImplTraitArguments(candidates[0]).Zip(wanted.Arguments))
        {
            if (implArgument.ContainsError) continue;
            var before = Resolve(self);
            progress |= _inference.Unify(implArgument, argument) && Resolve(self) != before;
        }
        return progress;
    }

    /// <summary>The trait arguments of an impl, with the impl's generics replaced by the match's arguments.</summary>
    private static IEnumerable<TypeSymbol> ImplTraitArguments(TraitSolver.ImplMatch m) =>
        m.Impl.Trait!.Arguments.Select(a => GenericSubstitution.Apply(a, m.Impl.GenericParameters, m.Arguments));

    /// <summary>After inference: every obligation must hold.</summary>
    private void CheckObligations(IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        foreach (var (type, trait, span) in _obligations)
        {
            var resolvedType = TypeSubstitution.Apply(type, substitution);
            var resolvedTrait = trait with { Arguments = new ValueArray<TypeSymbol>(trait.Arguments.Select(a => TypeSubstitution.Apply(a, substitution))) };
            // An error was reported where the type came from (`collect` of a method that does not exist).
            if (resolvedType.ContainsError || resolvedTrait.Arguments.Any(a => a.ContainsError)) continue;
            if (Solver.Implements(resolvedType, resolvedTrait))
            {
                CheckAssociatedTypeBindings(resolvedType, resolvedTrait, substitution, span);
                continue;
            }
            if (resolvedType is ClosureType closure && LangItems.KindOf(resolvedTrait.Trait) is { } wanted)
                Report(SemanticDiagnostics.ClosureKindMismatch(closure.Closure.Span, wanted, closure.Closure.Kind));
            else if (ReferenceEquals(resolvedTrait.Trait, LangItems.Display)) Report(SemanticDiagnostics.NotDisplay(span, resolvedType));
            else if (LangItems.Is(resolvedTrait.Trait, LangItem.PartialEq) && resolvedTrait.Arguments.Count == 1)
                Report(SemanticDiagnostics.CannotCompare(span, resolvedType, resolvedTrait.Arguments[0]));
            else if (LangItems.Is(resolvedTrait.Trait, LangItem.FromStr) && resolvedType.IsFloat)
                Report(SemanticDiagnostics.UnsupportedFeature(span, $"parsing a string into `{resolvedType}`"));
            else Report(SemanticDiagnostics.TraitNotImplemented(span, resolvedType, resolvedTrait));
        }
    }

    /// <summary>`C: Container&lt;Item = u8&gt;` holds only if `&lt;C as Container&gt;::Item` is u8 (E0271).</summary>
    private void CheckAssociatedTypeBindings(TypeSymbol type, TraitRef trait, IReadOnlyDictionary<int, TypeSymbol> substitution, TextSpan span)
    {
        foreach (var binding in trait.Bindings)
        {
            // The binding may name an associated type of a supertrait (`DerefMut<Target = X>` is Deref's `Target`).
            var unbound = trait with { Bindings = ValueArray<AssociatedTypeBinding>.Empty };
            var declaring = VtableLayout.Elaborate(unbound).FirstOrDefault(t => t.Trait.AssociatedTypes.Contains(binding.Name)) ?? unbound;
            var projection = new ProjectionType(type, declaring with { Bindings = ValueArray<AssociatedTypeBinding>.Empty }, binding.Name);
            var actual = Projections.Normalize(projection);
            var expected = TypeSubstitution.Apply(binding.Type, substitution);
            if (actual != expected && !actual.ContainsError && !expected.ContainsError)
                Report(SemanticDiagnostics.AssociatedTypeMismatch(span, projection, expected));
        }
    }

    /// <summary>
    /// Method lookup at one autoderef step: inherent impls first, then the bounds of a type
    /// parameter, then every trait with a method of that name that the type implements.
    /// Returns the method and the leading type arguments (impl generics, or trait `Self` and parameters).
    /// </summary>
    private (FunctionSymbol Method, ImmutableArray<TypeSymbol> Leading)? LookupMethod(TypeSymbol type, string name)
    {
        var found = LookupAnyMethod(type, name);
        return found is { Method.IsPrelude: true } && !_function.IsPrelude && IsPreludeInternal(name) ? null : found;
    }

    /// <summary>
    /// The prelude's own helpers (`__trusted_len`, `__iterator_get_unchecked`: std's specialization
    /// traits, which are private to std) are not methods a program can call: E0599, as in rustc.
    /// </summary>
    private static bool IsPreludeInternal(string name) => name.StartsWith("__", StringComparison.Ordinal);

    private (FunctionSymbol Method, ImmutableArray<TypeSymbol> Leading)? LookupAnyMethod(TypeSymbol type, string name)
    {
        if (type is AdtType or RawPointerType or SliceType or PrimitiveType)
        {
            foreach (var match in Solver.InherentImpls(type))
            {
                if (!match.Impl.Methods.TryGetValue(name, out var method) || !method.IsMethod) continue;
                if (ImplBoundsFail(match)) { _unsatisfiedMethod = (type, name); continue; }
                return (method, match.Arguments.AsImmutable());
            }
        }
        if (type is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float } literal) return LookupLiteralMethod(literal, name);
        if (type is TypeParameterType or OpaqueType or ProjectionType)
        {
            foreach (var bound in TraitSolver.BoundsOfType(type))
            {
                if (bound.Trait.FindMethod(name) is { IsMethod: true } method) return (method, [type, .. bound.Arguments]);
            }
            // A blanket impl over the bounds: `x.to_string()` with `T: Display` (std's `impl<T: Display> ToString for T`).
            return LookupBlanketMethod(type, name);
        }
        if (type is DynType dyn) return LookupDynMethod(dyn, name);
        foreach (var trait in _program.AllTraits)
        {
            if (trait.FindMethod(name) is not { IsMethod: true } method) continue;
            var traitArgs = trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General)).ToImmutableArray();
            var traitRef = new TraitRef(trait, traitArgs);
            // Resolved in full: an impl parameter fixed by a binding (`impl<I: Iterator<Item = U>, U: Display>`)
            // is normalized from the argument's type, not from a variable that stands for it.
            if (type is not InferenceVariable && (Solver.FindImpl(Resolve(type), traitRef) is not null || Solver.IsBuiltin(Resolve(type), traitRef)))
                return (method, [type, .. traitArgs]);
        }
        return null;
    }

    /// <summary>
    /// A method of a trait object: one of its principal trait or of a supertrait, as long as it can
    /// be called through the vtable (a `where Self: Sized` method cannot).
    /// </summary>
    private static (FunctionSymbol Method, ImmutableArray<TypeSymbol> Leading)? LookupDynMethod(DynType dyn, string name)
    {
        foreach (var trait in VtableLayout.Elaborate(dyn.Principal))
        {
            if (trait.Trait.FindMethod(name) is { IsMethod: true, RequiresSizedSelf: false } method)
                return (method, [dyn, .. trait.Arguments]);
        }
        return null;
    }

    /// <summary>A method found in an impl whose bounds the receiver's type does not meet (E0599, not E0277, as rustc).</summary>
    private (TypeSymbol Type, string Name)? _unsatisfiedMethod;

    private bool ImplBoundsFail(TraitSolver.ImplMatch match)
    {
        var args = new ValueArray<TypeSymbol>(match.Arguments.Select(Resolve));
        return args.All(a => a.IsConcrete) && !match.Impl.GenericParameters.All(g => g.Bounds.All(b => Solver.Implements(args[g.Index], TraitSolver.Substitute(b, match.Impl.GenericParameters, args))));
    }

    /// <summary>
    /// `17.magnitude()`: a method of a trait implemented for an integer type; the literal takes
    /// that type (i32 first when several would do).
    /// </summary>
    private (FunctionSymbol Method, ImmutableArray<TypeSymbol> Leading)? LookupLiteralMethod(InferenceVariable literal, string name)
    {
        var candidates = literal.Kind == InferenceKind.Integer
            ? new[] { PrimitiveKind.I32, PrimitiveKind.I64, PrimitiveKind.U32, PrimitiveKind.U64, PrimitiveKind.Usize, PrimitiveKind.Isize, PrimitiveKind.U8, PrimitiveKind.I8, PrimitiveKind.U16, PrimitiveKind.I16, PrimitiveKind.I128, PrimitiveKind.U128 }
            : [PrimitiveKind.F64, PrimitiveKind.F32];
        foreach (var trait in _program.AllTraits)
        {
            if (trait.FindMethod(name) is not { IsMethod: true } method || trait.IsPrelude) continue;
            foreach (var kind in candidates)
            {
                var candidate = new PrimitiveType(kind);
                if (Solver.FindImpl(candidate, new TraitRef(trait, ValueArray<TypeSymbol>.Empty)) is null) continue;
                _inference.Unify(literal, candidate);
                return (method, [candidate]);
            }
        }
        // std's impls hold for every integer (float) type: `5.to_string()` leaves the literal to its
        // default, `i32`. A generic trait is asked at the literal's own type (`PartialOrd<i32>`) and
        // its arguments are left to the call (`x.partial_cmp(y)` with `x, y: &{float}`).
        var fallback = new PrimitiveType(candidates[0]);
        foreach (var trait in _program.AllTraits)
        {
            if (!trait.IsPrelude || trait.FindMethod(name) is not { IsMethod: true } method) continue;
            var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)fallback)));
            if (Solver.FindImpl(fallback, traitRef) is null && !Solver.IsBuiltin(fallback, traitRef)) continue;
            return (method, [literal, .. trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General))]);
        }
        return null;
    }

    /// <summary>
    /// Whether the method is one of a blanket impl that asks for `Display` (`to_string` of std's
    /// `impl&lt;T: Display&gt; ToString for T`) and the type has no Display: rustc's E0599 then says so.
    /// </summary>
    private bool MissingDisplayForBlanketMethod(TypeSymbol type, string name) =>
        _program.AllTraits.Any(trait => trait.FindMethod(name) is { IsMethod: true }
            && Solver.ImplsFor(type, trait).Any(m => m.Impl.SelfType is TypeParameterType p
                && p.Parameter.Bounds.Any(b => ReferenceEquals(b.Trait, LangItems.Display))
                && !Solver.IsDisplay(type)));

    /// <summary>A method of a trait that a type parameter has through a blanket impl over its bounds (`impl&lt;T: Display&gt; ToString for T`).</summary>
    private (FunctionSymbol Method, ImmutableArray<TypeSymbol> Leading)? LookupBlanketMethod(TypeSymbol type, string name)
    {
        foreach (var trait in _program.AllTraits)
        {
            if (trait.GenericParameters.Length > 1 || trait.FindMethod(name) is not { IsMethod: true } method) continue;
            if (Solver.FindImpl(type, new TraitRef(trait, ValueArray<TypeSymbol>.Empty)) is not null) return (method, [type]);
        }
        return null;
    }

    /// <summary>An associated function or method named through a type: `Point::new`, `T::default`, `Pair::&lt;i32&gt;::new`.</summary>
    private (FunctionSymbol Function, ImmutableArray<TypeSymbol> Leading)? LookupAssociated(TypeSymbol type, string name)
    {
        if (type is DynType dyn) return LookupDynMethod(dyn, name);
        if (type is TypeParameterType or OpaqueType or ProjectionType)
        {
            foreach (var bound in TraitSolver.BoundsOfType(type))
            {
                if (bound.Trait.FindMethod(name) is { } method) return (method, [type, .. bound.Arguments]);
            }
            return null;
        }
        foreach (var match in Solver.InherentImpls(type))
        {
            if (match.Impl.Methods.TryGetValue(name, out var f)) return (f, match.Arguments.AsImmutable());
        }
        foreach (var trait in _program.AllTraits)
        {
            if (trait.FindMethod(name) is not { } method) continue;
            var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General))));
            if (Solver.FindImpl(type, traitRef) is not null || Solver.IsBuiltin(type, traitRef)) return (method, [type, .. traitRef.Arguments]);
        }
        return null;
    }
}
