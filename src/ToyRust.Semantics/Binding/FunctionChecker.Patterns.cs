using System.Collections.Immutable;
using System.Numerics;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Diagnostics;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Patterns and the constructs that use them. Desugarings:
/// <code>
/// if let P = e { A } else { B }   →  match e { P => A, _ => B }
/// while let P = e { A }           →  loop { match e { P => A, _ => break } }
/// </code>
/// Default binding modes (RFC 2005): a non-reference pattern matched against `&amp;T` dereferences
/// implicitly, and the bindings below it become references (`ref`), as in rustc.
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>How bindings bind at this point of a pattern.</summary>
    private enum BindingMode
    {
        Move,
        Ref,
        RefMut,
    }

    /// <summary>Where a checked pattern stands: the arms of a `match`, or one pattern that must be irrefutable.</summary>
    private enum PatternSite
    {
        MatchArms,
        Let,
        ForLoop,
        Parameter,
    }

    private readonly List<(TextSpan Span, TypeSymbol Type, ImmutableArray<(BoundPattern Pattern, bool HasGuard)> Arms, PatternSite Site)> _exhaustivenessChecks = [];

    /// <summary>
    /// After inference: every `match` must be exhaustive (E0004, naming what is missing) and every
    /// `let`/`for`/parameter pattern irrefutable (E0005); an arm no value can reach gets rustc's warning.
    /// </summary>
    private void CheckExhaustiveness(IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        foreach (var (span, type, arms, site) in _exhaustivenessChecks)
        {
            var scrutinee = TypeSubstitution.Apply(type, substitution);
            var resolvedArms = arms.Select(a => (ResolvePatternTypes(a.Pattern, substitution), a.HasGuard)).ToList();
            var result = Patterns.Exhaustiveness.Check(scrutinee, resolvedArms, _program.ImportedVariantSymbols);
            if (!result.Missing.IsEmpty) Report(NotCovered(span, site, scrutinee, arms.Length, result.Missing));
            foreach (var index in result.UnreachableArms) Report(SemanticDiagnostics.UnreachablePattern(arms[index].Pattern.Span));
        }
    }

    private static Diagnostic NotCovered(
        TextSpan span, PatternSite site, TypeSymbol scrutinee, int arms, ImmutableArray<string> missing)
    {
        if (site == PatternSite.MatchArms)
        {
            var message = Patterns.Exhaustiveness.NonExhaustiveMessage(scrutinee, arms, missing);
            return SemanticDiagnostics.NonExhaustive(span, message, scrutinee);
        }
        var witnesses = Patterns.Exhaustiveness.MissingMessage(missing)["non-exhaustive patterns: ".Length..];
        var label = $"pattern{(missing.Length == 1 ? "" : "s")} {witnesses}";
        return site switch
        {
            PatternSite.Let => SemanticDiagnostics.RefutableLet(span, label),
            PatternSite.ForLoop => SemanticDiagnostics.RefutableForLoop(span, label, scrutinee),
            _ => SemanticDiagnostics.RefutableParameter(span, label, scrutinee),
        };
    }

    /// <summary>The exhaustiveness checker reads pattern types, so they must be solved first.</summary>
    private static BoundPattern ResolvePatternTypes(BoundPattern pattern, IReadOnlyDictionary<int, TypeSymbol> substitution)
    {
        TypeSymbol R(TypeSymbol t) => TypeSubstitution.Apply(t, substitution);
        return pattern switch
        {
            BoundWildcardPattern w => w with { Type = R(w.Type) },
            BoundBindingPattern b => b with { Type = R(b.Type), SubPattern = b.SubPattern is null ? null : ResolvePatternTypes(b.SubPattern, substitution) },
            BoundLiteralPattern l => l with { Type = R(l.Type) },
            BoundRangePattern r => r with { Type = R(r.Type) },
            BoundTuplePattern t => t with { Type = R(t.Type), Elements = [.. t.Elements.Select(e => ResolvePatternTypes(e, substitution))] },
            BoundArrayPattern a => a with { Type = R(a.Type), Elements = [.. a.Elements.Select(e => ResolvePatternTypes(e, substitution))] },
            BoundVariantPattern v => v with { Type = R(v.Type), Fields = [.. v.Fields.Select(e => ResolvePatternTypes(e, substitution))] },
            BoundOrPattern o => o with { Type = R(o.Type), Alternatives = [.. o.Alternatives.Select(e => ResolvePatternTypes(e, substitution))] },
            BoundDerefPattern d => d with { Type = R(d.Type), Inner = ResolvePatternTypes(d.Inner, substitution) },
            _ => pattern,
        };
    }

    private BoundExpression CheckMatch(MatchExpressionSyntax m, TypeSymbol? expected)
    {
        var scrutinee = CheckExpression(m.Scrutinee, null);
        TypeSymbol? resultType = expected;
        var arms = ImmutableArray.CreateBuilder<BoundMatchArm>();
        foreach (var arm in m.Arms)
        {
            PushScope();
            var pattern = CheckPattern(arm.Pattern, scrutinee.Type, BindingMode.Move, null);
            BoundExpression? guard = null;
            if (arm.Guard is not null)
            {
                guard = CheckExpression(arm.Guard, TypeSymbol.Bool);
                CoerceTo(guard, TypeSymbol.Bool, arm.Guard.Span);
            }
            var body = CheckExpression(arm.Body, resultType);
            // An arm coerces to an expected `&dyn Trait` (`match k { 0 => &a, _ => &b }`), or by deref
            // coercion to an expected `&str` (`0 => &"zero"`), as in rustc.
            if (expected is not null && CoercesToExpected(body.Type, expected)) body = Coerce(body, expected, arm.Body.Span);
            else if (resultType is not null && FunctionPointerJoin(_inference.Shallow(resultType), _inference.Shallow(body.Type)) is { } pointer)
                resultType = pointer;
            else resultType = UnifyArm(resultType, body, arm.Body);
            PopScope();
            arms.Add(new BoundMatchArm(arm.Span, pattern, guard, body));
        }
        // Arms of different function items (or closures that capture nothing) meet at a `fn` pointer (rustc's LUB coercion): each is reified.
        if (resultType is not null && _inference.Shallow(resultType) is FunctionType joined)
        {
            for (var i = 0; i < arms.Count; i++)
            {
                if (_inference.Shallow(arms[i].Body.Type) is FnDefType or ClosureType)
                    arms[i] = arms[i] with { Body = Coerce(arms[i].Body, joined, m.Arms[i].Body.Span) };
            }
        }
        var type = resultType ?? TypeSymbol.Never;
        _exhaustivenessChecks.Add((m.Scrutinee.Span, scrutinee.Type, [.. arms.Select(a => (a.Pattern, a.Guard is not null))], PatternSite.MatchArms));
        foreach (var arm in arms) CheckRefMutBindings(scrutinee, arm.Pattern);
        return new BoundMatch(m.Span, type, scrutinee, arms.ToImmutable());
    }

    /// <summary>
    /// A `ref mut` binding borrows its part of the matched place mutably: the place must be
    /// mutable (E0596, rustc's borrow checker), unless it is a temporary. A `&amp;mut` dereferenced
    /// on the way makes what is under it mutable, a `&amp;` immutable (default binding modes never
    /// make a `ref mut` under a `&amp;`).
    /// </summary>
    private void CheckRefMutBindings(BoundExpression scrutinee, BoundPattern pattern)
    {
        if (scrutinee is not (BoundLocal or BoundFieldAccess or BoundTupleField or BoundIndex or BoundDereference) || RootLocal(scrutinee) is not { } root) return;
        Walk(pattern, IsMutablePlace(scrutinee), SourcePlace(scrutinee));

        void Walk(BoundPattern p, bool mutable, string place)
        {
            switch (p)
            {
                case BoundBindingPattern b:
                    if (b.ByReference && !mutable && _inference.Shallow(b.Local.Type) is ReferenceType { IsMutable: true })
                        Report(SemanticDiagnostics.RefMutOfImmutable(b.Span, place, root.Name, IsUpvar(root)));
                    if (b.SubPattern is not null) Walk(b.SubPattern, mutable, place);
                    break;
                case BoundTuplePattern t:
                    for (var i = 0; i < t.Elements.Length; i++) Walk(t.Elements[i], mutable, $"{place}.{i}");
                    break;
                case BoundVariantPattern v:
                    for (var i = 0; i < v.Fields.Length; i++)
                        Walk(v.Fields[i], mutable, v.Variant.Owner.IsEnum ? $"({place} as {v.Variant.Name}).{v.Variant.Fields[i].Name}" : $"{place}.{v.Variant.Fields[i].Name}");
                    break;
                case BoundArrayPattern a:
                    foreach (var element in a.Elements) Walk(element, mutable, $"{place}[..]");
                    break;
                case BoundDerefPattern d:
                    Walk(d.Inner, _inference.Shallow(d.Type) is ReferenceType { IsMutable: true }, $"*{place}");
                    break;
                case BoundOrPattern o:
                    foreach (var alternative in o.Alternatives) Walk(alternative, mutable, place);
                    break;
            }
        }
    }

    /// <summary>A place expression as rustc's borrow checker names it: `t`, `t.0`, `p.x`; a dereference is prefixed to all before it, so `(*q).n` is `*q.n`.</summary>
    private static string SourcePlace(BoundExpression place) => place switch
    {
        BoundLocal l => l.Local.Name,
        BoundTupleField f => $"{SourcePlace(f.Target)}.{f.Index}",
        BoundFieldAccess f => $"{SourcePlace(f.Target)}.{f.Field.Name}",
        BoundIndex i => $"{SourcePlace(i.Target)}[_]",
        BoundDereference d => $"*{SourcePlace(d.Operand)}",
        _ => "value",
    };

    /// <summary>Whether <paramref name="local"/> is a variable of a function around the closure being checked.</summary>
    private bool IsUpvar(Symbols.LocalSymbol local) => _openClosures.Count > 0 && _openClosures[^1].Upvars.Contains(local);

    /// <summary>The match's type so far, unified with one more arm (`!` arms fit any type).</summary>
    private TypeSymbol? UnifyArm(TypeSymbol? resultType, BoundExpression body, ExpressionSyntax syntax)
    {
        var bodyType = _inference.Shallow(body.Type);
        if (bodyType is NeverType) return resultType;
        if (resultType is null || _inference.Shallow(resultType) is NeverType) return body.Type;
        if (JoinBranches(resultType, bodyType) is { } joined) return joined;
        Report(SemanticDiagnostics.MatchArmsIncompatible(syntax.Span, Resolve(resultType), Resolve(bodyType)));
        return resultType;
    }

    private BoundExpression CheckIfLet(IfExpressionSyntax i, LetConditionSyntax let, TypeSymbol? expected)
    {
        var scrutinee = CheckExpression(let.Value, null);
        PushScope();
        var pattern = CheckPattern(let.Pattern, scrutinee.Type, BindingMode.Move, null);
        var then = CheckBlock(i.Then, i.Else is null ? TypeSymbol.Unit : expected);
        PopScope();
        BoundExpression otherwise;
        TypeSymbol type;
        if (i.Else is null)
        {
            CoerceTo(then, TypeSymbol.Unit, BlockResultSpan(i.Then));
            otherwise = new BoundTuple(i.Span, TypeSymbol.Unit, []);
            type = TypeSymbol.Unit;
        }
        else
        {
            otherwise = CheckExpression(i.Else, expected ?? then.Type);
            type = UnifyArm(UnifyArm(null, then, i.Then), otherwise, i.Else) ?? TypeSymbol.Never;
        }
        ImmutableArray<BoundMatchArm> arms =
        [
            new BoundMatchArm(let.Span, pattern, null, then),
            new BoundMatchArm(i.Span, new BoundWildcardPattern(i.Span, scrutinee.Type), null, otherwise),
        ];
        CheckRefMutBindings(scrutinee, pattern);
        return new BoundMatch(i.Span, type, scrutinee, arms);
    }

    private BoundExpression CheckWhileLet(WhileExpressionSyntax w, LetConditionSyntax let)
    {
        var context = EnterLoop(w.Label, isLoop: false, TypeSymbol.Unit, kind: "while");
        var scrutinee = CheckExpression(let.Value, null);
        PushScope();
        var pattern = CheckPattern(let.Pattern, scrutinee.Type, BindingMode.Move, null);
        var body = CheckBlock(w.Body, TypeSymbol.Unit);
        CoerceTo(body, TypeSymbol.Unit, BlockResultSpan(w.Body));
        PopScope();
        _loops.RemoveAt(_loops.Count - 1);
        var exit = new BoundBreak(w.Span, context.Label, null);
        CheckRefMutBindings(scrutinee, pattern);
        var match = new BoundMatch(w.Span, TypeSymbol.Unit, scrutinee,
        [
            new BoundMatchArm(let.Span, pattern, null, body),
            new BoundMatchArm(w.Span, new BoundWildcardPattern(w.Span, scrutinee.Type), null, exit),
        ]);
        var loopBody = new BoundBlock(w.Body.Span, TypeSymbol.Unit, [new BoundExpressionStatement(w.Span, match)], null);
        return new BoundLoop(w.Span, TypeSymbol.Unit, context.Label, loopBody);
    }

    /// <summary>
    /// Checks a pattern against the type of the value it matches. <paramref name="orBindings"/>
    /// is set inside the second and later alternatives of an or-pattern: their bindings are the
    /// first alternative's locals, so the arm body sees one `x` whichever alternative matched.
    /// </summary>
    private BoundPattern CheckPattern(PatternSyntax syntax, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        if (NeedsImplicitDeref(syntax) && _inference.Shallow(expected) is ReferenceType reference)
        {
            var innerMode = mode == BindingMode.Ref || !reference.IsMutable ? BindingMode.Ref : BindingMode.RefMut;
            var inner = CheckPattern(syntax, reference.Referent, innerMode, orBindings);
            return new BoundDerefPattern(syntax.Span, expected, inner);
        }
        switch (syntax)
        {
            case WildcardPatternSyntax or RestPatternSyntax:
                return new BoundWildcardPattern(syntax.Span, expected);
            case IdentifierPatternSyntax id:
                return CheckIdentifierPattern(id, expected, mode, orBindings);
            case LiteralPatternSyntax lit:
                return CheckLiteralPattern(lit, expected);
            case RangePatternSyntax range:
                return CheckRangePattern(range, expected);
            case TuplePatternSyntax tuple:
                return CheckTuplePattern(tuple, expected, mode, orBindings);
            case TupleStructPatternSyntax ts:
                return CheckTupleStructPattern(ts, expected, mode, orBindings);
            case SlicePatternSyntax slice:
                return CheckArrayPattern(slice, expected, mode, orBindings);
            case StructPatternSyntax sp:
                return CheckStructPattern(sp, expected, mode, orBindings);
            case PathPatternSyntax path:
                return CheckPathPattern(path.Path, path.Span, expected);
            case OrPatternSyntax or:
                return CheckOrPattern(or, expected, mode, orBindings);
            case ReferencePatternSyntax r:
                return CheckReferencePattern(r, expected, orBindings);
            default:
                Report(SemanticDiagnostics.UnsupportedFeature(syntax.Span, "this kind of pattern"));
                return new BoundWildcardPattern(syntax.Span, expected);
        }
    }

    private bool NeedsImplicitDeref(PatternSyntax syntax) => syntax switch
    {
        LiteralPatternSyntax { Literal: StringLiteralSyntax } => false,
        SlicePatternSyntax or TuplePatternSyntax or TupleStructPatternSyntax or StructPatternSyntax or PathPatternSyntax or LiteralPatternSyntax or RangePatternSyntax => true,
        IdentifierPatternSyntax { SubPattern: null } id => ResolvesToUnitItem(id.Name.Text),
        _ => false,
    };

    /// <summary>A lone identifier in a pattern names a unit struct or const when one is in scope; otherwise it binds.</summary>
    private bool ResolvesToUnitItem(string name) =>
        _scope.LookupConst(name) is not null
        || _scope.LookupType(name) is { IsEnum: false } adt && adt.Variants.Length == 1 && adt.Variants[0].Kind == StructKind.Unit
        || LookupVariant(name) is { Kind: StructKind.Unit };

    private BoundPattern CheckIdentifierPattern(IdentifierPatternSyntax id, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        if (id.SubPattern is null && !id.IsMutable && !id.IsRef && ResolvesToUnitItem(id.Name.Text))
        {
            if (_scope.LookupConst(id.Name.Text) is { Value: { } value } constant)
            {
                if (!_inference.Unify(expected, constant.Type)) Report(SemanticDiagnostics.PatternMismatch(id.Span, Resolve(expected), constant.Type));
                return new BoundLiteralPattern(id.Span, expected, value);
            }
            return CheckPathPattern(new PathSyntax(id.Span, [new PathSegmentSyntax(id.Span, id.Name, [], [], null)]), id.Span, expected);
        }
        var byReference = id.IsRef || mode != BindingMode.Move;
        var isMutableRef = id.IsRef ? id.IsMutable : mode == BindingMode.RefMut;
        var localType = byReference ? new ReferenceType(expected, isMutableRef) : expected;
        var local = orBindings is not null && orBindings.TryGetValue(id.Name.Text, out var existing)
            ? existing
            : DeclareLocal(id.Name, localType, id.IsMutable && !id.IsRef, id.Name.Span);
        if (orBindings is not null) _scope.Declare(local);
        var sub = id.SubPattern is null ? null : CheckPattern(id.SubPattern, expected, mode, orBindings);
        return new BoundBindingPattern(id.Span, expected, local, byReference, sub);
    }

    private BoundPattern CheckLiteralPattern(LiteralPatternSyntax lit, TypeSymbol expected)
    {
        var bound = lit.Literal is IntegerLiteralSyntax i
            ? CheckIntegerLiteral(i, expected, lit.IsNegated)
            : (BoundLiteral)CheckExpression(lit.Literal, expected);
        if (!_inference.Unify(expected, bound.Type))
            Report(SemanticDiagnostics.PatternMismatch(lit.Span, Resolve(expected), Resolve(bound.Type)));
        var value = lit.IsNegated && bound.Value is BigInteger n ? -n : bound.Value;
        return new BoundLiteralPattern(lit.Span, expected, value);
    }

    private BoundPattern CheckRangePattern(RangePatternSyntax range, TypeSymbol expected)
    {
        var low = range.Start is null ? (BigInteger?)null : RangeBound(range.Start, expected);
        var high = range.End is null ? (BigInteger?)null : RangeBound(range.End, expected);
        var type = Resolve(expected);
        var (min, max) = type is PrimitiveType { Kind: PrimitiveKind.Char } ? (BigInteger.Zero, new BigInteger(0x10FFFF))
            : type is PrimitiveType p && p.Kind.IsInteger() ? (IntegerRanges.Min(p.Kind), IntegerRanges.Max(p.Kind))
            : (BigInteger.Zero, BigInteger.Zero);
        return new BoundRangePattern(range.Span, expected, low ?? min, high ?? max, range.IsInclusive || high is null);
    }

    private BigInteger? RangeBound(PatternSyntax bound, TypeSymbol expected) => CheckPattern(bound, expected, BindingMode.Move, null) switch
    {
        BoundLiteralPattern { Value: BigInteger n } => n,
        BoundLiteralPattern { Value: int c } => c,
        _ => null,
    };

    private BoundPattern CheckTuplePattern(TuplePatternSyntax tuple, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        var written = WithOneRest(tuple.Elements, "tuple");
        var shallow = _inference.Shallow(expected);
        var count = shallow is TupleType known ? known.Elements.Count : written.Count(e => e is not RestPatternSyntax);
        var elementTypes = shallow is TupleType t ? t.Elements.AsImmutable() : [.. Enumerable.Range(0, count).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General))];
        if (shallow is not TupleType && !_inference.Unify(expected, new TupleType(elementTypes)))
        {
            Report(SemanticDiagnostics.PatternMismatch(tuple.Span, Resolve(expected), new TupleType(elementTypes)));
            return new BoundWildcardPattern(tuple.Span, expected);
        }
        var elements = ExpandRest(written, elementTypes, tuple.Span, mode, orBindings);
        return new BoundTuplePattern(tuple.Span, expected, elements);
    }

    /// <summary>
    /// A tuple, tuple struct or slice pattern has at most one `..`: rustc reports every later one
    /// (`(.., x, ..)`), when lowering, whatever the type. The later ones are dropped here, so
    /// that the rest of the check sees the pattern with its first `..` only, as rustc's does.
    /// </summary>
    private ImmutableArray<PatternSyntax> WithOneRest(ImmutableArray<PatternSyntax> elements, string kind)
    {
        TextSpan? first = null;
        var kept = ImmutableArray.CreateBuilder<PatternSyntax>();
        foreach (var element in elements)
        {
            var rest = RestSpan(element);
            if (rest is { } again && first is { } previous)
            {
                Report(SemanticDiagnostics.RestUsedTwice(again, previous, kind));
                if (element is RestPatternSyntax) continue;
            }
            first ??= rest;
            kept.Add(element);
        }
        return kept.ToImmutable();
    }

    /// <summary>The `..` of `..` or of `name @ ..`.</summary>
    private static TextSpan? RestSpan(PatternSyntax pattern) => pattern switch
    {
        RestPatternSyntax r => r.Span,
        IdentifierPatternSyntax { SubPattern: RestPatternSyntax r } => r.Span,
        _ => null,
    };

    /// <summary>`[a, b, c]` / `[first, ..]` against an array of known length (slices arrive with level L4).</summary>
    private BoundPattern CheckArrayPattern(SlicePatternSyntax slice, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        var written = WithOneRest(slice.Elements, "slice");
        if (_inference.Shallow(expected) is not ArrayType array)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(slice.Span, "slice patterns on anything but arrays of known length"));
            return new BoundWildcardPattern(slice.Span, expected);
        }
        var types = Enumerable.Repeat(array.Element, (int)array.Length).ToImmutableArray();
        return new BoundArrayPattern(slice.Span, expected, ExpandRest(written, types, slice.Span, mode, orBindings));
    }

    /// <summary>Checks positional sub-patterns, expanding one `..` into as many wildcards as needed.</summary>
    private ImmutableArray<BoundPattern> ExpandRest(ImmutableArray<PatternSyntax> written, ImmutableArray<TypeSymbol> types, TextSpan span, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        var rest = written.IndexOf(written.FirstOrDefault(p => p is RestPatternSyntax)!);
        var before = rest < 0 ? written.Length : rest;
        var after = rest < 0 ? 0 : written.Length - rest - 1;
        if (rest < 0 && written.Length != types.Length || before + after > types.Length)
        {
            Report(SemanticDiagnostics.WrongPatternFieldCount(span, types.Length, written.Length - (rest < 0 ? 0 : 1), ""));
            foreach (var p in written) CheckPattern(p, TypeSymbol.Error, mode, orBindings);
            return [.. types.Select(t => (BoundPattern)new BoundWildcardPattern(span, t))];
        }
        var result = ImmutableArray.CreateBuilder<BoundPattern>();
        for (var i = 0; i < types.Length; i++)
        {
            PatternSyntax? p = i < before ? written[i] : i >= types.Length - after ? written[written.Length - (types.Length - i)] : null;
            result.Add(p is null ? new BoundWildcardPattern(span, types[i]) : CheckPattern(p, types[i], mode, orBindings));
        }
        return result.ToImmutable();
    }

    private BoundPattern CheckTupleStructPattern(TupleStructPatternSyntax ts, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        var written = WithOneRest(ts.Elements, "tuple struct");
        if (ResolvePatternVariant(ts.Path, ts.Span, expected) is not { } target) return new BoundWildcardPattern(ts.Span, expected);
        var types = target.Variant.Fields.Select(target.Type.FieldType).ToImmutableArray();
        var fields = ExpandRest(written, types, ts.Span, mode, orBindings);
        return new BoundVariantPattern(ts.Span, expected, target.Variant, fields);
    }

    private BoundPattern CheckStructPattern(StructPatternSyntax sp, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        if (ResolvePatternVariant(sp.Path, sp.Span, expected) is not { } target) return new BoundWildcardPattern(sp.Span, expected);
        var variant = target.Variant;
        var fields = new BoundPattern?[variant.Fields.Length];
        foreach (var f in sp.Fields)
        {
            if (variant.FindField(f.Name.Text) is not { } field)
            {
                Report(SemanticDiagnostics.UnknownPatternField(f.Name.Span, variant.ToString(), f.Name.Text));
                CheckPattern(f.Pattern, TypeSymbol.Error, mode, orBindings);
                continue;
            }
            fields[field.Index] = CheckPattern(f.Pattern, target.Type.FieldType(field), mode, orBindings);
        }
        var missing = variant.Fields.Where(f => fields[f.Index] is null).Select(f => f.Name).ToList();
        if (missing.Count > 0 && !sp.HasRest) Report(SemanticDiagnostics.PatternMissingFields(sp.Span, missing, variant.ToString()));
        var complete = variant.Fields.Select(f => fields[f.Index] ?? new BoundWildcardPattern(sp.Span, target.Type.FieldType(f))).ToImmutableArray();
        return new BoundVariantPattern(sp.Span, expected, variant, complete);
    }

    private BoundPattern CheckPathPattern(PathSyntax path, TextSpan span, TypeSymbol expected)
    {
        if (path.Segments.Length == 1 && _scope.LookupConst(path.Last.Text) is { Value: { } value } constant)
        {
            _inference.Unify(expected, constant.Type);
            return new BoundLiteralPattern(span, expected, value);
        }
        if (ResolvePatternVariant(path, span, expected) is not { } target) return new BoundWildcardPattern(span, expected);
        if (target.Variant.Kind != StructKind.Unit)
            Report(SemanticDiagnostics.UnsupportedFeature(span, "a tuple or struct variant named without its fields (write `V(..)` or `V { .. }`)"));
        return new BoundVariantPattern(span, expected, target.Variant, [.. target.Variant.Fields.Select(f => (BoundPattern)new BoundWildcardPattern(span, target.Type.FieldType(f)))]);
    }

    private VariantTarget? ResolvePatternVariant(PathSyntax path, TextSpan span, TypeSymbol expected)
    {
        if (ResolveValuePath(path) is not VariantTarget target) return null;
        if (!_inference.Unify(expected, target.Type))
        {
            Report(SemanticDiagnostics.PatternMismatch(span, Resolve(expected), target.Type));
            return null;
        }
        return target;
    }

    private BoundPattern CheckOrPattern(OrPatternSyntax or, TypeSymbol expected, BindingMode mode, Dictionary<string, LocalSymbol>? orBindings)
    {
        var first = CheckPattern(or.Alternatives[0], expected, mode, orBindings);
        var bindings = orBindings ?? new Dictionary<string, LocalSymbol>(StringComparer.Ordinal);
        foreach (var local in BoundPatternLocals(first)) bindings.TryAdd(local.Name, local);
        var alternatives = ImmutableArray.CreateBuilder<BoundPattern>();
        alternatives.Add(first);
        foreach (var alternative in or.Alternatives.Skip(1)) alternatives.Add(CheckPattern(alternative, expected, mode, bindings));
        return new BoundOrPattern(or.Span, expected, alternatives.ToImmutable());
    }

    private static IEnumerable<LocalSymbol> BoundPatternLocals(BoundPattern pattern) =>
        BoundTree.DescendantsAndSelf(pattern).OfType<BoundBindingPattern>().Select(b => b.Local);

    private BoundPattern CheckReferencePattern(ReferencePatternSyntax r, TypeSymbol expected, Dictionary<string, LocalSymbol>? orBindings)
    {
        if (_inference.Shallow(expected) is not ReferenceType reference)
        {
            Report(SemanticDiagnostics.PatternMismatch(r.Span, Resolve(expected), new ReferenceType(TypeSymbol.Error, r.IsMutable)));
            return new BoundWildcardPattern(r.Span, expected);
        }
        return new BoundDerefPattern(r.Span, expected, CheckPattern(r.Inner, reference.Referent, BindingMode.Move, orBindings));
    }
}
