using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mir.Building;

/// <summary>
/// Closures in MIR, as rustc builds them. Making one is an aggregate of its captures:
/// <code>
/// let add = |x| x + k;     →   _3 = &amp;_1;
///                              _2 = {closure@src/main.rs:6:15: 6:18} { k: move _3 };
/// </code>
/// Its body is a function of its own whose first parameter is the environment (`&amp;Self`,
/// `&amp;mut Self` or `Self`); an upvar is a field of it, behind a dereference when it is captured by
/// reference: `k` is `(*((*_1).0: &amp;i32))` in an `Fn` closure, `s` is `(_1.0: String)` in an
/// `FnOnce` one (<see cref="MapUpvars"/>). A captured place is a field too: with `p.x` captured,
/// `p.x.y` in the body is that field's `.y` (<see cref="UpvarPlace"/>).
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>In a closure's body: each upvar's captured places (its path from the variable) and where the environment holds them.</summary>
    private readonly Dictionary<LocalSymbol, List<(Capture Capture, Place Place)>> _upvars = new(ReferenceEqualityComparer.Instance);

    /// <summary>The upvars a place of the body may start at before a pattern projects it onto a capture, by virtual local (see <see cref="UpvarRoot"/>).</summary>
    private readonly List<LocalSymbol> _upvarRoots = [];

    private void MapUpvars(ClosureSymbol closure)
    {
        var env = new Place(LocalOf(Symbol.Parameters[0]));
        var self = closure.Kind == ClosureKind.FnOnce ? env : env.Deref();
        foreach (var upvar in closure.Upvars) _upvars[upvar] = [];
        for (var i = 0; i < closure.Captures.Length; i++)
        {
            var capture = closure.Captures[i];
            var field = self.Field(i, Resolve(capture.FieldType));
            _upvars[capture.Local].Add((capture, capture.Mode == CaptureMode.ByValue ? field : field.Deref()));
        }
    }

    /// <summary>
    /// A place of the body rooted at an upvar, `p.x.y` as `p` and its steps: the environment's
    /// field of the capture whose path starts it (capture analysis made exactly one do), and how
    /// many of the steps that capture covers.
    /// </summary>
    private (Place Place, int Covered)? UpvarPlace(LocalSymbol local, IReadOnlyList<CaptureStep> steps)
    {
        foreach (var (capture, place) in _upvars[local])
        {
            if (capture.IsPrefixOf(steps)) return (place, capture.Path.Length);
        }
        return null;
    }

    /// <summary>
    /// A `match` or `let` on an upvar that is captured only in parts (rustc's `PlaceBuilder` with an
    /// upvar base): `move || match p { P { x, .. } => x }` captures `p.x` alone, so `p` is no
    /// place of the closure's body. Its place starts at a virtual local, a negative number that
    /// names the upvar; the pattern projects it (`p.0`), and <see cref="Materialized"/> turns it
    /// into the capture's place (`(_1.0: String)`) where a test or a binding uses it. Capture
    /// analysis walked the same patterns, so every place they use is covered by a capture.
    /// </summary>
    private Place UpvarRoot(LocalSymbol local)
    {
        var index = _upvarRoots.IndexOf(local);
        if (index < 0)
        {
            _upvarRoots.Add(local);
            index = _upvarRoots.Count - 1;
        }
        return new Place(new Local(-1 - index));
    }

    private static bool IsUpvarRoot(Place place) => place.Local.Index < 0;

    /// <summary>The place of the body a pattern's place stands for: an upvar root's projections taken onto the capture that covers them.</summary>
    private Place Materialized(Place place)
    {
        if (!IsUpvarRoot(place)) return place;
        var local = _upvarRoots[-1 - place.Local.Index];
        // A capture's path has no downcasts: the field of an enum of one variant is a plain step.
        var stepAt = new List<int>();
        for (var i = 0; i < place.Projections.Count && place.Projections[i] is FieldProjection or DerefProjection or DowncastProjection; i++)
        {
            if (place.Projections[i] is not DowncastProjection) stepAt.Add(i);
        }
        var steps = stepAt.Select(i => place.Projections[i] is FieldProjection f ? new CaptureStep(false, f.Index) : new CaptureStep(true, -1)).ToList();
        var (captured, covered) = UpvarPlace(local, steps)
            ?? throw new InvalidOperationException($"no capture of `{local.Name}` covers the place used");
        var rest = covered == 0 ? 0 : stepAt[covered - 1] + 1;
        return captured with { Projections = new ValueArray<Projection>([.. captured.Projections, .. place.Projections.Skip(rest)]) };
    }

    /// <summary>
    /// `&lt;{closure} as FnOnce&lt;Args&gt;&gt;::call_once` of an `Fn` or `FnMut` closure (rustc's
    /// `ClosureOnceShim`): the body takes its environment by reference, the caller gives the value,
    /// which the shim drops after the call (or when the call unwinds).
    /// <code>
    /// _3 = &amp;_1;  _0 = main::{closure#0}(move _3, move _2) -> [return: bb1, unwind: bb2];
    /// bb1: drop(_1) -> bb3;     bb2 (cleanup): drop(_1) -> resume
    /// </code>
    /// </summary>
    private void ShimClosureOnce(ClosureType closure)
    {
        PushScope(ScopeKind.Function);
        ScheduleDrop(new Local(1), default, temporary: false);
        var mutable = closure.Closure.Kind == ClosureKind.FnMut;
        var env = Compute(new ReferenceType(closure, mutable), new RefRvalue(mutable, new Place(new Local(1))), default);
        var body = closure.Closure.Body;
        ShimCall(Place.ReturnPlace, body, [.. closure.Arguments], [env, new MoveOperand(new Place(new Local(2)))], closure.ReturnType);
        PopScope(default);
    }

    /// <summary>
    /// `call`, `call_mut` and `call_once` of a function item or pointer (rustc's `FnPtrShim`): the
    /// tuple of arguments spread into a direct call of the item, or an indirect call of the
    /// pointer (behind `self`'s reference, or `self` itself for `call_once`).
    /// <code>
    /// &lt;fn(i32) -> i32 {double} as Fn&lt;(i32,)&gt;&gt;::call - shim(…)   _0 = double(move (_2.0: i32))
    /// &lt;fn(i32) -> i32 as Fn&lt;(i32,)&gt;&gt;::call - shim(fn(i32) -> i32)   _0 = copy (*_1)(move (_2.0: i32))
    /// </code>
    /// </summary>
    private void ShimFunctionCall(TypeSymbol self)
    {
        var args = new Place(new Local(2));
        var tuple = (TupleType)TypeOf(args);
        ImmutableArray<Operand> arguments = [.. tuple.Elements.Select((t, i) => (Operand)new MoveOperand(args.Field(i, t)))];
        if (self is FnDefType item)
        {
            ShimCall(Place.ReturnPlace, item.Function, [.. item.Arguments], arguments, item.Signature.Return);
            return;
        }
        var selfPlace = new Place(new Local(1));
        var pointer = Symbol.SelfKind == Syntax.Ast.SelfParamKind.Value ? selfPlace : selfPlace.Deref();
        var signature = (FunctionType)self;
        EmitCall(Place.ReturnPlace, new PointerCallee(signature), [new CopyOperand(pointer), .. arguments], signature.Return, default);
    }

    /// <summary>`{closure@…} { k: move _3 }`: each capture borrowed, or moved (copied) in, left to right.</summary>
    private Rvalue LowerClosure(BoundClosure c)
    {
        var type = (ClosureType)Resolve(c.Type);
        var operands = ImmutableArray.CreateBuilder<Operand>();
        foreach (var capture in c.Closure.Captures)
        {
            operands.Add(capture.Mode switch
            {
                CaptureMode.ByValue => Read(LowerPlace(capture.Place), Resolve(capture.Place.Type), c.Closure.Span) is MoveOperand moved
                    ? moved with { ClosureUse = capture.Place.Span }
                    : Read(LowerPlace(capture.Place), Resolve(capture.Place.Type), c.Span),
                _ => Compute(Resolve(capture.FieldType), new RefRvalue(capture.Mode == CaptureMode.ByMutRef, LowerPlace(capture.Place)), c.Span),
            });
        }
        return new AggregateRvalue(new ClosureAggregate(type), operands.ToImmutable());
    }
}
