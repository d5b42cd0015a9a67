using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Capture analysis, as rustc's `upvar.rs` does it in edition 2021 (RFC 2229, disjoint captures).
/// A closure captures *places*, not whole variables: walking the body finds each use of a place
/// rooted at an upvar (`p.x`, `*r`, `(*b).name`) and what the use does with it (reads, mutates,
/// moves). Each use becomes a capture after rustc's truncation rules:
/// <code>
/// move || …            every capture by value, cut before the first dereference   (adjust_for_move_closure)
/// || drop(*b)          a move is cut before the first dereference: `b` by value     (adjust_for_non_move_closure)
/// move || d.name       a by-value capture stops at a type with a `Drop` impl: `d`   (restrict_precision_for_drop_types)
/// || r.x + r.y         a borrow through `&amp;` stops after its last such deref: `*r` (truncate_capture_for_optimization)
/// || a[0] += 1         indexing and raw pointers end a place: `a`                  (restrict_capture_precision)
/// </code>
/// Then the captures of one variable are made minimal: a place whose ancestor is captured is
/// covered by it (which takes the stronger mode), and they are sorted by their field numbers, so
/// the closure's fields, and the drop order of its by-value ones, follow the struct's declaration.
/// The variables keep the order the body first mentions them in.
/// </summary>
internal sealed partial class FunctionChecker
{
    private enum UpvarUse
    {
        Read,
        Mutate,
        Move,
    }

    /// <summary>A place the body uses: its root upvar, then the nodes of the chain outward (`p`, `p.a`, `p.a.b`); step i leads from node i to node i+1.</summary>
    private sealed record UsedPlace(LocalSymbol Root, List<BoundExpression> Nodes)
    {
        public int Length => Nodes.Count - 1;
    }

    /// <summary>What the walk of one closure's body found: each use of an upvar's place, in the order of the body.</summary>
    private sealed class CaptureUses(IReadOnlyCollection<LocalSymbol> upvars)
    {
        public HashSet<LocalSymbol> Upvars { get; } = new(upvars, ReferenceEqualityComparer.Instance);

        public List<PlaceUse> Uses { get; } = [];
    }

    /// <summary>Where a use is written, for the errors of a closure whose expected kind forbids it: an assignment's span, or the used place's.</summary>
    private sealed record UseSite(TextSpan Span, bool Assigns, bool Indexed);

    private sealed record PlaceUse(UsedPlace Place, UpvarUse Use, UseSite Site);

    /// <summary>A capture being decided: a used place cut to <see cref="Length"/> steps, and its mode.</summary>
    private sealed class CaptureCandidate(UsedPlace place, int length, CaptureMode mode)
    {
        public UsedPlace Place { get; } = place;

        public int Length { get; set; } = length;

        public CaptureMode Mode { get; set; } = mode;
    }

    /// <summary>Decides the closure's captures from the places its body uses, and its kind from the strongest use.</summary>
    private void AnalyzeCaptures(ClosureContext context, BoundExpression body)
    {
        var uses = new CaptureUses(context.Upvars);
        WalkUses(body, UpvarUse.Move, uses);
        var symbol = context.Symbol;
        var bodyKind = uses.Uses.Any(u => u.Use == UpvarUse.Move) ? ClosureKind.FnOnce
            : uses.Uses.Any(u => u.Use == UpvarUse.Mutate) ? ClosureKind.FnMut
            : ClosureKind.Fn;
        // An expected kind (from an `Fn*` bound where the closure is written) is the kind, as in
        // rustc: a body that needs more is then wrong at each use that needs it (E0507, E0594,
        // E0596, rustc's borrow checker), not as a whole closure (E0525).
        symbol.Kind = symbol.ExpectedKind ?? bodyKind;
        if (bodyKind > symbol.Kind) ReportUsesBeyondKind(uses, symbol.Kind);
        var candidates = uses.Uses.Select(u => Truncate(u.Place, u.Use, symbol.IsMove));
        var minimal = MinimalCaptures(candidates);
        symbol.Upvars = [.. context.Upvars];
        symbol.Captures = [.. context.Upvars.SelectMany(u => minimal.Where(c => ReferenceEquals(c.Place.Root, u)).Order(FieldOrder.Instance)).Select(CaptureOf)];
    }

    /// <summary>rustc's adjustments of one use's place and mode, in rustc's order (see the file's comment).</summary>
    private CaptureCandidate Truncate(UsedPlace place, UpvarUse use, bool isMove)
    {
        var candidate = new CaptureCandidate(place, place.Length, use switch
        {
            UpvarUse.Move => CaptureMode.ByValue,
            UpvarUse.Mutate => CaptureMode.ByMutRef,
            _ => CaptureMode.ByRef,
        });
        var firstDeref = Enumerable.Range(0, place.Length).FirstOrDefault(i => IsDerefStep(place, i), -1);
        if ((isMove || candidate.Mode == CaptureMode.ByValue) && firstDeref >= 0) candidate.Length = firstDeref;
        if (isMove) candidate.Mode = CaptureMode.ByValue;
        if (candidate.Mode == CaptureMode.ByValue && !IsCopyNow(place.Nodes[^1].Type))
        {
            var dropAt = Enumerable.Range(0, candidate.Length).FirstOrDefault(i => HasDropImplNow(place.Nodes[i].Type), -1);
            if (dropAt >= 0) candidate.Length = dropAt;
        }
        // Fields read through a shared reference are read through it anyway: capture the reference's target.
        var lastDeref = Enumerable.Range(0, candidate.Length).LastOrDefault(i => IsDerefStep(place, i), -1);
        if (lastDeref >= 0 && Resolve(place.Nodes[lastDeref].Type) is ReferenceType { IsMutable: false }) candidate.Length = lastDeref + 1;
        return candidate;
    }

    private static bool IsDerefStep(UsedPlace place, int step) => place.Nodes[step + 1] is BoundDereference;

    private bool HasDropImplNow(TypeSymbol type) =>
        Resolve(type) is AdtType adt && Solver.FindImpl(adt, new TraitRef(LangItems.Trait(LangItem.Drop), ValueArray<TypeSymbol>.Empty)) is not null;

    /// <summary>
    /// rustc's `compute_min_captures`: no captured place is an ancestor of another. A use under a
    /// captured place strengthens that capture's mode; a use above captured places replaces them.
    /// </summary>
    private static List<CaptureCandidate> MinimalCaptures(IEnumerable<CaptureCandidate> candidates)
    {
        var minimal = new List<CaptureCandidate>();
        foreach (var candidate in candidates)
        {
            var ancestor = minimal.FirstOrDefault(m => IsAncestorOrSelf(m, candidate));
            if (ancestor is not null)
            {
                ancestor.Mode = (CaptureMode)Math.Max((int)ancestor.Mode, (int)candidate.Mode);
                continue;
            }
            foreach (var descendant in minimal.Where(m => IsAncestorOrSelf(candidate, m)).ToList())
            {
                candidate.Mode = (CaptureMode)Math.Max((int)candidate.Mode, (int)descendant.Mode);
                minimal.Remove(descendant);
            }
            minimal.Add(candidate);
        }
        return minimal;
    }

    private static bool IsAncestorOrSelf(CaptureCandidate ancestor, CaptureCandidate place)
    {
        if (!ReferenceEquals(ancestor.Place.Root, place.Place.Root) || ancestor.Length > place.Length) return false;
        var (a, p) = (StepsOf(ancestor.Place), StepsOf(place.Place));
        return Enumerable.Range(0, ancestor.Length).All(i => a[i] == p[i]);
    }

    private static List<CaptureStep> StepsOf(UsedPlace place) => [.. place.Nodes.Skip(1).Select(StepOf)];

    private static CaptureStep StepOf(BoundExpression node) => node switch
    {
        BoundFieldAccess f => new CaptureStep(false, f.Field.Index),
        BoundTupleField t => new CaptureStep(false, t.Index),
        _ => new CaptureStep(true, -1),
    };

    /// <summary>rustc sorts one variable's captures by their field numbers, the first that differs deciding.</summary>
    private sealed class FieldOrder : IComparer<CaptureCandidate>
    {
        public static readonly FieldOrder Instance = new();

        public int Compare(CaptureCandidate? x, CaptureCandidate? y)
        {
            var a = StepsOf(x!.Place).Take(x.Length).Where(s => !s.IsDeref);
            var b = StepsOf(y!.Place).Take(y.Length).Where(s => !s.IsDeref);
            return a.Zip(b).Select(p => p.First.Field.CompareTo(p.Second.Field)).FirstOrDefault(c => c != 0);
        }
    }

    private Capture CaptureOf(CaptureCandidate candidate)
    {
        var place = candidate.Place;
        var node = place.Nodes[candidate.Length];
        var steps = StepsOf(place).Take(candidate.Length).ToImmutableArray();
        var fieldType = candidate.Mode switch
        {
            CaptureMode.ByValue => node.Type,
            var mode => new ReferenceType(node.Type, mode == CaptureMode.ByMutRef),
        };
        return new Capture(place.Root, steps, node, candidate.Mode, fieldType);
    }

    /// <summary>`p`, `p.x`, `(*r).x`, `*b`: a place rooted at an upvar of the closure, through fields and dereferences of references and boxes.</summary>
    private UsedPlace? UpvarPlace(BoundExpression e, CaptureUses uses)
    {
        var nodes = new List<BoundExpression>();
        while (true)
        {
            nodes.Add(e);
            switch (e)
            {
                case BoundFieldAccess f:
                    e = f.Target;
                    break;
                case BoundTupleField t:
                    e = t.Target;
                    break;
                case BoundDereference d when Resolve(d.Operand.Type) is ReferenceType or AdtType { Adt.IsBox: true }:
                    e = d.Operand;
                    break;
                case BoundLocal l when uses.Upvars.Contains(l.Local):
                    nodes.Reverse();
                    return new UsedPlace(l.Local, nodes);
                default:
                    return null;
            }
        }
    }

    private bool IsCopyNow(TypeSymbol type) =>
        Solver.Implements(Resolve(type), new TraitRef(LangItems.Trait(LangItem.Copy), ValueArray<TypeSymbol>.Empty));

    /// <summary>
    /// Records each use of an upvar's place: <paramref name="use"/> is what the context does with
    /// the value of <paramref name="node"/> (a value of a `Copy` type is only read).
    /// </summary>
    private void WalkUses(BoundNode node, UpvarUse use, CaptureUses uses, UseSite? site = null)
    {
        if (use == UpvarUse.Move && node is BoundExpression e && IsCopyNow(e.Type)) use = UpvarUse.Read;
        if (node is BoundLocal or BoundFieldAccess or BoundTupleField or BoundDereference && UpvarPlace((BoundExpression)node, uses) is { } place)
        {
            uses.Uses.Add(new PlaceUse(place, use, site ?? new UseSite(node.Span, false, false)));
            return;
        }
        switch (node)
        {
            case BoundLocal:
                return;
            case BoundAddressOf a:
                WalkUses(a.Operand, a.IsMutable ? UpvarUse.Mutate : UpvarUse.Read, uses, a.IsMutable ? new UseSite(a.Span, false, false) : null);
                return;
            case BoundAssignment a:
                WalkUses(a.Target, UpvarUse.Mutate, uses, new UseSite(a.Span, true, false));
                WalkUses(a.Value, UpvarUse.Move, uses);
                return;
            case BoundFieldAccess f:
                WalkUses(f.Target, use, uses, site);
                return;
            case BoundTupleField f:
                WalkUses(f.Target, use, uses, site);
                return;
            // Indexing ends a captured place (`a[0] += 1` captures `a`), as a raw pointer's dereference does.
            case BoundIndex i:
                WalkUses(i.Target, use == UpvarUse.Mutate ? UpvarUse.Mutate : UpvarUse.Read, uses, site is null ? null : site with { Indexed = true });
                WalkUses(i.Index, UpvarUse.Move, uses);
                return;
            // A raw pointer does not pass on mutability: `*p += 1` only reads `p` (rustc captures it by `&`; the closure is `Fn`).
            case BoundDereference d when Resolve(d.Operand.Type) is RawPointerType:
                WalkUses(d.Operand, UpvarUse.Read, uses);
                return;
            case BoundDereference d:
                WalkUses(d.Operand, use == UpvarUse.Mutate ? UpvarUse.Mutate : UpvarUse.Read, uses, site);
                return;
            // A pattern uses the parts of an upvar's place it looks at, not the whole (rustc's `walk_pat`).
            case BoundMatch m when UpvarPlace(m.Scrutinee, uses) is { } scrutinee:
                foreach (var arm in m.Arms)
                {
                    WalkPattern(scrutinee, arm.Pattern, uses);
                    if (arm.Guard is not null) WalkUses(arm.Guard, UpvarUse.Move, uses);
                    WalkUses(arm.Body, UpvarUse.Move, uses);
                }
                return;
            case BoundMatch m:
                WalkUses(m.Scrutinee, MovesOutOf(m) ? UpvarUse.Move : UpvarUse.Read, uses);
                foreach (var arm in m.Arms) WalkUses(arm, UpvarUse.Move, uses);
                return;
            // `let t = s;` moves `s` as an expression does (the move is at `s`); a pattern takes it apart.
            case BoundLet { Initializer: { } initializer, Pattern: not BoundBindingPattern { ByReference: false, SubPattern: null } } let
                when UpvarPlace(initializer, uses) is { } matched:
                WalkPattern(matched, let.Pattern, uses);
                return;
            // `a == b`, `a < b`: `PartialEq::eq(&a, &b)`, operands borrowed, as rustc's capture analysis sees them.
            case BoundBinary { Operator: BinaryOperator.Eq or BinaryOperator.Ne or BinaryOperator.Lt or BinaryOperator.Le or BinaryOperator.Gt or BinaryOperator.Ge } b:
                WalkUses(b.Left, UpvarUse.Read, uses);
                WalkUses(b.Right, UpvarUse.Read, uses);
                return;
            case BoundPrint or BoundPanic:
                foreach (var argument in BoundTree.Children(node)) WalkUses(argument, UpvarUse.Read, uses);
                return;
            // A closure inside uses what it captures, as it captures it.
            case BoundClosure inner:
                foreach (var capture in inner.Closure.Captures) WalkUses(capture.Place, UseOf(capture.Mode), uses);
                return;
            default:
                foreach (var child in BoundTree.Children(node)) WalkUses(child, UpvarUse.Move, uses);
                return;
        }
    }

    private static UpvarUse UseOf(CaptureMode mode) => mode switch
    {
        CaptureMode.ByValue => UpvarUse.Move,
        CaptureMode.ByMutRef => UpvarUse.Mutate,
        _ => UpvarUse.Read,
    };

    /// <summary>
    /// The uses of a pattern matched against an upvar's place (rustc's `walk_pat`): a binding uses
    /// its part (moves it, unless it is `Copy` or bound by reference), a literal or range reads
    /// it, `_` uses nothing; tuples, structs, enums of one variant and `&amp;p` lead to their parts.
    /// Other enums and arrays are used whole: a test of the variant reads the discriminant, and
    /// indexing ends a captured place, so every use inside them is a use of the enum or array.
    /// The parts are written as the field accesses they stand for, at the scrutinee's span (where
    /// rustc points when it names the capture).
    /// </summary>
    private void WalkPattern(UsedPlace place, BoundPattern pattern, CaptureUses uses)
    {
        switch (pattern)
        {
            case BoundWildcardPattern:
                return;
            case BoundBindingPattern b:
                uses.Uses.Add(new PlaceUse(place, BindingUse(b), new UseSite(b.Span, false, false)));
                if (b.SubPattern is not null) WalkPattern(place, b.SubPattern, uses);
                return;
            case BoundOrPattern o:
                foreach (var alternative in o.Alternatives) WalkPattern(place, alternative, uses);
                return;
            case BoundTuplePattern t:
                for (var i = 0; i < t.Elements.Length; i++)
                    WalkPattern(Extended(place, new BoundTupleField(place.Nodes[^1].Span, t.Elements[i].Type, place.Nodes[^1], i)), t.Elements[i], uses);
                return;
            case BoundVariantPattern v when v.Variant.Owner.Variants.Length == 1:
                for (var i = 0; i < v.Fields.Length; i++)
                    WalkPattern(Extended(place, new BoundFieldAccess(place.Nodes[^1].Span, v.Fields[i].Type, place.Nodes[^1], v.Variant.Fields[i])), v.Fields[i], uses);
                return;
            case BoundDerefPattern d when Resolve(d.Type) is ReferenceType reference:
                WalkPattern(Extended(place, new BoundDereference(place.Nodes[^1].Span, reference.Referent, place.Nodes[^1])), d.Inner, uses);
                return;
            case BoundVariantPattern { Variant.Owner.Variants.Length: > 1 }:
            case BoundLiteralPattern or BoundRangePattern:
                uses.Uses.Add(new PlaceUse(place, UpvarUse.Read, new UseSite(pattern.Span, false, false)));
                foreach (var inner in BoundTree.Children(pattern)) WalkPatternWhole(place, (BoundPattern)inner, uses);
                return;
            default:
                foreach (var inner in BoundTree.Children(pattern)) WalkPatternWhole(place, (BoundPattern)inner, uses);
                return;
        }
    }

    /// <summary>The uses inside an enum's or array's pattern, each a use of the enum or array itself.</summary>
    private void WalkPatternWhole(UsedPlace place, BoundPattern pattern, CaptureUses uses)
    {
        foreach (var part in BoundTree.DescendantsAndSelf(pattern))
        {
            switch (part)
            {
                case BoundBindingPattern b:
                    uses.Uses.Add(new PlaceUse(place, BindingUse(b), new UseSite(b.Span, false, false)));
                    break;
                case BoundLiteralPattern or BoundRangePattern or BoundVariantPattern { Variant.Owner.Variants.Length: > 1 }:
                    uses.Uses.Add(new PlaceUse(place, UpvarUse.Read, new UseSite(part.Span, false, false)));
                    break;
            }
        }
    }

    /// <summary>
    /// The uses a closure's kind does not allow, each an error where it is written, in rustc's
    /// words: a move out of an `Fn` or `FnMut` closure's capture (E0507), an assignment (E0594)
    /// or a mutable borrow (E0596) in an `Fn` closure.
    /// </summary>
    private void ReportUsesBeyondKind(CaptureUses uses, ClosureKind kind)
    {
        foreach (var (place, use, site) in uses.Uses)
        {
            // rustc names a captured place as it names any (`place_to_string_for_capture`): `(*q).n` is `*q.n`.
            var described = SourcePlace(place.Nodes[^1]) + (site.Indexed ? "[_]" : "");
            if (use == UpvarUse.Move)
                Report(SemanticDiagnostics.MoveOutOfCapture(site.Span, described, kind));
            else if (use == UpvarUse.Mutate && kind == ClosureKind.Fn)
                Report(SemanticDiagnostics.MutateCapture(site.Span, described, site.Assigns, direct: !site.Indexed));
        }
    }


    private UpvarUse BindingUse(BoundBindingPattern binding) =>
        binding.ByReference ? (Resolve(binding.Local.Type) is ReferenceType { IsMutable: true } ? UpvarUse.Mutate : UpvarUse.Read)
        : IsCopyNow(binding.Type) ? UpvarUse.Read : UpvarUse.Move;

    private static UsedPlace Extended(UsedPlace place, BoundExpression node) => place with { Nodes = [.. place.Nodes, node] };

    /// <summary>A `match` whose patterns bind a value that is not `Copy` by value moves out of its scrutinee.</summary>
    private bool MovesOutOf(BoundMatch m) =>
        m.Arms.SelectMany(a => BoundTree.DescendantsAndSelf(a.Pattern)).OfType<BoundBindingPattern>().Any(b => !b.ByReference && !IsCopyNow(b.Type));
}
