using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Traits;

/// <summary>
/// Answers "does type X implement trait Tr?" and "which impl?", for the checker (bounds at each
/// use, method lookup) and the mono collector (choosing the impl of a trait method call once the
/// types are concrete).
///
/// Sources of impls: the program's `impl Tr for X` blocks (an impl's self type may mention its
/// own generics: `impl&lt;T: Tr&gt; Tr2 for Wrapper&lt;T&gt;` matches `Wrapper&lt;i32&gt;` with T = i32 when
/// i32: Tr); the bounds of type parameters in scope; and built-in impls — the compiler's own for
/// primitive types (`i32: Add`, `f64: PartialOrd`) and `#[derive(...)]` on structs and enums —
/// whose methods code generation emits inline. The traits of built-in impls are lang items.
/// </summary>
public sealed class TraitSolver(IReadOnlyList<ImplSymbol> impls, LangItems langItems)
{
    private const int MaxDepth = 32;

    /// <summary>An impl that applies, with its generic arguments.</summary>
    public sealed record ImplMatch(ImplSymbol Impl, ValueArray<TypeSymbol> Arguments);

    public bool Implements(TypeSymbol type, TraitRef trait) => Implements(type, trait, 0);

    private bool Implements(TypeSymbol type, TraitRef trait, int depth)
    {
        if (depth > MaxDepth || type.ContainsError || type is InferenceVariable or NeverType) return true;
        // A parameter has the traits its bounds name, and those of blanket impls over them:
        // `E: From<E>` by `impl<T> From<T> for T`, `T: Display` is `ToString`.
        if (type is TypeParameterType p) return BoundsOf(p.Parameter).Any(b => SameTrait(b, trait)) || FindBlanketImpl(type, trait, depth) is not null;
        // An opaque type has the traits it names, and those of blanket impls over them.
        if (type is OpaqueType o && BoundsOf(o).Any(b => SameTrait(b, trait))) return true;
        if (type is ProjectionType projection && BoundsOf(projection).Any(b => SameTrait(b, trait))) return true;
        if (type is DynType d && VtableLayout.Elaborate(d.Principal, d).Any(b => SameTrait(b, trait))) return true;
        if (IsBuiltin(type, trait)) return true;
        return FindImpl(type, trait, depth) is not null;
    }

    /// <summary>
    /// The parameter's bounds and, transitively, their supertraits with the bound's arguments put
    /// in: `T: PartialOrd` (that is `PartialOrd&lt;T&gt;`) gives `PartialEq&lt;T&gt;`, not the declaration's
    /// `PartialEq&lt;Rhs&gt;`.
    /// </summary>
    public static IEnumerable<TraitRef> BoundsOf(GenericParameterSymbol parameter)
    {
        var self = new TypeParameterType(parameter);
        var seen = new HashSet<TraitRef>();
        var work = new Stack<TraitRef>(parameter.Bounds);
        while (work.Count > 0)
        {
            var bound = work.Pop();
            if (!seen.Add(bound)) continue;
            yield return bound;
            var arguments = new ValueArray<TypeSymbol>([self, .. bound.Arguments]);
            foreach (var super in bound.Trait.Supertraits) work.Push(Substitute(super, bound.Trait.GenericParameters, arguments));
        }
    }

    /// <summary>
    /// An opaque type's bounds at its arguments, elaborated with their supertraits as a
    /// parameter's are: `impl Sub` is also `Super`.
    /// </summary>
    public static IEnumerable<TraitRef> BoundsOf(OpaqueType opaque)
    {
        var generics = opaque.Opaque.Function.GenericParameters;
        var seen = new HashSet<TraitRef>();
        var work = new Stack<TraitRef>(opaque.Opaque.Bounds.Select(b => Substitute(b, generics, opaque.Arguments)));
        while (work.Count > 0)
        {
            var bound = work.Pop();
            if (!seen.Add(bound)) continue;
            yield return bound;
            var arguments = new ValueArray<TypeSymbol>([opaque, .. bound.Arguments]);
            foreach (var super in bound.Trait.Supertraits) work.Push(Substitute(super, bound.Trait.GenericParameters, arguments));
        }
    }

    /// <summary>
    /// A projection that stays one (`&lt;I as IntoIterator&gt;::IntoIter` of a parameter `I`) has the
    /// bounds its trait declares on the associated type, at the projection's arguments:
    /// `Iterator&lt;Item = &lt;I as IntoIterator&gt;::Item&gt;`, and their supertraits.
    /// </summary>
    public static IEnumerable<TraitRef> BoundsOf(ProjectionType projection)
    {
        if (!projection.Trait.Trait.AssociatedTypeBounds.TryGetValue(projection.Name, out var declared)) yield break;
        var arguments = new ValueArray<TypeSymbol>([projection.Self, .. projection.Trait.Arguments]);
        var seen = new HashSet<TraitRef>();
        var work = new Stack<TraitRef>(declared.Select(b => Substitute(b, projection.Trait.Trait.GenericParameters, arguments)));
        while (work.Count > 0)
        {
            var bound = work.Pop();
            if (!seen.Add(bound)) continue;
            yield return bound;
            var superArguments = new ValueArray<TypeSymbol>([projection, .. bound.Arguments]);
            foreach (var super in bound.Trait.Supertraits) work.Push(Substitute(super, bound.Trait.GenericParameters, superArguments));
        }
    }

    /// <summary>The bounds a type is known by: a type parameter's, an opaque type's or a projection's (none for any other type).</summary>
    public static IEnumerable<TraitRef> BoundsOfType(TypeSymbol type) => type switch
    {
        TypeParameterType p => BoundsOf(p.Parameter),
        OpaqueType o => BoundsOf(o),
        ProjectionType projection => BoundsOf(projection),
        _ => [],
    };

    private static bool SameTrait(TraitRef a, TraitRef b) =>
        ReferenceEquals(a.Trait, b.Trait) && a.Arguments.Zip(b.Arguments).All(p => p.First == p.Second || p.First is InferenceVariable || p.Second is InferenceVariable);

    public ImplMatch? FindImpl(TypeSymbol type, TraitRef trait) => FindImpl(type, trait, 0);

    private ImplMatch? FindBlanketImpl(TypeSymbol type, TraitRef trait, int depth) =>
        ImplsOfTrait(trait.Trait).Any(i => i.SelfType is TypeParameterType) ? FindImpl(type, trait, depth) : null;

    private readonly Dictionary<TraitSymbol, List<ImplSymbol>> _byTrait = new(ReferenceEqualityComparer.Instance);
    private int _indexed;

    /// <summary>
    /// The impls of one trait. The index is extended as the checker declares impls, so a lookup
    /// costs the impls of that trait, not all impls of the program (which made lookups quadratic
    /// in programs with many impls).
    /// </summary>
    private List<ImplSymbol> ImplsOfTrait(TraitSymbol trait)
    {
        for (; _indexed < impls.Count; _indexed++)
        {
            if (impls[_indexed].Trait is not { } implemented) continue;
            if (!_byTrait.TryGetValue(implemented.Trait, out var list)) _byTrait[implemented.Trait] = list = [];
            list.Add(impls[_indexed]);
        }
        return _byTrait.TryGetValue(trait, out var found) ? found : [];
    }

    /// <summary>A cheap test before matching: the impl's self type has the same outer constructor (or is a bare parameter).</summary>
    private static bool HeadMatches(TypeSymbol pattern, TypeSymbol type) => (pattern, type) switch
    {
        (TypeParameterType, _) or (_, InferenceVariable) or (_, ErrorType) => true,
        (AdtType p, AdtType t) => ReferenceEquals(p.Adt, t.Adt),
        (PrimitiveType p, PrimitiveType t) => p.Kind == t.Kind,
        _ => pattern.GetType() == type.GetType(),
    };

    /// <summary>Every impl of the trait (any arguments) whose self type matches: rustc expects an operator's right side to be the Rhs of the only one.</summary>
    public IEnumerable<ImplMatch> ImplsFor(TypeSymbol type, TraitSymbol trait)
    {
        foreach (var impl in ImplsOfTrait(trait))
        {
            if (!HeadMatches(impl.SelfType, type)) continue;
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (TypeMatcher.Match(impl.SelfType, type, bindings))
                yield return new ImplMatch(impl, new ValueArray<TypeSymbol>(impl.GenericParameters.Select(g => bindings.TryGetValue(g, out var t) ? t : TypeSymbol.Error)));
        }
    }

    private ImplMatch? FindImpl(TypeSymbol type, TraitRef trait, int depth)
    {
        foreach (var impl in ImplsOfTrait(trait.Trait))
        {
            if (!HeadMatches(impl.SelfType, type)) continue;
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (!TypeMatcher.Match(impl.SelfType, type, bindings)) continue;
            if (!impl.Trait!.Arguments.Zip(trait.Arguments).All(p => TypeMatcher.Match(p.First, p.Second, bindings))) continue;
            var args = ImplArguments(impl, bindings);
            if (impl.GenericParameters.All(g => g.Bounds.All(b => Implements(args[g.Index], Substitute(b, impl.GenericParameters, args), depth + 1))))
                return new ImplMatch(impl, args);
        }
        return null;
    }

    /// <summary>
    /// The impl's arguments once its self type (and trait arguments) matched. A parameter they do
    /// not fix is fixed by an associated type binding of a bound, as rustc's projection predicates
    /// fix it: `B` of `impl&lt;B, I: Iterator, F: FnMut(I::Item) -> B&gt; Iterator for Map&lt;I, F&gt;` is
    /// `&lt;F as FnOnce&lt;(I::Item,)&gt;&gt;::Output`, a closure's return type. The error type where nothing does.
    /// </summary>
    public static ValueArray<TypeSymbol> ImplArguments(ImplSymbol impl, Dictionary<GenericParameterSymbol, TypeSymbol> bindings)
    {
        ValueArray<TypeSymbol> Current() => new(impl.GenericParameters.Select(g => bindings.TryGetValue(g, out var t) ? t : TypeSymbol.Error));
        var changed = bindings.Count < impl.GenericParameters.Length;
        while (changed)
        {
            changed = false;
            var args = Current();
            foreach (var (parameter, bound, binding) in impl.GenericParameters.SelectMany(g => g.Bounds.SelectMany(b => b.Bindings.Select(x => (g, b, x)))))
            {
                if (args[parameter.Index].ContainsError || !Mentions(binding.Type, impl.GenericParameters.Where(g => !bindings.ContainsKey(g)))) continue;
                var trait = Substitute(bound, impl.GenericParameters, args) with { Bindings = ValueArray<AssociatedTypeBinding>.Empty };
                var declaring = VtableLayout.Elaborate(trait).FirstOrDefault(t => t.Trait.AssociatedTypes.Contains(binding.Name)) ?? trait;
                var value = Projections.Normalize(new ProjectionType(args[parameter.Index], declaring, binding.Name));
                var before = bindings.Count;
                if (binding.Type is TypeParameterType { Parameter: var only }) bindings[only] = value;
                else TypeMatcher.Match(binding.Type, value, bindings);
                changed |= bindings.Count > before;
            }
        }
        return Current();
    }

    private static bool Mentions(TypeSymbol type, IEnumerable<GenericParameterSymbol> parameters)
    {
        var unfixed = parameters.ToHashSet(ReferenceEqualityComparer.Instance);
        var found = false;
        TypeFold.Map(type, t =>
        {
            found |= t is TypeParameterType { Parameter: var p } && unfixed.Contains(p);
            return null;
        });
        return found;
    }

    /// <summary>The inherent impls that apply to a type (`impl&lt;T&gt; Pair&lt;T&gt;` for `Pair&lt;i32&gt;`).</summary>
    public IEnumerable<ImplMatch> InherentImpls(TypeSymbol type)
    {
        foreach (var impl in impls)
        {
            if (impl.Trait is not null) continue;
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (!TypeMatcher.Match(impl.SelfType, type, bindings)) continue;
            yield return new ImplMatch(impl, new ValueArray<TypeSymbol>(impl.GenericParameters.Select(g => bindings.TryGetValue(g, out var t) ? t : TypeSymbol.Error)));
        }
    }

    public static TraitRef Substitute(TraitRef trait, ImmutableArray<GenericParameterSymbol> parameters, ValueArray<TypeSymbol> args) => trait with
    {
        Arguments = new ValueArray<TypeSymbol>(trait.Arguments.Select(a => GenericSubstitution.Apply(a, parameters, args))),
        Bindings = new ValueArray<AssociatedTypeBinding>(trait.Bindings.Select(b => b with { Type = GenericSubstitution.Apply(b.Type, parameters, args) })),
    };

    /// <summary>
    /// Impls the compiler provides: the std impls of primitive types, and `#[derive]`d ones.
    /// The trait is recognised by its lang item, so a program's own trait named `Debug` is not std's.
    /// </summary>
    public bool IsBuiltin(TypeSymbol type, TraitRef trait)
    {
        if (langItems.ItemOf(trait.Trait) is not { } item) return false;
        var other = trait.Arguments.Count > 0 ? trait.Arguments[0] : type;
        return item switch
        {
            LangItem.Copy or LangItem.Clone => IsCopy(type, item),
            LangItem.PartialEq or LangItem.Eq or LangItem.PartialOrd or LangItem.Ord => IsComparable(type, item) && (other == type || other is InferenceVariable),
            LangItem.Debug => IsDebug(type),
            LangItem.Display => IsBuiltinDisplay(type),
            LangItem.Default => IsDefault(type),
            LangItem.Add or LangItem.Sub or LangItem.Mul or LangItem.Div or LangItem.Rem
                or LangItem.AddAssign or LangItem.SubAssign or LangItem.MulAssign or LangItem.DivAssign or LangItem.RemAssign =>
                type.IsNumeric && (other == type || other is ReferenceType r && r.Referent == type || other is InferenceVariable),
            LangItem.Neg => type.IsSignedInteger || type.IsFloat,
            LangItem.Sized => !TypeFacts.IsUnsized(type),
            // No type has drop glue of the compiler's making that a bound could name: `T: Drop` holds only by an impl.
            LangItem.Drop => false,
            // std's `impl Deref for &T` and `impl Index<usize> for [T; N]` are built into `*r` and `a[i]`; a bound names no type that has them.
            LangItem.Deref or LangItem.DerefMut or LangItem.Index or LangItem.IndexMut => false,
            // Iterators are the prelude's impls (`impl<T> Iterator for Iter<T>`), none the compiler's.
            LangItem.Iterator or LangItem.IntoIterator or LangItem.DoubleEndedIterator or LangItem.IteratorOrd or LangItem.Sum
                or LangItem.Product or LangItem.FromIterator or LangItem.Step or LangItem.ExactSizeIterator => false,
            // The `?` protocol and the conversions are the prelude's impls too (`impl<T> From<T> for T`),
            // and `ToString` is its blanket impl over `Display`.
            LangItem.Try or LangItem.FromResidual or LangItem.From or LangItem.Into or LangItem.Termination or LangItem.ToString or LangItem.FromStr or LangItem.FmtWrite or LangItem.Pattern => false,
            // A closure implements the `Fn*` traits its kind allows: an `Fn` closure all three, an `FnOnce` one only `FnOnce`.
            // A function item or pointer implements all three, of exactly its parameters (std's `impl Fn<Args> for fn(Args) -> R`).
            LangItem.FnOnce or LangItem.FnMut or LangItem.Fn => type switch
            {
                ClosureType c => c.Closure.Kind <= langItems.KindOf(trait.Trait)!.Value,
                FnDefType d => d.ArgumentsTuple == trait.Arguments[0] || trait.Arguments[0] is InferenceVariable,
                FunctionType f => new TupleType(f.Parameters) == trait.Arguments[0] || trait.Arguments[0] is InferenceVariable,
                _ => false,
            },
            _ => throw new InvalidOperationException($"the lang item {item} is not a trait"),
        };
    }

    /// <summary>A parameter's bounds name the trait, directly or through a supertrait (`T: Copy` is Clone, `T: Ord` is PartialEq).</summary>
    private bool HasBound(TypeSymbol type, LangItem trait) => BoundsOfType(type).Any(b => langItems.Is(b.Trait, trait));

    private bool Derives(AdtType adt, LangItem trait) => adt.Adt.Derives.Contains(trait);

    /// <summary>
    /// A derive holds for an instance when every type argument has the trait too: the derive
    /// macro writes `impl&lt;T: Clone&gt; Clone for Option&lt;T&gt;`, so `Option&lt;Token&gt;` is Clone but not
    /// Copy when `Token` is only Clone.
    /// </summary>
    private bool DerivesFor(AdtType adt, LangItem trait, Func<TypeSymbol, LangItem, bool> builtin) =>
        Derives(adt, trait) && adt.Arguments.All(a => ElementHas(a, trait, builtin));

    /// <summary>
    /// An element of a tuple or array has the trait by a built-in impl or by a hand-written one
    /// (with `Rhs = Self`): `(Inner, i32): Clone` with `impl Clone for Inner`. The hand-written
    /// impl of the struct itself is not built in: its methods are the program's.
    /// </summary>
    private bool ElementHas(TypeSymbol element, LangItem trait, Func<TypeSymbol, LangItem, bool> builtin)
    {
        if (builtin(element, trait)) return true;
        return element is AdtType adt && HasHandWrittenImpl(adt, trait);
    }

    private bool HasHandWrittenImpl(AdtType adt, LangItem trait)
    {
        var symbol = langItems.Trait(trait);
        var selfArguments = new ValueArray<TypeSymbol>(symbol.GenericParameters.Skip(1).Select(_ => (TypeSymbol)adt));
        return FindImpl(adt, new TraitRef(symbol, selfArguments)) is not null;
    }

    private bool IsCopy(TypeSymbol type, LangItem trait) => type switch
    {
        PrimitiveType { Kind: not PrimitiveKind.Str } or InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float } => true,
        ReferenceType { IsMutable: false } or RawPointerType => true,
        TupleType t => t.Elements.All(e => ElementHas(e, trait, IsCopy)),
        ArrayType a => ElementHas(a.Element, trait, IsCopy),
        AdtType a => DerivesFor(a, trait, IsCopy),
        TypeParameterType or OpaqueType => HasBound(type, trait),
        // A closure is Copy (and Clone) when its captures are: `&k` is, `&mut k` and a moved String are not.
        ClosureType c => c.FieldTypes.All(e => ElementHas(e, trait, IsCopy)),
        FnDefType or FunctionType => true,
        _ => false,
    };

    private bool IsComparable(TypeSymbol type, LangItem trait) => type switch
    {
        PrimitiveType p => trait is LangItem.PartialEq or LangItem.PartialOrd || !p.IsFloat,
        // A type not known yet (`(1.5, 2).partial_cmp(…)`): every integer type compares, every float
        // type only partially; a general one is assumed to, and decided once it is known.
        InferenceVariable { Kind: InferenceKind.Float } => trait is LangItem.PartialEq or LangItem.PartialOrd,
        InferenceVariable => true,
        ReferenceType r => IsComparable(r.Referent, trait),
        RawPointerType => true,
        TupleType t => t.Elements.All(e => ElementHas(e, trait, IsComparable)),
        ArrayType a => ElementHas(a.Element, trait, IsComparable),
        // Slices compare for equality only: their ordering (lexicographic) has no shim yet.
        SliceType s => trait is LangItem.PartialEq or LangItem.Eq && ElementHas(s.Element, trait, IsComparable),
        AdtType a => DerivesFor(a, trait, IsComparable),
        TypeParameterType or OpaqueType => HasBound(type, trait),
        _ => false,
    };

    /// <summary>Whether `{}` can print the type: primitives (through references) and parameters bounded by `Display`.</summary>
    /// <summary>Whether `{}` can print the type: std's impls (primitives, `str`, `String`, `&amp;T`) and the program's and prelude's own.</summary>
    public bool IsDisplay(TypeSymbol type) => type switch
    {
        ReferenceType r => IsDisplay(r.Referent),
        PrimitiveType => true,
        AdtType { Adt.IsString: true } => true,
        TypeParameterType or OpaqueType => HasBound(type, LangItem.Display),
        AdtType a => FindImpl(a, new TraitRef(langItems.Trait(LangItem.Display), ValueArray<TypeSymbol>.Empty)) is not null,
        _ => false,
    };

    /// <summary>std's `Display` impls that the compiler provides (shims): the primitives, `str`, `String`, and `&amp;T` of a Display T.</summary>
    private bool IsBuiltinDisplay(TypeSymbol type) => type switch
    {
        ReferenceType r => IsDisplay(r.Referent),
        PrimitiveType or AdtType { Adt.IsString: true } => true,
        _ => false,
    };

    private bool HasDebugImpl(AdtType type) =>
        FindImpl(type, new TraitRef(langItems.Trait(LangItem.Debug), ValueArray<TypeSymbol>.Empty)) is not null;

    private readonly HashSet<AdtType> _debugInProgress = [];

    /// <summary>Whether `{:?}` can print the type: primitives, tuples, arrays, references and `#[derive(Debug)]` types of such.</summary>
    public bool IsDebug(TypeSymbol type) => type switch
    {
        PrimitiveType or TupleType { Elements.Count: 0 } => true,
        ReferenceType r => IsDebug(r.Referent),
        TupleType t => t.Elements.All(IsDebug),
        ArrayType a => IsDebug(a.Element),
        AdtType { Adt.IsBox: true } b => IsDebug(b.Arguments[0]),
        AdtType { Adt.IsString: true } => true,
        SliceType s => IsDebug(s.Element),
        // The prelude's own impls (`impl<T: Debug> Debug for Vec<T>`, `impl<T> Debug for Weak<T>`): their bounds decide.
        AdtType { Adt.IsPrelude: true } p when HasDebugImpl(p) => true,
        AdtType a => Derives(a, LangItem.Debug) && FieldsAreDebug(a) || HasDebugImpl(a),
        TypeParameterType or OpaqueType => HasBound(type, LangItem.Debug),
        _ => false,
    };

    /// <summary>
    /// A type met again while its own fields are being checked is assumed Debug (coinduction, as
    /// rustc's auto-trait-like derives work): `struct Node { next: Option&lt;&amp;Node&gt; }` asks about
    /// Node inside Node, and an infinite-size type (E0072) would otherwise loop forever.
    /// </summary>
    private bool FieldsAreDebug(AdtType adt)
    {
        if (!_debugInProgress.Add(adt)) return true;
        try
        {
            return adt.Adt.Variants.All(v => v.Fields.All(f => IsDebug(adt.FieldType(f))));
        }
        finally
        {
            _debugInProgress.Remove(adt);
        }
    }

    private bool IsDefault(TypeSymbol type) => type switch
    {
        PrimitiveType { Kind: not PrimitiveKind.Str } => true,
        TupleType t => t.Elements.All(IsDefault),
        ArrayType a => IsDefault(a.Element),
        AdtType a when ReferenceEquals(a.Adt, langItems.Option) => true,
        AdtType a => Derives(a, LangItem.Default) || HasHandWrittenImpl(a, LangItem.Default),
        TypeParameterType or OpaqueType => HasBound(type, LangItem.Default),
        _ => false,
    };
}

/// <summary>One-way matching of a type pattern (mentioning generic parameters) against a type.</summary>
public static class TypeMatcher
{
    public static bool Match(TypeSymbol pattern, TypeSymbol type, Dictionary<GenericParameterSymbol, TypeSymbol> bindings)
    {
        if (pattern is TypeParameterType p)
        {
            if (bindings.TryGetValue(p.Parameter, out var bound)) return bound == type || bound is InferenceVariable || type is InferenceVariable;
            bindings[p.Parameter] = type;
            return true;
        }
        if (type is InferenceVariable { Kind: InferenceKind.Integer }) return pattern.IsInteger;
        if (type is InferenceVariable { Kind: InferenceKind.Float }) return pattern.IsFloat;
        if (type is InferenceVariable or ErrorType) return true;
        switch (pattern)
        {
            case TupleType pt when type is TupleType tt && pt.Elements.Count == tt.Elements.Count:
                return pt.Elements.Zip(tt.Elements).All(x => Match(x.First, x.Second, bindings));
            case ArrayType pa when type is ArrayType ta && pa.Length == ta.Length:
                return Match(pa.Element, ta.Element, bindings);
            case SliceType ps when type is SliceType ts:
                return Match(ps.Element, ts.Element, bindings);
            case ReferenceType pr when type is ReferenceType tr && pr.IsMutable == tr.IsMutable:
                return Match(pr.Referent, tr.Referent, bindings);
            case RawPointerType pp when type is RawPointerType tp && pp.IsMutable == tp.IsMutable:
                return Match(pp.Pointee, tp.Pointee, bindings);
            case AdtType pa when type is AdtType ta && ReferenceEquals(pa.Adt, ta.Adt):
                return pa.Arguments.Zip(ta.Arguments).All(x => Match(x.First, x.Second, bindings));
            default:
                return pattern == type;
        }
    }
}
