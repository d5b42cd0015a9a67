namespace ToyRust.Semantics.Types;

/// <summary>
/// Rebuilds a type with some of its parts replaced: the one place that knows which types have
/// parts, shared by <see cref="TypeSubstitution"/> and <see cref="GenericSubstitution"/>.
/// A part that nothing replaced keeps its identity, so a type without inference variables or
/// generic parameters comes back as the very same object.
/// </summary>
public static class TypeFold
{
    /// <param name="replace">The replacement for a part, or null to keep it (and look inside).</param>
    /// <param name="memo">What earlier calls made of each type object; see <see cref="TypeMemo"/>.</param>
    public static TypeSymbol Map(TypeSymbol type, Func<TypeSymbol, TypeSymbol?> replace, TypeMemo? memo = null)
    {
        if (memo is not null && memo.TryGet(type, out var known)) return known;
        var result = replace(type) ?? type switch
        {
            TupleType t => MapAll(t.Elements, replace, memo) is { } elements ? new TupleType(elements) : t,
            ArrayType a => Map(a.Element, replace, memo) is var e && !ReferenceEquals(e, a.Element) ? a with { Element = e } : a,
            SliceType s => Map(s.Element, replace, memo) is var se && !ReferenceEquals(se, s.Element) ? s with { Element = se } : s,
            ReferenceType r => Map(r.Referent, replace, memo) is var referent && !ReferenceEquals(referent, r.Referent)
                ? r with { Referent = referent }
                : r,
            RawPointerType p => Map(p.Pointee, replace, memo) is var pointee && !ReferenceEquals(pointee, p.Pointee)
                ? p with { Pointee = pointee }
                : p,
            AdtType adt => MapAll(adt.Arguments, replace, memo) is { } arguments ? adt with { Arguments = arguments } : adt,
            FunctionType f => MapFunction(f, replace, memo),
            DynType d => MapDyn(d, replace, memo),
            ProjectionType p => MapProjection(p, replace, memo),
            OpaqueType o => MapAll(o.Arguments, replace, memo) is { } arguments ? o with { Arguments = arguments } : o,
            ClosureType c => MapAll(c.Arguments, replace, memo) is { } arguments ? c with { Arguments = arguments } : c,
            FnDefType d => MapAll(d.Arguments, replace, memo) is { } arguments ? d with { Arguments = arguments } : d,
            PrimitiveType or NeverType or ErrorType or InferenceVariable or TypeParameterType => type,
            _ => throw new InvalidOperationException($"TypeFold does not know {type.GetType().Name}"),
        };
        memo?.Add(type, result);
        return result;
    }

    /// <summary>A projection whose parts changed may now be known (`&lt;T as Deref&gt;::Target` with T = Wrapper&lt;i32&gt;).</summary>
    private static TypeSymbol MapProjection(ProjectionType p, Func<TypeSymbol, TypeSymbol?> replace, TypeMemo? memo)
    {
        var self = Map(p.Self, replace, memo);
        var arguments = MapAll(p.Trait.Arguments, replace, memo);
        if (ReferenceEquals(self, p.Self) && arguments is null) return p;
        return Traits.Projections.Normalize(new ProjectionType(self, p.Trait with { Arguments = arguments ?? p.Trait.Arguments }, p.Name));
    }

    /// <summary>`dyn Fn(T) -> T`: the arguments and the bindings (`Output = T`) both.</summary>
    private static DynType MapDyn(DynType d, Func<TypeSymbol, TypeSymbol?> replace, TypeMemo? memo)
    {
        var arguments = MapAll(d.Principal.Arguments, replace, memo);
        var bindings = d.Principal.Bindings.Select(b => Map(b.Type, replace, memo) is var t && !ReferenceEquals(t, b.Type) ? b with { Type = t } : b).ToArray();
        var changed = bindings.Where((b, i) => !ReferenceEquals(b, d.Principal.Bindings[i])).Any();
        if (arguments is null && !changed) return d;
        return new DynType(d.Principal with { Arguments = arguments ?? d.Principal.Arguments, Bindings = changed ? new ValueArray<Symbols.AssociatedTypeBinding>([.. bindings]) : d.Principal.Bindings });
    }

    private static FunctionType MapFunction(FunctionType f, Func<TypeSymbol, TypeSymbol?> replace, TypeMemo? memo)
    {
        var parameters = MapAll(f.Parameters, replace, memo);
        var ret = Map(f.Return, replace, memo);
        return parameters is null && ReferenceEquals(ret, f.Return) ? f : new FunctionType(parameters ?? f.Parameters, ret);
    }

    /// <summary>The mapped list, or null when every element came back unchanged.</summary>
    private static ValueArray<TypeSymbol>? MapAll(ValueArray<TypeSymbol> types, Func<TypeSymbol, TypeSymbol?> replace, TypeMemo? memo)
    {
        TypeSymbol[]? mapped = null;
        for (var i = 0; i < types.Count; i++)
        {
            var result = Map(types[i], replace, memo);
            if (mapped is null && ReferenceEquals(result, types[i])) continue;
            mapped ??= [.. types];
            mapped[i] = result;
        }
        return mapped is null ? null : new ValueArray<TypeSymbol>(mapped);
    }
}

/// <summary>
/// What one substitution made of each type object it has seen, keyed by identity. Code generation
/// resolves the type of every node of a body, and in `&amp;&amp;&amp;…x` each node's type is the one below it
/// wrapped once more: with a memo each level costs one step, without it the whole chain is
/// rebuilt (and hashed) at every level, quadratic in the depth. Use one memo per substitution.
/// </summary>
public sealed class TypeMemo
{
    private readonly Dictionary<TypeSymbol, TypeSymbol> _results = new(ReferenceEqualityComparer.Instance);

    internal bool TryGet(TypeSymbol type, out TypeSymbol result) => _results.TryGetValue(type, out result!);

    internal void Add(TypeSymbol type, TypeSymbol result) => _results[type] = result;
}
