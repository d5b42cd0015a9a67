using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Overloaded places: `*w` and `a[i]` on types that are not references or arrays become calls
/// of the `Deref`/`Index` lang item traits whose result is dereferenced, as rustc builds them:
/// <code>
/// *w          →  *Deref::deref(&amp;w)               w.len()  →  Deref::deref(&amp;w).len()  (autoderef)
/// a[i]        →  *Index::index(&amp;a, i)            f(&amp;w)    →  f(&amp;*Deref::deref(&amp;w))  (deref coercion)
/// *w = 5      →  *DerefMut::deref_mut(&amp;mut w) = 5
/// a[i] += 1   →  *IndexMut::index_mut(&amp;mut a, i) += 1
/// </code>
/// The shared form is made first; a place then used mutably (assigned, borrowed `&amp;mut`, the
/// receiver of a `&amp;mut self` method) is rewritten to the mutable form by <see cref="ToMutablePlace"/>,
/// as rustc's `convert_place_derefs_to_mutable` does. Targets and outputs are associated types,
/// so they may be unsized (`type Target = [T]` once slices exist): nothing here assumes a size.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>How many `Deref` steps the method and field autoderef takes before giving up (rustc's recursion limit).</summary>
    private const int MaxDerefSteps = 32;

    /// <summary>`&lt;T as Deref&gt;::Target` when T has a `Deref` impl or bound, else null.</summary>
    private TypeSymbol? DerefTarget(TypeSymbol type)
    {
        if (type is not (AdtType or TypeParameterType)) return null;
        var deref = new TraitRef(LangItems.Trait(LangItem.Deref), ValueArray<TypeSymbol>.Empty);
        if (!Solver.Implements(type, deref)) return null;
        return Projections.Normalize(new ProjectionType(type, deref, LangItems.Trait(LangItem.Deref).AssociatedTypes[0]));
    }

    /// <summary>`*Deref::deref(&amp;operand)`, or null when the operand's type has no `Deref`.</summary>
    private BoundExpression? OverloadedDeref(BoundExpression operand, TextSpan span)
    {
        var type = StructurallyResolve(operand.Type);
        // A box's deref is built in (a place, no call), as in rustc's MIR, although `Box` has a `Deref` impl for generic code.
        if (type is AdtType { Adt.IsBox: true } box) return new BoundDereference(span, box.Arguments[0], operand);
        if (DerefTarget(type) is not { } target) return null;
        var borrow = new BoundAddressOf(operand.Span, new ReferenceType(type, false), false, operand);
        var call = new BoundCall(span, new ReferenceType(target, false), LangItems.DerefFn, [type], [borrow]) { Location = span, CalleeSpan = span };
        return new BoundDereference(span, target, call);
    }

    /// <summary>`*Index::index(&amp;target, index)` for a type with an `Index` impl or bound, or null.</summary>
    private BoundExpression? OverloadedIndex(BoundExpression target, BoundExpression index, TextSpan span)
    {
        var type = StructurallyResolve(target.Type);
        if (type is not (AdtType or TypeParameterType)) return null;
        var indexTrait = LangItems.Trait(LangItem.Index);
        var candidates = type is AdtType ? Solver.ImplsFor(type, indexTrait).ToList() : [];
        var idx = candidates.Count == 1
            ? GenericSubstitution.Apply(candidates[0].Impl.Trait!.Arguments[0], candidates[0].Impl.GenericParameters, candidates[0].Arguments)
            : index.Type;
        if (type is TypeParameterType p && TraitSolver.BoundsOf(p.Parameter).FirstOrDefault(b => ReferenceEquals(b.Trait, indexTrait)) is { } bound) idx = bound.Arguments[0];
        CoerceTo(index, idx, index.Span);
        var traitRef = new TraitRef(indexTrait, new ValueArray<TypeSymbol>([Resolve(index.Type)]));
        if (!Solver.Implements(type, traitRef)) return null;
        var output = Projections.Normalize(new ProjectionType(type, traitRef, indexTrait.AssociatedTypes[0]));
        var borrow = new BoundAddressOf(target.Span, new ReferenceType(type, false), false, target);
        var call = new BoundCall(span, new ReferenceType(output, false), LangItems.IndexFn, [type, traitRef.Arguments[0]], [borrow, index]) { Location = span, CalleeSpan = span };
        return new BoundDereference(span, output, call);
    }

    /// <summary>
    /// Indexing (and an array's `len`) autoderefs through `Deref` impls too, up to a type that is
    /// an array or has an `Index` impl or bound: `w[1]` with `w: Wrapper&lt;[i32; 3]&gt;`.
    /// </summary>
    private BoundExpression DerefToIndexable(BoundExpression target, TextSpan span)
    {
        for (var step = 0; step < MaxDerefSteps && !IsIndexable(StructurallyResolve(target.Type)); step++)
        {
            if (OverloadedDeref(target, span) is not { } next) break;
            target = AutoDeref(next);
        }
        return target;
    }

    private bool IsIndexable(TypeSymbol type)
    {
        var index = LangItems.Trait(LangItem.Index);
        return type switch
        {
            ArrayType or ErrorType or InferenceVariable => true,
            AdtType => Solver.ImplsFor(type, index).Any(),
            TypeParameterType p => TraitSolver.BoundsOf(p.Parameter).Any(b => ReferenceEquals(b.Trait, index)),
            _ => false,
        };
    }

    /// <summary>Whether the expression is an overloaded deref or index (a call of `deref`/`index` dereferenced).</summary>
    private bool IsOverloadedPlace(BoundExpression e) =>
        e is BoundDereference { Operand: BoundCall call } && (ReferenceEquals(call.Function, LangItems.DerefFn) || ReferenceEquals(call.Function, LangItems.IndexFn));

    /// <summary>
    /// The same place, reached mutably: each overloaded deref or index in it becomes
    /// `deref_mut`/`index_mut` of a `&amp;mut` borrow. <paramref name="span"/> is the assignment or
    /// borrow, where rustc reports a type without `DerefMut`/`IndexMut` (E0594, E0596) and a
    /// borrowed root that is not `mut` (E0596).
    /// </summary>
    private BoundExpression ToMutablePlace(BoundExpression place, TextSpan span, bool assigned)
    {
        switch (place)
        {
            case BoundFieldAccess f:
                return f with { Target = ToMutablePlace(f.Target, span, assigned) };
            case BoundTupleField f:
                return f with { Target = ToMutablePlace(f.Target, span, assigned) };
            case BoundIndex i:
                return i with { Target = ToMutablePlace(i.Target, span, assigned) };
            case BoundDereference { Operand: BoundCall call } d when IsOverloadedPlace(d):
                var isDeref = ReferenceEquals(call.Function, LangItems.DerefFn);
                var trait = new TraitRef(LangItems.Trait(isDeref ? LangItem.DerefMut : LangItem.IndexMut), new ValueArray<TypeSymbol>(call.TypeArguments.Skip(1)));
                if (!Solver.Implements(Resolve(call.TypeArguments[0]), trait))
                {
                    Report(SemanticDiagnostics.NoMutableOverload(span, assigned, !isDeref, Resolve(call.TypeArguments[0])));
                    return place;
                }
                var inner = ((BoundAddressOf)call.Arguments[0]).Operand;
                var mutableInner = ToMutablePlace(inner, span, assigned: false);
                if (!IsMutablePlace(mutableInner) && RootLocal(mutableInner) is { } local)
                    Report(SemanticDiagnostics.BorrowImmutableAsMutable(inner.Span, local.Name));
                var borrow = new BoundAddressOf(inner.Span, new ReferenceType(inner.Type, true), true, mutableInner);
                var mutableCall = call with
                {
                    Function = isDeref ? LangItems.DerefMutFn : LangItems.IndexMutFn,
                    Type = new ReferenceType(d.Type, true),
                    Arguments = [borrow, .. call.Arguments.Skip(1)],
                };
                return d with { Operand = mutableCall };
            default:
                return place;
        }
    }

    /// <summary>
    /// Deref coercion: `&amp;W` where `&amp;T` is expected, W dereferencing (perhaps in several steps)
    /// to T, is `&amp;*deref(&amp;W)`; `&amp;mut W` to `&amp;mut T` goes through `deref_mut`. Null when no
    /// such chain leads to the expected referent. An expected referent that is not known yet
    /// (`&amp;[T]` of a generic call, `&amp;[?T]`) is met at the first step that could unify with it, as
    /// rustc's autoderef probes each step: `slen(&amp;v)` with `fn slen&lt;T&gt;(s: &amp;[T])` is `&amp;v[..]`.
    /// </summary>
    private BoundExpression? TryDerefCoercion(BoundExpression expression, TypeSymbol expected)
    {
        if (_inference.Shallow(expected) is not ReferenceType { Referent: var wanted } target) return null;
        if (_inference.Shallow(expression.Type) is not ReferenceType source || (target.IsMutable && !source.IsMutable)) return null;
        var want = Resolve(wanted);
        var open = !want.IsConcrete && want is not TypeParameterType;
        // The type itself is autoderef's first step: if it could be the wanted one, plain unification decides.
        if (open && _inference.CouldUnify(source.Referent, want)) return null;
        BoundExpression place = new BoundDereference(expression.Span, source.Referent, expression);
        for (var step = 0; step < MaxDerefSteps; step++)
        {
            if (DerefStep(place, expression.Span, target.IsMutable) is not { } next) return null;
            place = target.IsMutable ? ToMutablePlace(next, expression.Span, assigned: false) : next;
            // `{integer}` may become the wanted `i32`; a type parameter is only itself.
            var fits = open ? _inference.CouldUnify(place.Type, want)
                : want.IsConcrete ? TypeMatcher.Match(want, Resolve(place.Type), []) : Resolve(place.Type) == want;
            if (!fits || !_inference.Unify(place.Type, want)) continue;
            return new BoundAddressOf(expression.Span, new ReferenceType(place.Type, target.IsMutable), target.IsMutable, place);
        }
        return null;
    }

    /// <summary>
    /// One step of a deref coercion: a reference is dereferenced built in (`&amp;&amp;str` to `&amp;str`), anything
    /// else through `Deref`. A `&amp;mut` target cannot be reached through a shared reference.
    /// </summary>
    private BoundExpression? DerefStep(BoundExpression place, TextSpan span, bool mutable) => _inference.Shallow(place.Type) switch
    {
        ReferenceType { IsMutable: false } when mutable => null,
        ReferenceType => BuiltinDeref(place, span),
        _ => OverloadedDeref(place, span),
    };
}
