using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Traits;

/// <summary>
/// Normalizing associated types (rustc's `normalize`): `&lt;T as Trait&gt;::Name` is replaced by
/// what it stands for as soon as the self type says:
/// <code>
/// &lt;Wrapper&lt;i32&gt; as Deref&gt;::Target   impl&lt;T&gt; Deref for Wrapper&lt;T&gt; { type Target = T; }  →  i32
/// &lt;T as Container&gt;::Item            where T: Container&lt;Item = u8&gt;                       →  u8
/// &lt;i32 as Add&gt;::Output              the compiler's own impl                                →  i32
/// &lt;T as Container&gt;::Item            T: Container (no binding)                             →  stays
/// &lt;impl Fn(i32) -&gt; i32 as FnOnce&lt;(i32,)&gt;&gt;::Output   the opaque type's bound                    →  i32
/// </code>
/// Every fold of a type (<see cref="TypeFold"/>) normalizes the projections whose parts it
/// changed, so substituting an instance's type arguments, or solved inference variables, leaves
/// no projection that an impl could answer. Only the symbols are consulted (a trait knows its
/// impls, a parameter its bounds), so the checker, the MIR and the mono collector agree.
/// </summary>
public static class Projections
{
    private const int MaxDepth = 64;

    /// <summary>The projection's type if an impl or a bound knows it, else the projection itself.</summary>
    public static TypeSymbol Normalize(ProjectionType projection) => Normalize(projection, 0);

    private static TypeSymbol Normalize(ProjectionType projection, int depth)
    {
        if (depth > MaxDepth || projection.ContainsError) return projection.ContainsError ? TypeSymbol.Error : projection;
        var self = projection.Self;
        switch (self)
        {
            case TypeParameterType p:
                return FromBounds(p.Parameter, projection) ?? FromBlanketImpl(p, projection) ?? projection;
            case ProjectionType inner:
                return TraitSolver.BoundsOf(inner).SelectMany(b => Bound(b, projection)).FirstOrDefault() ?? projection;
            case InferenceVariable { Kind: InferenceKind.General }:
                return projection;
            case InferenceVariable:
                return projection.Trait.Trait.BuiltinAssociatedTypesAreSelf ? self : projection;
            case ClosureType c when projection.Trait.Trait.IsFnTrait:
                return c.ReturnType;
            case FnDefType d when projection.Trait.Trait.IsFnTrait:
                return d.Signature.Return;
            case FunctionType f when projection.Trait.Trait.IsFnTrait:
                return f.Return;
            case OpaqueType o when TraitSolver.BoundsOf(o).SelectMany(b => Bound(b, projection)).FirstOrDefault() is { } bound:
                return bound;
            case DynType d:
                return VtableLayout.Elaborate(d.Principal, d).SelectMany(b => Bound(b, projection)).FirstOrDefault() ?? projection;
        }
        if (FromImpl(projection, depth) is { } found) return found;
        if (projection.Trait.Trait.BuiltinAssociatedTypesAreSelf && self is PrimitiveType) return self;
        return projection;
    }

    private static TypeSymbol? FromBounds(GenericParameterSymbol parameter, ProjectionType projection) =>
        TraitSolver.BoundsOf(parameter).SelectMany(b => Bound(b, projection)).FirstOrDefault();

    /// <summary>
    /// A blanket impl whose where-clauses the parameter's own bounds satisfy: with `I: Iterator`,
    /// `&lt;I as IntoIterator&gt;::IntoIter` is `I` by `impl&lt;I: Iterator&gt; IntoIterator for I`.
    /// </summary>
    private static TypeSymbol? FromBlanketImpl(TypeParameterType parameter, ProjectionType projection)
    {
        var bounds = TraitSolver.BoundsOf(parameter.Parameter).ToList();
        foreach (var impl in projection.Trait.Trait.Impls)
        {
            if (impl.SelfType is not TypeParameterType { Parameter: var self } || impl.Trait!.Arguments.Count > 0) continue;
            var arguments = new ValueArray<TypeSymbol>(impl.GenericParameters.Select(g => ReferenceEquals(g, self) ? (TypeSymbol)parameter : TypeSymbol.Error));
            if (impl.GenericParameters.Length != 1 || !self.Bounds.Select(b => TraitSolver.Substitute(b, impl.GenericParameters, arguments)).All(b => bounds.Any(x => ReferenceEquals(x.Trait, b.Trait) && x.Arguments == b.Arguments))) continue;
            if (!impl.AssociatedTypes.TryGetValue(projection.Name, out var declared)) return null;
            return GenericSubstitution.Apply(declared, impl.GenericParameters, arguments);
        }
        return null;
    }

    /// <summary>
    /// `Item = X` of a bound of the same trait (and arguments) as the projection, or of a subtrait
    /// of it: `T: DerefMut&lt;Target = [u8; 3]&gt;` fixes `&lt;T as Deref&gt;::Target`.
    /// </summary>
    private static IEnumerable<TypeSymbol> Bound(TraitRef bound, ProjectionType projection)
    {
        var same = ReferenceEquals(bound.Trait, projection.Trait.Trait) && bound.Arguments == projection.Trait.Arguments;
        var sub = !same && !bound.Trait.AssociatedTypes.Contains(projection.Name)
            && VtableLayout.Elaborate(bound).Any(super => super == projection.Trait);
        if (!same && !sub) yield break;
        foreach (var binding in bound.Bindings)
        {
            if (binding.Name == projection.Name) yield return binding.Type;
        }
    }

    /// <summary>
    /// The impl whose self type and trait arguments match: its `type Name = …`, with the impl's
    /// generics put in. A blanket impl (`impl&lt;I: Iterator&gt; IntoIterator for I`) is tried last:
    /// its where-clauses are not checked here, and in a coherent program an impl for the type
    /// itself (`impl IntoIterator for &amp;Vec&lt;T&gt;`) means the blanket one does not apply.
    /// </summary>
    private static TypeSymbol? FromImpl(ProjectionType projection, int depth)
    {
        var impls = projection.Trait.Trait.Impls;
        foreach (var impl in impls.Where(i => i.SelfType is not TypeParameterType).Concat(impls.Where(i => i.SelfType is TypeParameterType)))
        {
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (!TypeMatcher.Match(impl.SelfType, projection.Self, bindings)) continue;
            if (!impl.Trait!.Arguments.Zip(projection.Trait.Arguments).All(p => TypeMatcher.Match(p.First, p.Second, bindings))) continue;
            if (!impl.AssociatedTypes.TryGetValue(projection.Name, out var declared)) return null;
            var arguments = TraitSolver.ImplArguments(impl, bindings);
            var result = GenericSubstitution.Apply(declared, impl.GenericParameters, arguments);
            return result is ProjectionType nested ? Normalize(nested, depth + 1) : result;
        }
        return null;
    }
}
