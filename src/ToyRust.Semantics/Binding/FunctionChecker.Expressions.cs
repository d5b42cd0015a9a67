using ToyRust.Semantics.Symbols;
using System.Collections.Immutable;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;
using ToyRust.Semantics.Prelude;
using ToyRust.Semantics.Traits;

namespace ToyRust.Semantics.Binding;

internal sealed partial class FunctionChecker
{
    /// <summary>
    /// Checks an expression. <paramref name="expected"/> is a hint from the context (a `let`
    /// annotation, a parameter type) that literals and blocks use; the caller still coerces.
    /// </summary>
    private BoundExpression CheckExpression(ExpressionSyntax syntax, TypeSymbol? expected) => syntax switch
    {
        IntegerLiteralSyntax i => CheckIntegerLiteral(i, expected, negated: false),
        FloatLiteralSyntax f => CheckFloatLiteral(f),
        BoolLiteralSyntax b => new BoundLiteral(b.Span, TypeSymbol.Bool, b.Value),
        CharLiteralSyntax c => new BoundLiteral(c.Span, TypeSymbol.Char, c.Value),
        ByteLiteralSyntax b => new BoundLiteral(b.Span, TypeSymbol.U8, new System.Numerics.BigInteger(b.Value)),
        StringLiteralSyntax s => new BoundLiteral(s.Span, TypeSymbol.StrRef, s.Value),
        ParenthesizedExpressionSyntax p => CheckParenthesized(p, expected),
        PathExpressionSyntax p => CheckPath(p),
        BinaryExpressionSyntax b => CheckBinary(b),
        UnaryExpressionSyntax u => CheckUnary(u, expected),
        ReferenceExpressionSyntax r => CheckReference(r, expected),
        AssignmentExpressionSyntax a => CheckAssignment(a),
        CallExpressionSyntax c => CheckCall(c, expected),
        CastExpressionSyntax c => CheckCast(c),
        TupleExpressionSyntax t => CheckTuple(t, expected),
        ArrayExpressionSyntax a => CheckArray(a, expected),
        ArrayRepeatExpressionSyntax a => CheckArrayRepeat(a, expected),
        IndexExpressionSyntax i => CheckIndex(i),
        FieldExpressionSyntax f => CheckField(f),
        MethodCallExpressionSyntax m => CheckMethodCall(m),
        BlockExpressionSyntax b => b.Label is null ? CheckBlock(b, expected) : CheckLabeledBlock(b, expected),
        UnsafeBlockExpressionSyntax u => CheckUnsafeBlock(u, expected),
        IfExpressionSyntax i => CheckIf(i, expected),
        WhileExpressionSyntax w => CheckWhile(w),
        LoopExpressionSyntax l => CheckLoop(l, expected),
        ForExpressionSyntax f => CheckFor(f),
        BreakExpressionSyntax b => CheckBreak(b),
        ContinueExpressionSyntax c => CheckContinue(c),
        ReturnExpressionSyntax r => CheckReturn(r),
        MacroCallExpressionSyntax m => CheckMacro(m, expected),
        StructExpressionSyntax s => CheckStructLiteral(s),
        MatchExpressionSyntax m => CheckMatch(m, expected),
        ClosureExpressionSyntax c => CheckClosure(c, expected),
        TryExpressionSyntax t => CheckTry(t),
        RangeExpressionSyntax r => CheckRange(r, expected),
        QualifiedPathExpressionSyntax q => CheckQualifiedPathValue(q),
        LetConditionSyntax => Unsupported(syntax, "`let` outside the condition of `if` and `while`"),
        _ => throw new InvalidOperationException($"CheckExpression does not know {syntax.GetType().Name}"),
    };

    /// <summary>
    /// `(a + b)` is `a + b` spanning its parentheses, as in rustc's lowering to HIR: a panic of
    /// the expression (overflow, division by zero, index out of bounds) points at the `(`.
    /// </summary>
    private BoundExpression CheckParenthesized(ParenthesizedExpressionSyntax p, TypeSymbol? expected) =>
        CheckExpression(p.Inner, expected) with { Span = p.Span };

    private BoundErrorExpression Unsupported(SyntaxNode syntax, string what)
    {
        Report(SemanticDiagnostics.UnsupportedFeature(syntax.Span, what));
        return new BoundErrorExpression(syntax.Span);
    }

    /// <summary>An integer literal: its suffix, else the expected integer type, else a fresh `{integer}`.</summary>
    private BoundLiteral CheckIntegerLiteral(IntegerLiteralSyntax literal, TypeSymbol? expected, bool negated)
    {
        TypeSymbol type;
        if (literal.Suffix is { } suffix && PrimitiveKindFacts.FromName(suffix) is { } kind)
            type = new PrimitiveType(kind);
        else if (expected is not null && _inference.Shallow(expected) is PrimitiveType { Kind: var k } && k.IsInteger())
            type = new PrimitiveType(k);
        else
            type = _inference.NewVariable(InferenceKind.Integer);
        _integerLiterals.Add((literal, type, negated));
        return new BoundLiteral(literal.Span, type, literal.Value);
    }

    private BoundLiteral CheckFloatLiteral(FloatLiteralSyntax literal)
    {
        TypeSymbol type = literal.Suffix is { } s && PrimitiveKindFacts.FromName(s) is { } kind
            ? new PrimitiveType(kind)
            : _inference.NewVariable(InferenceKind.Float);
        return new BoundLiteral(literal.Span, type, literal.Value);
    }

    /// <summary>A path used as a value: a local or a const (function values come with calls).</summary>
    private BoundExpression CheckPath(PathExpressionSyntax p)
    {
        if (p.Path.Segments.Length == 1)
        {
            var name = p.Path.Last.Text;
            if (_scope.LookupLocal(name) is { } local)
            {
                _read.Add(local);
                NoteLocalUse(local);
                return new BoundLocal(p.Span, local.Type, local);
            }
            if (_scope.LookupConst(name) is { } constant)
                return ConstantExpression(p.Span, constant.Type, constant.Value);
        }
        if (IsIntegerConstPath(p.Path, out var value, out var type))
            return new BoundLiteral(p.Span, type, value);
        if (IsFloatConstPath(p.Path, out var floatValue, out var floatType))
            return new BoundLiteral(p.Span, floatType, floatValue);
        return CheckItemPath(p);
    }

    /// <summary>`i32::MAX`, `u8::MIN`.</summary>
    private static bool IsIntegerConstPath(PathSyntax path, out System.Numerics.BigInteger value, out TypeSymbol type)
    {
        value = default;
        type = TypeSymbol.Error;
        if (path.Segments.Length != 2 || PrimitiveKindFacts.FromName(path.Segments[0].Name.Text) is not { } kind || !kind.IsInteger()) return false;
        type = new PrimitiveType(kind);
        switch (path.Segments[1].Name.Text)
        {
            case "MAX": value = IntegerRanges.Max(kind); return true;
            case "MIN": value = IntegerRanges.Min(kind); return true;
            case "BITS": value = kind.BitWidth(); type = TypeSymbol.U32; return true;
            default: return false;
        }
    }

    /// <summary>`f64::MAX`, `f32::EPSILON`, `f64::NAN`: std's associated consts of the float types.</summary>
    private static bool IsFloatConstPath(PathSyntax path, out double value, out TypeSymbol type)
    {
        value = 0;
        type = TypeSymbol.Error;
        if (path.Segments.Length != 2 || PrimitiveKindFacts.FromName(path.Segments[0].Name.Text) is not { } kind) return false;
        var is32 = kind == PrimitiveKind.F32;
        if (!is32 && kind != PrimitiveKind.F64) return false;
        double? found = path.Segments[1].Name.Text switch
        {
            "MAX" => is32 ? float.MaxValue : double.MaxValue,
            "MIN" => is32 ? float.MinValue : double.MinValue,
            // Rust's MIN_POSITIVE is the smallest normal value; .NET's Epsilon is the smallest subnormal.
            "MIN_POSITIVE" => is32 ? 1.17549435e-38f : 2.2250738585072014e-308,
            "EPSILON" => is32 ? 1.1920929e-7f : 2.220446049250313e-16,
            "INFINITY" => double.PositiveInfinity,
            "NEG_INFINITY" => double.NegativeInfinity,
            "NAN" => double.NaN,
            _ => null,
        };
        if (found is not { } v) return false;
        value = v;
        type = new PrimitiveType(kind);
        return true;
    }

    /// <summary>A use of a const: its value, rebuilt as an expression of the const's (concrete) type.</summary>
    private static BoundExpression ConstantExpression(TextSpan span, TypeSymbol type, object? value) => value switch
    {
        null => new BoundErrorExpression(span),
        ConstAggregate { Variant: { } variant } a when type is AdtType adt =>
            new BoundAdtLiteral(span, type, variant, [.. a.Elements.Select((e, i) => (BoundExpression?)ConstantExpression(span, adt.FieldType(variant.Fields[i]), e))], null),
        ConstAggregate a when type is TupleType t => new BoundTuple(span, type, [.. a.Elements.Select((e, i) => ConstantExpression(span, t.Elements[i], e))]),
        ConstAggregate a when type is ArrayType at => new BoundArray(span, type, [.. a.Elements.Select(e => ConstantExpression(span, at.Element, e))]),
        ConstAggregate => new BoundErrorExpression(span),
        _ => new BoundLiteral(span, type, value),
    };

    private BoundExpression CheckCall(CallExpressionSyntax call, TypeSymbol? expected = null)
    {
        if (call.Callee is PathExpressionSyntax { Path: var path } && IsProcessExit(path))
            return CheckProcessExit(call);
        if (call.Callee is QualifiedPathExpressionSyntax qualified) return CheckQualifiedCall(call, qualified);
        if (call.Callee is not PathExpressionSyntax callee) return CheckCallOfExpression(call);
        var name = callee.Path.Last.Text;
        var target = callee.Path.Segments.Length == 1 && _scope.LookupFunction(name) is null && _scope.LookupType(name) is null && LookupVariant(name) is null
            ? null
            : ResolveValuePath(callee.Path);
        if (target is VariantTarget variant) return CheckConstructorCall(call, ExpectFnPointers(variant, expected));
        if (target is not FunctionTarget { Function: var function, Leading: var leading })
        {
            // Calling a local: closures and `fn` pointers (level L5). One of the error type was
            // reported where it was made (`let k = |x| x;`, `f: fn(i32) -> i32`).
            var local = callee.Path.Segments.Length == 1 ? _scope.LookupLocal(name) : null;
            if (local is not null) _read.Add(local);
            if (local is not null && CheckCallOfLocal(call, callee, local) is { } called) return called;
            if (local is not null) NoteLocalUse(local);
            var callable = local is not null && !Resolve(local.Type).ContainsError;
            if (callable && IsNeverCallable(Resolve(local!.Type)))
                Report(SemanticDiagnostics.ExpectedFunction(callee.Span, Resolve(local.Type)));
            else if (callable)
                Report(SemanticDiagnostics.UnsupportedFeature(callee.Span, "calling a local variable of this type"));
            else if (local is null && target is null && callee.Path.Segments.Length == 1)
                Report(SemanticDiagnostics.UnknownFunction(callee.Span, name));
            foreach (var a in call.Arguments) CheckExpression(a, null);
            return new BoundErrorExpression(call.Span);
        }
        var typeArgs = InstantiateGenerics(function, leading, callee.Path.Segments[^1].GenericArgs, callee.Span);
        return CheckGenericCall(call.Span, callee.Span, function, typeArgs, [], call.Arguments, isMethod: false);
    }

    private static bool IsProcessExit(PathSyntax path)
    {
        var names = path.Segments.Select(s => s.Name.Text).ToArray();
        return names is ["std", "process", "exit"] or ["process", "exit"];
    }

    private BoundExpression CheckProcessExit(CallExpressionSyntax call)
    {
        if (call.Arguments.Length != 1)
        {
            Report(SemanticDiagnostics.WrongArgumentCount(call.Callee.Span, 1, call.Arguments.Length));
            return new BoundErrorExpression(call.Span);
        }
        var code = CheckExpression(call.Arguments[0], TypeSymbol.I32);
        CoerceTo(code, TypeSymbol.I32, call.Arguments[0].Span);
        return new BoundExit(call.Span, code);
    }

    private BoundExpression CheckTuple(TupleExpressionSyntax t, TypeSymbol? expected)
    {
        var hints = _inference.Shallow(expected ?? TypeSymbol.Error) is TupleType tt && tt.Elements.Count == t.Elements.Length ? tt.Elements.AsImmutable() : default;
        var elements = t.Elements.Select((e, i) => CheckTupleElement(e, hints.IsDefault ? null : hints[i])).ToImmutableArray();
        return new BoundTuple(t.Span, new TupleType(elements.Select(e => e.Type).ToImmutableArray()), elements);
    }

    /// <summary>A tuple's element is a coercion site for an expected `&amp;dyn Trait` (`(&amp;c, 1)` as `(&amp;dyn Shape, u8)`); otherwise the hint only guides it.</summary>
    private BoundExpression CheckTupleElement(ExpressionSyntax e, TypeSymbol? hint)
    {
        var bound = CheckExpression(e, hint);
        return hint is not null && WantsUnsize(hint) ? Coerce(bound, hint, e.Span) : bound;
    }

    private BoundExpression CheckArray(ArrayExpressionSyntax a, TypeSymbol? expected)
    {
        var elementHint = _inference.Shallow(expected ?? TypeSymbol.Error) switch { ArrayType at => at.Element, SliceType st => st.Element, _ => null };
        TypeSymbol elementType = elementHint ?? _inference.NewVariable(InferenceKind.General);
        var elements = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var e in a.Elements)
        {
            var bound = Coerce(CheckExpression(e, elementType), elementType, e.Span);
            elements.Add(bound);
        }
        return new BoundArray(a.Span, new ArrayType(elementType, a.Elements.Length), elements.ToImmutable());
    }

    private BoundExpression CheckArrayRepeat(ArrayRepeatExpressionSyntax a, TypeSymbol? expected)
    {
        var elementHint = _inference.Shallow(expected ?? TypeSymbol.Error) switch { ArrayType at => at.Element, SliceType st => st.Element, _ => null };
        var value = CheckExpression(a.Value, elementHint);
        if (elementHint is not null) CoerceTo(value, elementHint, a.Value.Span);
        var countExpr = CheckExpression(a.Count, TypeSymbol.Usize);
        CoerceTo(countExpr, TypeSymbol.Usize, a.Count.Span);
        var count = ConstEvaluator.Evaluate(countExpr, out var failure);
        if (count is not System.Numerics.BigInteger n)
        {
            Report(failure ?? SemanticDiagnostics.ConstEvaluationFailed(a.Count.Span));
            return new BoundErrorExpression(a.Span);
        }
        return new BoundArrayRepeat(a.Span, new ArrayType(value.Type, (long)n), value, (long)n);
    }

    /// <summary>`a[i]`: arrays and slices (and references to them, auto-dereferenced) indexed by `usize`.</summary>
    private BoundExpression CheckIndex(IndexExpressionSyntax i)
    {
        if (i.Index is RangeExpressionSyntax range) return CheckRangeIndex(i, range);
        var target = DerefToIndexable(AutoDeref(CheckExpression(i.Target, null)), i.Target.Span);
        var builtin = StructurallyResolve(target.Type) is ArrayType or SliceType;
        var index = CheckExpression(i.Index, builtin ? TypeSymbol.Usize : null);
        if (!builtin && OverloadedIndex(target, index, i.Span) is { } overloaded) return AtBrackets(overloaded, i);
        CoerceTo(index, TypeSymbol.Usize, i.Index.Span);
        if (_inference.Shallow(target.Type) is ArrayType or SliceType)
            return new BoundIndex(i.Span, TypeFacts.ElementOf(_inference.Shallow(target.Type)), target, index);
        if (target.Type is not ErrorType)
            Report(SemanticDiagnostics.CannotIndex(Brackets(i), Resolve(target.Type)));
        return new BoundErrorExpression(i.Span);
    }

    /// <summary>`[i]` of `v[i]`, where rustc points an indexing error or panic.</summary>
    private static TextSpan Brackets(IndexExpressionSyntax i) => TextSpan.FromBounds(i.Target.Span.End, i.Span.End);

    /// <summary>An overloaded `a[i]` is called at its brackets (where rustc reports a `#[track_caller]` panic of `index`).</summary>
    private static BoundExpression AtBrackets(BoundExpression overloaded, IndexExpressionSyntax i) =>
        overloaded is BoundDereference { Operand: BoundCall call } deref ? deref with { Operand = call with { Location = Brackets(i) } } : overloaded;

    /// <summary>A field of a prelude struct seen on the way that a program may not name (E0616 when no other is found).</summary>
    private (string Struct, string Field)? _privateField;

    /// <summary>`s.x`, `t.0`: the first type on the autoderef chain (`b`, `*b`, `**b`, …) that has the field.</summary>
    private BoundExpression CheckField(FieldExpressionSyntax f)
    {
        var target = CheckExpression(f.Target, null);
        var original = target.Type;
        _privateField = null;
        for (var step = 0; ; step++)
        {
            if (CheckStructField(target, f) is { } field) return field;
            if (_inference.Shallow(target.Type) is TupleType tt && int.TryParse(f.Name.Text, out var index) && index < tt.Elements.Count)
                return new BoundTupleField(f.Span, tt.Elements[index], target, index);
            // References and boxes are built in; a user `Deref` is a call: `w.x` is `(*Deref::deref(&w)).x`.
            if (BuiltinDeref(target, target.Span) is { } deref) target = deref;
            else if (step < MaxDerefSteps && OverloadedDeref(target, f.Target.Span) is { } next) target = next;
            else break;
        }
        var type = _inference.Shallow(target.Type);
        if (type is ErrorType) return new BoundErrorExpression(f.Span);
        if (_privateField is { } hidden)
            Report(SemanticDiagnostics.PrivateField(f.Name.Span, hidden.Field, hidden.Struct));
        else if (_inference.Shallow(original) is PrimitiveType)
            Report(SemanticDiagnostics.PrimitiveHasNoFields(f.Name.Span, Resolve(original)));
        else
            Report(SemanticDiagnostics.NoField(f.Name.Span, f.Name.Text, Resolve(original)));
        return new BoundErrorExpression(f.Span);
    }

    /// <summary>Methods (inherent, then trait methods such as `.clone()`), and `array.len()`.</summary>
    private BoundExpression CheckMethodCall(MethodCallExpressionSyntax m)
    {
        var original = CheckExpression(m.Receiver, null);
        if (CheckInherentMethodCall(original, m) is { } call) return call;
        var receiver = DerefToIndexable(AutoDeref(original), m.Receiver.Span);
        var type = _inference.Shallow(receiver.Type);
        if (type is ArrayType at && m.Name.Text == LangItems.ArrayLengthMethod && m.Arguments.IsEmpty)
            return new BoundArrayLength(m.Span, receiver, at.Length);
        foreach (var a in m.Arguments) CheckExpression(a, null);
        if (_unsatisfiedMethod is { } unsatisfied && unsatisfied.Name == m.Name.Text)
            Report(SemanticDiagnostics.MethodBoundsNotSatisfied(m.Name.Span, m.Name.Text, Resolve(unsatisfied.Type)));
        else if (type is AdtType && !type.ContainsError && MissingDisplayForBlanketMethod(type, m.Name.Text))
            Report(SemanticDiagnostics.MethodNeedsDisplay(m.Name.Span, Resolve(type)));
        else if (MissingStd.IteratorMethods.Contains(m.Name.Text) && IsIterator(original.Type))
            Report(SemanticDiagnostics.UnsupportedFeature(m.Name.Span, $"the iterator method `{m.Name.Text}`"));
        else if (type is not ErrorType && !original.Type.ContainsError) Report(SemanticDiagnostics.NoMethod(m.Name.Span, m.Name.Text, Resolve(original.Type)));
        _unsatisfiedMethod = null;
        return new BoundErrorExpression(m.Span);
    }

    private bool IsIterator(TypeSymbol type)
    {
        var resolved = Resolve(type);
        return resolved is not InferenceVariable && !resolved.ContainsError
            && Solver.Implements(resolved, new TraitRef(LangItems.Trait(LangItem.Iterator), ValueArray<TypeSymbol>.Empty));
    }

    /// <summary>Follows references, as field access, indexing and method receivers do.</summary>
    private BoundExpression AutoDeref(BoundExpression e)
    {
        while (BuiltinDeref(e, e.Span) is { } deref) e = deref;
        return e;
    }

    private BoundExpression CheckReference(ReferenceExpressionSyntax r, TypeSymbol? expected)
    {
        // An expected `&dyn Trait` says nothing of the operand's type (rustc's `ExpectRvalueLikeUnsized`):
        // `&(match c { _ => 1 })` is a `&i32`, unsized afterwards, not arms of type `dyn Trait` (bug 30).
        // Only a closure takes its signature from it (`&|x| x + k` as `&dyn Fn(i32) -> i32`).
        var hint = _inference.Shallow(expected ?? TypeSymbol.Error) is ReferenceType rt
            && (_inference.Shallow(rt.Referent) is not DynType || r.Operand is ClosureExpressionSyntax) ? rt.Referent : null;
        var operand = CheckExpression(r.Operand, hint);
        if (r.IsMutable) operand = ToMutablePlace(operand, r.Span, assigned: false);
        if (r.IsMutable && IsConstPointerPlace(operand) && r.Operand is UnaryExpressionSyntax deref)
            Report(SemanticDiagnostics.BorrowThroughConstPointer(r.Span, SourceOf(deref), SourceOf(deref.Operand)));
        else if (r.IsMutable && !IsMutablePlace(operand) && RootLocal(operand) is { } local)
            Report(SemanticDiagnostics.BorrowImmutableAsMutable(r.Span, local.Name));
        return new BoundAddressOf(r.Span, new ReferenceType(operand.Type, r.IsMutable), r.IsMutable, operand);
    }

    /// <summary>The local a place expression is rooted in (`x`, `x.0`, `x[i]`), unless it goes through a reference.</summary>
    private static Symbols.LocalSymbol? RootLocal(BoundExpression place) => place switch
    {
        BoundLocal l => l.Local,
        BoundTupleField f => RootLocal(f.Target),
        BoundFieldAccess f => RootLocal(f.Target),
        BoundIndex i => RootLocal(i.Target),
        BoundDereference { Operand.Type: AdtType { Adt.IsBox: true } } d => RootLocal(d.Operand),
        BoundRangeIndex r => RootLocal(r.Target),
        _ => null,
    };
}
