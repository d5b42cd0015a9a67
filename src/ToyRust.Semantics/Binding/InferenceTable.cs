using System.Collections.Immutable;
using ToyRust.Semantics.Types;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Solves the inference variables of one function body by unification, the way rustc's type
/// inference does for locals: `let x = 5; let y: i64 = x;` makes the literal an `i64`.
/// Integer variables accept only integer types and default to `i32`; float ones default to `f64`.
/// </summary>
internal sealed class InferenceTable
{
    private readonly Dictionary<int, TypeSymbol> _solutions = [];
    private readonly List<InferenceVariable> _variables = [];

    public InferenceVariable NewVariable(InferenceKind kind)
    {
        var v = new InferenceVariable(_variables.Count, kind);
        _variables.Add(v);
        return v;
    }

    /// <summary>Follows solved variables at the top level only.</summary>
    public TypeSymbol Shallow(TypeSymbol type)
    {
        while (type is InferenceVariable v && _solutions.TryGetValue(v.Id, out var t)) type = t;
        return type;
    }

    public TypeSymbol Resolve(TypeSymbol type) => TypeSubstitution.Apply(type, _solutions);

    /// <summary>Makes the two types equal, or returns false (and changes nothing observable).</summary>
    public bool Unify(TypeSymbol a, TypeSymbol b)
    {
        a = Normalized(Shallow(a));
        b = Normalized(Shallow(b));
        if (a == b) return true;
        if (a is ErrorType || b is ErrorType) return true;
        if (a is InferenceVariable va) return Bind(va, b);
        if (b is InferenceVariable vb) return Bind(vb, a);
        return (a, b) switch
        {
            (TupleType ta, TupleType tb) => ta.Elements.Count == tb.Elements.Count && ta.Elements.Zip(tb.Elements).All(p => Unify(p.First, p.Second)),
            (ArrayType aa, ArrayType ab) => aa.Length == ab.Length && Unify(aa.Element, ab.Element),
            (SliceType sa, SliceType sb) => Unify(sa.Element, sb.Element),
            (ReferenceType ra, ReferenceType rb) => ra.IsMutable == rb.IsMutable && Unify(ra.Referent, rb.Referent),
            (RawPointerType pa, RawPointerType pb) => pa.IsMutable == pb.IsMutable && Unify(pa.Pointee, pb.Pointee),
            (AdtType aa, AdtType ab) => ReferenceEquals(aa.Adt, ab.Adt) && aa.Arguments.Count == ab.Arguments.Count && aa.Arguments.Zip(ab.Arguments).All(p => Unify(p.First, p.Second)),
            (ProjectionType pa, ProjectionType pb) => ReferenceEquals(pa.Trait.Trait, pb.Trait.Trait) && pa.Name == pb.Name
                && Unify(pa.Self, pb.Self) && pa.Trait.Arguments.Zip(pb.Trait.Arguments).All(p => Unify(p.First, p.Second)),
            (DynType da, DynType db) => ReferenceEquals(da.Principal.Trait, db.Principal.Trait)
                && da.Principal.Arguments.Zip(db.Principal.Arguments).All(p => Unify(p.First, p.Second)) && UnifyBindings(da.Principal, db.Principal),
            (OpaqueType oa, OpaqueType ob) => ReferenceEquals(oa.Opaque, ob.Opaque) && oa.Arguments.Zip(ob.Arguments).All(p => Unify(p.First, p.Second)),
            (ClosureType ca, ClosureType cb) => ReferenceEquals(ca.Closure, cb.Closure) && ca.Arguments.Zip(cb.Arguments).All(p => Unify(p.First, p.Second)),
            (FnDefType da, FnDefType db) => ReferenceEquals(da.Function, db.Function) && da.Arguments.Zip(db.Arguments).All(p => Unify(p.First, p.Second)),
            (FunctionType fa, FunctionType fb) => fa.Parameters.Count == fb.Parameters.Count
                && fa.Parameters.Zip(fb.Parameters).All(p => Unify(p.First, p.Second)) && Unify(fa.Return, fb.Return),
            _ => false,
        };
    }

    /// <summary>
    /// `dyn Fn(i32) -> u8` is not `dyn Fn(i32) -> i32`: a trait object's associated type bindings
    /// are part of its type (rustc's existential projection predicates), each equal by name.
    /// </summary>
    private bool UnifyBindings(Symbols.TraitRef a, Symbols.TraitRef b) =>
        a.Bindings.Count == b.Bindings.Count
        && a.Bindings.All(x => b.Bindings.FirstOrDefault(y => y.Name == x.Name) is { } y && Unify(x.Type, y.Type));

    /// <summary>A projection whose self type has been solved since it was made is what its impl says.</summary>
    /// <summary>
    /// Whether the two types could be made equal, leaving every variable as it was: a probe, as
    /// rustc's `probe(|_| …)` (autoderef tries each step against the expected type this way).
    /// </summary>
    public bool CouldUnify(TypeSymbol a, TypeSymbol b)
    {
        var saved = new Dictionary<int, TypeSymbol>(_solutions);
        var could = Unify(a, b);
        _solutions.Clear();
        foreach (var (id, solution) in saved) _solutions[id] = solution;
        return could;
    }

    private TypeSymbol Normalized(TypeSymbol type) => type is ProjectionType ? Resolve(type) : type;

    /// <summary>Gives every unsolved variable its default and returns the complete solution.</summary>
    public ImmutableDictionary<int, TypeSymbol> Finish()
    {
        foreach (var v in _variables)
        {
            if (Shallow(v) is InferenceVariable open)
            {
                _solutions[open.Id] = open.Kind switch
                {
                    InferenceKind.Integer => TypeSymbol.I32,
                    InferenceKind.Float => TypeSymbol.F64,
                    _ => TypeSymbol.Error,
                };
            }
        }
        return _solutions.ToImmutableDictionary();
    }

    /// <summary>Variables still unsolved and without a default (for "type annotations needed").</summary>
    public bool IsUnsolvedGeneral(TypeSymbol type) => Shallow(type) is InferenceVariable { Kind: InferenceKind.General };

    private bool Bind(InferenceVariable v, TypeSymbol t)
    {
        if (t is InferenceVariable other)
        {
            // Keep the more specific kind at the root: {integer} absorbs a general variable.
            if (v.Kind == InferenceKind.General) { _solutions[v.Id] = other; return true; }
            if (other.Kind == InferenceKind.General || other.Kind == v.Kind) { _solutions[other.Id] = v; return true; }
            return false;
        }
        if (v.Kind == InferenceKind.Integer && !t.IsInteger) return t is NeverType;
        if (v.Kind == InferenceKind.Float && !t.IsFloat) return t is NeverType;
        if (Occurs(v, t)) return false;
        _solutions[v.Id] = t;
        return true;
    }

    private bool Occurs(InferenceVariable v, TypeSymbol t) => Shallow(t) switch
    {
        InferenceVariable w => w.Id == v.Id,
        TupleType tt => tt.Elements.Any(e => Occurs(v, e)),
        ArrayType at => Occurs(v, at.Element),
        SliceType st => Occurs(v, st.Element),
        ReferenceType rt => Occurs(v, rt.Referent),
        RawPointerType pt => Occurs(v, pt.Pointee),
        AdtType at => at.Arguments.Any(a => Occurs(v, a)),
        DynType dt => dt.Principal.Arguments.Any(a => Occurs(v, a)) || dt.Principal.Bindings.Any(b => Occurs(v, b.Type)),
        ProjectionType pt => Occurs(v, pt.Self) || pt.Trait.Arguments.Any(a => Occurs(v, a)),
        OpaqueType ot => ot.Arguments.Any(a => Occurs(v, a)),
        ClosureType ct => ct.Arguments.Any(a => Occurs(v, a)),
        FnDefType dt => dt.Arguments.Any(a => Occurs(v, a)),
        FunctionType ft => ft.Parameters.Any(p => Occurs(v, p)) || Occurs(v, ft.Return),
        _ => false,
    };
}
