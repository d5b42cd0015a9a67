using System.Collections.Immutable;
using ToyRust.Semantics.Prelude;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>Structs, enums and impls in expressions: constructors, literals, fields, methods.</summary>
internal sealed partial class FunctionChecker
{
    /// <summary>What a value path names besides locals and consts.</summary>
    private abstract record PathTarget;

    private sealed record VariantTarget(AdtType Type, VariantSymbol Variant) : PathTarget;

    /// <summary>A function, with the leading type arguments the path supplies (impl generics, or a trait's Self).</summary>
    private sealed record FunctionTarget(FunctionSymbol Function, ImmutableArray<TypeSymbol> Leading) : PathTarget;

    /// <summary>
    /// Resolves `f`, `S`, `Some`, `None::&lt;u8&gt;`, `E::V`, `Self::V`, `T::f`, `Self::f`, `Tr::f`, `Pair::&lt;i32&gt;::new`
    /// to a function, struct or variant. Reports and returns null when nothing matches.
    /// </summary>
    private PathTarget? ReportUnknownValue(PathSyntax path, bool report)
    {
        if (report) Report(SemanticDiagnostics.UnknownValue(path.Span, path.ToString()));
        return null;
    }

    private PathTarget? ResolveValuePath(PathSyntax path, bool report = true, bool called = true)
    {
        var segments = path.Segments;
        // `std::cmp::Ordering::Less`, `std::default::Default::default`: the prelude's items, even if the program shadows them.
        var names = _scope;
        if (segments.Length >= 3 && ProgramChecker.IsStdPath(segments))
        {
            segments = segments[^2..];
            names = _program.PreludeScope;
        }
        // `fmt::Display::fmt` (after `use std::fmt;`): the item is the prelude's, seen through its module.
        else if (segments.Length == 3 && _program.PreludeScope.LookupModule(segments[0].Name.Text) is { } prefix)
        {
            segments = segments[1..];
            names = prefix;
        }
        if (segments.Length == 1) return ResolveSingleSegment(segments[0], path, report);
        if (segments.Length != 2) { if (report) Report(SemanticDiagnostics.UnknownValue(path.Span, path.ToString())); return null; }
        var member = segments[1].Name;
        // `ptr::null`, `alloc::alloc`: a function of a prelude module.
        if (names.LookupModule(segments[0].Name.Text) is { } module)
        {
            if (module.Module!.IsUnstable && !_function.IsPrelude && report)
                Report(SemanticDiagnostics.UnstableIntrinsics(TextSpan.FromBounds(path.Span.Start, segments[1].Name.Span.End)));
            if (module.LookupOwnFunction(member.Text) is { } function) return new FunctionTarget(function, []);
            // `fmt::Error`: a unit struct the module's path names (the prelude's).
            if (module.LookupType(member.Text) is { IsEnum: false } unit && unit.Variants[0].Fields.IsEmpty && unit.GenericParameters.IsEmpty)
                return new VariantTarget(new AdtType(unit, ValueArray<TypeSymbol>.Empty), unit.Variants[0]);
            return ReportUnknownValue(path, report);
        }
        if (names.LookupTrait(segments[0].Name.Text) is { } trait && trait.FindMethod(member.Text) is { } traitMethod)
            return new FunctionTarget(traitMethod, [_inference.NewVariable(InferenceKind.General), .. trait.GenericParameters.Skip(1).Select(_ => (TypeSymbol)_inference.NewVariable(InferenceKind.General))]);
        var owner = ResolveTypeSegment(segments[0], names);
        if (owner is null)
        {
            var name = segments[0].Name;
            if (report)
            {
                Report(MissingStd.Types.Contains(name.Text)
                    ? SemanticDiagnostics.UnsupportedFeature(name.Span, $"`{name}`")
                    : SemanticDiagnostics.UndeclaredType(name.Span, name.Text));
            }
            return null;
        }
        if (owner is AdtType { Adt.IsEnum: true } e && e.Adt.FindVariant(member.Text) is { } variant)
        {
            // `Option::None::<i32>`: the enum's arguments may also be written on the variant.
            return new VariantTarget(segments[1].GenericArgs.IsDefaultOrEmpty ? e : InstantiateAdt(e.Adt, segments[1]), variant);
        }
        if (LookupAssociated(_inference.Shallow(owner), member.Text) is { } associated) return new FunctionTarget(associated.Function, associated.Leading);
        if (LookupAssociatedConst(_inference.Shallow(owner), member.Text) is { } constant) return constant;
        if (report)
        {
            Report(owner is AdtType { Adt: var adt } && adt.IsEnum
                ? SemanticDiagnostics.NoVariant(member.Span, adt.Name, member.Text)
                : SemanticDiagnostics.NoAssociatedItem(member.Span, owner.ToString(), member.Text, called));
        }
        return null;
    }

    /// <summary>
    /// `&lt;T as Trait&gt;::f(..)` calls the trait's `f` with `Self = T` (T must implement the trait);
    /// `&lt;T&gt;::f(..)` is `T::f(..)`.
    /// </summary>
    private BoundExpression CheckQualifiedCall(CallExpressionSyntax call, QualifiedPathExpressionSyntax callee)
    {
        if (ResolveQualifiedPath(callee) is not { } target)
        {
            foreach (var a in call.Arguments) CheckExpression(a, null);
            return new BoundErrorExpression(call.Span);
        }
        var typeArgs = InstantiateGenerics(target.Function, target.Leading, callee.Rest[^1].GenericArgs, callee.Span);
        return CheckGenericCall(call.Span, callee.Span, target.Function, typeArgs, [], call.Arguments, isMethod: false);
    }

    private FunctionTarget? ResolveQualifiedPath(QualifiedPathExpressionSyntax path)
    {
        // `<dyn Shape as Named>::name(s)`: a trait object type may be named here, as the `Self` of a call.
        var self = path.SelfType is DynTraitTypeSyntax dyn ? _program.ResolveDynType(dyn, TypeContextHere()) : ResolveType(path.SelfType);
        if (path.Rest.Length != 1)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(path.Span, "qualified paths with more than one segment after the `>`"));
            return null;
        }
        var member = path.Rest[0].Name;
        if (path.Trait is null)
        {
            if (LookupAssociated(_inference.Shallow(self), member.Text) is { } associated) return new FunctionTarget(associated.Function, associated.Leading);
            if (!self.ContainsError) Report(SemanticDiagnostics.NoAssociatedItem(member.Span, self.ToString(), member.Text));
            return null;
        }
        var traitSegment = path.Trait.Segments[^1];
        var names = ProgramChecker.IsStdPath(path.Trait.Segments) ? _program.PreludeScope : _scope;
        if (names.LookupTrait(traitSegment.Name.Text) is not { } trait)
        {
            Report(SemanticDiagnostics.UnknownTrait(traitSegment.Name.Span, traitSegment.Name.Text));
            return null;
        }
        if (trait.FindMethod(member.Text) is not { } method)
        {
            Report(SemanticDiagnostics.UnknownTraitItem(member.Span, trait.Name, member.Text));
            return null;
        }
        var written = traitSegment.GenericArgs.IsDefault ? [] : traitSegment.GenericArgs;
        var traitArgs = trait.GenericParameters.Skip(1).Select((_, i) => i < written.Length ? TypeOrFresh(written[i]) : _inference.NewVariable(InferenceKind.General));
        return new FunctionTarget(method, [self, .. traitArgs]);
    }

    private PathTarget? ResolveSingleSegment(PathSegmentSyntax segment, PathSyntax path, bool report)
    {
        var name = segment.Name.Text;
        if (_scope.LookupFunction(name) is { } f) return new FunctionTarget(f, []);
        if (LookupVariant(name) is { } imported) return new VariantTarget(InstantiateAdt(imported.Owner, segment), imported);
        var type = name == "Self" ? _function.ImplSelfType : _scope.LookupType(name) is { } adt ? InstantiateAdt(adt, segment) : null;
        if (type is AdtType { Adt.IsEnum: false } st) return new VariantTarget(st, st.Adt.Variants[0]);
        if (report) Report(SemanticDiagnostics.UnknownValue(path.Span, name));
        return null;
    }

    private TypeSymbol? ResolveTypeSegment(PathSegmentSyntax segment, Scope names)
    {
        var name = segment.Name.Text;
        if (name == "Self") return _function.ImplSelfType;
        if (_function.GenericParameters.FirstOrDefault(g => g.Name == name) is { } generic) return new TypeParameterType(generic);
        if (names.LookupType(name) is { } adt) return InstantiateAdt(adt, segment);
        return PrimitiveKindFacts.FromName(name) is { } kind ? new PrimitiveType(kind) : null;
    }

    /// <summary>A path used as a value that is not a local or const: a unit struct or unit variant.</summary>
    private BoundExpression CheckItemPath(PathExpressionSyntax p)
    {
        switch (ResolveValuePath(p.Path, called: false))
        {
            case VariantTarget { Variant.Kind: StructKind.Unit } v:
                return new BoundAdtLiteral(p.Span, v.Type, v.Variant, [], null);
            case VariantTarget { Variant.Kind: StructKind.Tuple } v:
                return CheckFunctionItem(p.Span, v.Variant.Constructor, [.. v.Type.Arguments], []);
            case VariantTarget v:
                Report(SemanticDiagnostics.ExpectedValueFoundType(p.Span, v.Variant.ToString()));
                return new BoundErrorExpression(p.Span);
            case FunctionTarget f:
                return CheckFunctionItem(p, f.Function, f.Leading);
            case ConstValueTarget k:
                return ConstantExpression(p.Span, k.Type, k.Value);
            default:
                return new BoundErrorExpression(p.Span);
        }
    }

    /// <summary>`P(a, b)` / `E::V(a)`: a tuple struct or tuple variant built from arguments.</summary>
    private BoundExpression CheckConstructorCall(CallExpressionSyntax call, VariantTarget target)
    {
        var fields = target.Variant.Fields;
        if (target.Variant.Kind != StructKind.Tuple)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(call.Callee.Span, "calling a struct or unit variant"));
            return new BoundErrorExpression(call.Span);
        }
        if (fields.Length != call.Arguments.Length)
        {
            Report(SemanticDiagnostics.WrongArgumentCount(call.Callee.Span, fields.Length, call.Arguments.Length));
            return new BoundErrorExpression(call.Span);
        }
        var values = ImmutableArray.CreateBuilder<BoundExpression?>();
        for (var i = 0; i < fields.Length; i++)
        {
            var fieldType = target.Type.FieldType(fields[i]);
            var value = Coerce(CheckExpression(call.Arguments[i], fieldType), fieldType, call.Arguments[i].Span);
            values.Add(value);
        }
        return new BoundAdtLiteral(call.Span, target.Type, target.Variant, values.ToImmutable(), null);
    }

    /// <summary>`Path { a: x, b, ..base }`: every field exactly once, or taken from the base.</summary>
    private BoundExpression CheckStructLiteral(StructExpressionSyntax s)
    {
        if (ResolveValuePath(s.Path, report: false) is not VariantTarget target)
        {
            Report(SemanticDiagnostics.UnknownStruct(s.Path.Span, s.Path.ToString()));
            foreach (var f in s.Fields) CheckExpression(f.Value, null);
            return new BoundErrorExpression(s.Span);
        }
        var variant = target.Variant;
        var values = new BoundExpression?[variant.Fields.Length];
        var written = ImmutableArray.CreateBuilder<int>();
        foreach (var init in s.Fields)
        {
            if (variant.FindField(init.Name.Text) is not { } field)
            {
                Report(SemanticDiagnostics.UnknownStructField(init.Name.Span, variant.ToString(), init.Name.Text, variant.Owner.IsEnum));
                CheckExpression(init.Value, null);
                continue;
            }
            if (values[field.Index] is not null) Report(SemanticDiagnostics.DuplicateField(init.Name.Span, field.Name));
            var fieldType = target.Type.FieldType(field);
            var value = Coerce(CheckExpression(init.Value, fieldType), fieldType, init.Value.Span);
            values[field.Index] = value;
            written.Add(field.Index);
        }
        BoundExpression? baseValue = null;
        if (s.Base is not null)
        {
            baseValue = CheckExpression(s.Base, target.Type);
            CoerceTo(baseValue, target.Type, s.Base.Span);
        }
        else
        {
            var missing = variant.Fields.Where(f => values[f.Index] is null).Select(f => f.Name).ToList();
            if (missing.Count > 0) Report(SemanticDiagnostics.MissingFields(s.Path.Span, missing, variant.ToString()));
        }
        return new BoundAdtLiteral(s.Span, target.Type, variant, [.. values], baseValue, written.ToImmutable());
    }

    /// <summary>`s.x` / `s.0` on a struct, through any number of references.</summary>
    private BoundExpression? CheckStructField(BoundExpression target, FieldExpressionSyntax f)
    {
        if (_inference.Shallow(target.Type) is not AdtType { Adt.IsEnum: false } type) return null;
        var field = type.Adt.Variants[0].FindField(f.Name.Text);
        if (field is null) return null;
        if (!field.IsPublic && type.Adt.IsPrelude && !_function.IsPrelude)
        {
            _privateField ??= (type.Adt.Name, field.Name);
            return null;
        }
        return new BoundFieldAccess(f.Span, type.FieldType(field), target, field);
    }

    /// <summary>
    /// Method lookup: try the receiver's type, then each type reached by dereferencing it; the
    /// first type with a method of that name wins (inherent before trait methods). The receiver
    /// is then adjusted to what the method takes: by value, `&amp;` (auto-ref) or `&amp;mut`.
    /// </summary>
    private BoundExpression? CheckInherentMethodCall(BoundExpression receiver, MethodCallExpressionSyntax m)
    {
        var place = receiver;
        var steps = 0;
        while (true)
        {
            var type = StructurallyResolve(place.Type);
            // A `&self` method of the referent takes a reference receiver as it is: `x.clone()` with
            // `x: &T` clones the T (Rust's probe tries `&Self == &T` before autoref).
            if (type is ReferenceType reference && LookupMethod(_inference.Shallow(reference.Referent), m.Name.Text) is { Method.SelfKind: SelfParamKind.Ref } byReference)
                return CheckMethodCallOf(m, byReference.Method, byReference.Leading, place);
            // Likewise a `&amp;mut self` method of the referent takes a `&amp;mut` receiver, reborrowed
            // (`it.next()` with `it: &amp;mut I` needs no `mut it`).
            if (type is ReferenceType { IsMutable: true } unique && LookupMethod(_inference.Shallow(unique.Referent), m.Name.Text) is { Method.SelfKind: SelfParamKind.RefMut } byUnique)
                return CheckMethodCallOf(m, byUnique.Method, byUnique.Leading, Reborrow(place, unique));
            if (LookupMethod(type, m.Name.Text) is { } found)
                return CheckMethodCallOf(m, found.Method, found.Leading, AdjustReceiver(place, found.Method, m));
            if (BuiltinDeref(place, place.Span) is { } deref) place = deref;
            else if (++steps <= MaxDerefSteps && OverloadedDeref(place, place.Span) is { } next) place = next;
            else return CheckArrayAsSliceMethod(place, type, m);
        }
    }

    /// <summary>`&amp;mut *r`: a fresh `&amp;mut` borrow through <paramref name="reference"/>, so the call does not move it.</summary>
    private static BoundAddressOf Reborrow(BoundExpression place, ReferenceType reference) =>
        new(place.Span, reference, true, new BoundDereference(place.Span, reference.Referent, place));

    private BoundExpression CheckMethodCallOf(MethodCallExpressionSyntax m, FunctionSymbol method, ImmutableArray<TypeSymbol> leading, BoundExpression receiver)
    {
        if (IsDestructor(method)) Report(SemanticDiagnostics.ExplicitDestructorCall(m.Name.Span));
        var typeArgs = InstantiateGenerics(method, leading, m.GenericArgs, m.Name.Span);
        return CheckGenericCall(m.Span, m.Name.Span, method, typeArgs, [receiver], m.Arguments, isMethod: true);
    }

    /// <summary>`Drop::drop`, or an impl's `drop` for it: only drop glue calls it (E0040 for a program).</summary>
    private bool IsDestructor(FunctionSymbol method) =>
        ReferenceEquals(method, LangItems.DropFn)
        || method.OwningImpl is { Trait: { } implemented } && LangItems.Is(implemented.Trait, LangItem.Drop) && method.Name == LangItems.DropFn.Name;

    private BoundExpression AdjustReceiver(BoundExpression place, FunctionSymbol method, MethodCallExpressionSyntax m)
    {
        switch (method.SelfKind)
        {
            case SelfParamKind.Ref:
                return new BoundAddressOf(place.Span, new ReferenceType(place.Type, false), false, place);
            case SelfParamKind.RefMut:
                place = ToMutablePlace(place, m.Receiver.Span, assigned: false);
                if (!IsMutablePlace(place) && RootLocal(place) is { } local)
                    Report(SemanticDiagnostics.MethodNotMutable(m.Receiver.Span, local.Name));
                return new BoundAddressOf(place.Span, new ReferenceType(place.Type, true), true, place);
            default:
                return place;
        }
    }

    /// <summary>A place that may be mutated: rooted in a `mut` local, or reached through `&amp;mut`.</summary>
    private bool IsMutablePlace(BoundExpression place) => place switch
    {
        BoundLocal l => l.Local.IsMutable,
        BoundFieldAccess f => IsMutablePlace(f.Target),
        BoundTupleField f => IsMutablePlace(f.Target),
        BoundIndex i => IsMutablePlace(i.Target),
        BoundDereference { Operand.Type: AdtType { Adt.IsBox: true } } d => IsMutablePlace(d.Operand),
        BoundRangeIndex r => IsMutablePlace(r.Target),
        BoundDereference d => _inference.Shallow(d.Operand.Type) is ReferenceType { IsMutable: true } or RawPointerType { IsMutable: true },
        _ => true,
    };

    private static TextSpan NameSpan(PathSyntax path) => path.Segments[^1].Name.Span;
}
