using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

internal sealed partial class FunctionChecker
{
    /// <summary>
    /// Binary operators on primitive types. Arithmetic and bit operators want both sides of one
    /// type (rustc has no implicit widening); shifts allow any integer on the right; comparisons
    /// give `bool`; `&amp;&amp;`/`||` want `bool`. As in rustc, the left operand is checked without
    /// the context's expectation: the operator's result type is unified with it afterwards.
    /// </summary>
    private BoundExpression CheckBinary(BinaryExpressionSyntax b)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                return CheckLogical(b);
            case BinaryOperator.Shl or BinaryOperator.Shr:
                return CheckShift(b);
            case BinaryOperator.Eq or BinaryOperator.Ne or BinaryOperator.Lt or BinaryOperator.Le or BinaryOperator.Gt or BinaryOperator.Ge:
                return CheckComparison(b);
            default:
                return CheckArithmetic(b);
        }
    }

    private BoundExpression CheckLogical(BinaryExpressionSyntax b)
    {
        var left = CheckExpression(b.Left, TypeSymbol.Bool);
        CoerceTo(left, TypeSymbol.Bool, b.Left.Span);
        var right = CheckExpression(b.Right, TypeSymbol.Bool);
        CoerceTo(right, TypeSymbol.Bool, b.Right.Span);
        return new BoundBinary(b.Span, TypeSymbol.Bool, b.Operator, left, right);
    }

    private BoundExpression CheckShift(BinaryExpressionSyntax b)
    {
        var left = DerefOperand(CheckExpression(b.Left, null));
        var right = DerefOperand(CheckExpression(b.Right, null));
        var lt = ShallowNormalized(left.Type);
        var rt = ShallowNormalized(right.Type);
        if (!IsIntegerLike(lt) || !IsIntegerLike(rt))
        {
            ReportBinaryMismatch(b, lt, rt);
            return new BoundErrorExpression(b.Span);
        }
        return new BoundBinary(b.Span, left.Type, b.Operator, left, right);
    }

    private BoundExpression CheckComparison(BinaryExpressionSyntax b)
    {
        var left = CheckExpression(b.Left, null);
        var right = CheckExpression(b.Right, left.Type);
        if (ComparesAcrossTypes(b.Operator, left.Type, right.Type)) return new BoundBinary(b.Span, TypeSymbol.Bool, b.Operator, left, right);
        if (!_inference.Unify(left.Type, right.Type))
        {
            Report(SemanticDiagnostics.MismatchedTypes(b.Right.Span, Resolve(left.Type), Resolve(right.Type)));
            return new BoundErrorExpression(b.Span);
        }
        var operand = ShallowNormalized(left.Type);
        var isOrdering = b.Operator is not (BinaryOperator.Eq or BinaryOperator.Ne);
        if (!IsComparable(operand, isOrdering))
        {
            ReportBinaryMismatch(b, operand, operand);
            return new BoundErrorExpression(b.Span);
        }
        return new BoundBinary(b.Span, TypeSymbol.Bool, b.Operator, left, right);
    }

    /// <summary>
    /// `==`/`!=` between two different types that an impl relates (`impl PartialEq&lt;&amp;str&gt; for String`):
    /// the comparison calls that impl, as rustc's does. Same-typed comparisons take the usual path.
    /// </summary>
    private bool ComparesAcrossTypes(BinaryOperator op, TypeSymbol leftType, TypeSymbol rightType)
    {
        if (op is not (BinaryOperator.Eq or BinaryOperator.Ne)) return false;
        var left = StructurallyResolve(leftType);
        var right = StructurallyResolve(rightType);
        if (!left.IsConcrete || !right.IsConcrete || left == right || left is not AdtType && right is not AdtType) return false;
        var eq = new TraitRef(LangItems.Trait(LangItem.PartialEq), ImmutableArray.Create(right));
        return Solver.FindImpl(left, eq) is not null;
    }

    /// <summary>
    /// The outer type, with a projection normalized: a closure parameter of a `flatten` chain is
    /// `<?V as IntoIterator>::Item` until the inner type is known, and `i64` once it is.
    /// </summary>
    private TypeSymbol ShallowNormalized(TypeSymbol type) =>
        _inference.Shallow(type) is ProjectionType projection ? _inference.Shallow(Resolve(projection)) : _inference.Shallow(type);

    private BoundExpression CheckArithmetic(BinaryExpressionSyntax b)
    {
        var left = DerefOperand(CheckExpression(b.Left, null));
        // A user operator's right operand is typed by its impl (`impl Mul<i64> for V`), not by the left operand.
        var userOperator = ShallowNormalized(left.Type) is TypeParameterType or AdtType or OpaqueType;
        var right = DerefOperand(CheckExpression(b.Right, userOperator ? null : left.Type));
        var lt = ShallowNormalized(left.Type);
        var rt = ShallowNormalized(right.Type);
        if (userOperator) return CheckOperatorTrait(b, left, right);
        // In a closure, `|x| x + k` leaves x open until a call gives it: rustc keeps `?T: Add<i32>`
        // pending; ToyRust assumes the built-in operator of the other side's type.
        if (_openClosures.Count > 0 && lt is InferenceVariable { Kind: InferenceKind.General } && IsNumericLike(rt) && _inference.Unify(left.Type, right.Type))
            lt = _inference.Shallow(left.Type);
        var isBitwise = b.Operator is BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor;
        var allowed = isBitwise ? IsIntegerLike(lt) || lt == TypeSymbol.Bool : IsNumericLike(lt);
        if (!allowed)
        {
            ReportBinaryMismatch(b, lt, rt);
            return new BoundErrorExpression(b.Span);
        }
        if (!_inference.Unify(left.Type, right.Type))
        {
            Report(SemanticDiagnostics.MismatchedTypes(b.Right.Span, Resolve(left.Type), Resolve(right.Type)));
            if (Resolve(left.Type) is PrimitiveType lp && Resolve(right.Type) is PrimitiveType rp && lp.IsNumeric && rp.IsNumeric)
                ReportMissingOperatorImpl(b, lp, rp);
            return new BoundErrorExpression(b.Span);
        }
        return new BoundBinary(b.Span, left.Type, b.Operator, left, right);
    }

    /// <summary>
    /// `a + b` where `a` is a type parameter or a struct/enum: allowed through the operator trait
    /// (`T: Add&lt;Output = T&gt;`, `impl Add for Point`); the result is the impl's `Output`.
    /// Code generation calls the impl's method once the types are concrete.
    /// </summary>
    private BoundExpression CheckOperatorTrait(BinaryExpressionSyntax b, BoundExpression left, BoundExpression right)
    {
        var lt = _inference.Shallow(left.Type);
        if (OperatorTraits.TraitOf(b.Operator) is not { } item)
        {
            ReportBinaryMismatch(b, lt, _inference.Shallow(right.Type));
            return new BoundErrorExpression(b.Span);
        }
        var trait = LangItems.Trait(item);
        if (lt is TypeParameterType or OpaqueType && !TraitSolver.BoundsOfType(lt).Any(bound => ReferenceEquals(bound.Trait, trait)))
        {
            ReportBinaryMismatch(b, lt, _inference.Shallow(right.Type));
            return new BoundErrorExpression(b.Span);
        }
        // With one impl, its `Rhs` is expected and the operand coerced to it (`s + &t`, t: String, is `s + &*t`).
        TypeSymbol rhs;
        if (lt is AdtType && Solver.ImplsFor(lt, trait).ToList() is [var only])
        {
            rhs = GenericSubstitution.Apply(only.Impl.Trait!.Arguments[0], only.Impl.GenericParameters, only.Arguments);
            right = Coerce(right, rhs, b.Right.Span);
        }
        else rhs = ExpectedRightOperand(lt, trait, right, b.Right.Span);
        var traitRef = new TraitRef(trait, ImmutableArray.Create(rhs));
        _obligations.Add((left.Type, traitRef, b.OperatorSpan));
        return new BoundBinary(b.Span, OperatorOutput(lt, traitRef), b.Operator, left, right);
    }

    /// <summary>
    /// The right operand's type for an operator on a struct: with one impl of the trait for the
    /// left type, rustc expects that impl's `Rhs` (so `meters + 3` is E0308); with several, the
    /// impl whose `Rhs` fits the operand decides (and gives an integer literal its type).
    /// </summary>
    private TypeSymbol ExpectedRightOperand(TypeSymbol left, TraitSymbol trait, BoundExpression right, TextSpan rightSpan)
    {
        if (left is not AdtType) return right.Type;
        var impls = Solver.ImplsFor(left, trait).ToList();
        TypeSymbol Rhs(TraitSolver.ImplMatch m) => GenericSubstitution.Apply(m.Impl.Trait!.Arguments[0], m.Impl.GenericParameters, m.Arguments);
        if (impls.Count == 1)
        {
            CoerceTo(right, Rhs(impls[0]), rightSpan);
            return Rhs(impls[0]);
        }
        foreach (var impl in impls)
        {
            var bindings = new Dictionary<GenericParameterSymbol, TypeSymbol>(ReferenceEqualityComparer.Instance);
            if (TypeMatcher.Match(Rhs(impl), _inference.Shallow(right.Type), bindings) && Rhs(impl).IsConcrete && _inference.Unify(right.Type, Rhs(impl)))
                return Rhs(impl);
        }
        return right.Type;
    }

    /// <summary>`&lt;L as Add&lt;R&gt;&gt;::Output`: the impl's `Output`, a bound's `Output = X`, or the projection itself.</summary>
    private TypeSymbol OperatorOutput(TypeSymbol self, TraitRef trait)
    {
        // An opaque type's operator: its `impl Add<Output = X>` bound says (or the left type, to report nothing more).
        if (Resolve(self) is OpaqueType)
            return TraitSolver.BoundsOfType(Resolve(self)).Where(bound => ReferenceEquals(bound.Trait, trait.Trait)).SelectMany(bound => bound.Bindings).FirstOrDefault(x => x.Name == "Output")?.Type ?? self;
        // An arithmetic operator trait declares one associated type, its `Output`.
        var output = trait.Trait.AssociatedTypes[0];
        // `T: Div<f64, Output = T>` and `t / 3.0`: the one bound of the trait fixes the literal's type.
        if (Resolve(self) is TypeParameterType p && TraitSolver.BoundsOf(p.Parameter).Where(b => ReferenceEquals(b.Trait, trait.Trait)).Take(2).ToList() is [var only])
        {
            foreach (var (wanted, bound) in trait.Arguments.Zip(only.Arguments)) _inference.Unify(wanted, bound);
        }
        var arguments = new ValueArray<TypeSymbol>(trait.Arguments.Select(Resolve));
        var result = Projections.Normalize(new ProjectionType(Resolve(self), trait with { Arguments = arguments }, output));
        // No impl says (one without `type Output`, already E0046): the left type, to report nothing more.
        return result is ProjectionType { Self: not (TypeParameterType or InferenceVariable) } ? self : result;
    }

    /// <summary>
    /// `p += q` on a struct or type parameter: through `AddAssign&lt;Rhs&gt;` and its family. As for
    /// `p + q`, the value's type comes from the impls of the left type (`v *= 3` with
    /// `impl MulAssign&lt;i64&gt; for V` makes `3` an `i64`), not from the left type itself.
    /// </summary>
    private BoundExpression CheckCompoundAssignTrait(AssignmentExpressionSyntax a, BoundExpression target, BinaryOperator op)
    {
        var trait = OperatorTraits.TraitOf(op, isAssignment: true) is { } item ? LangItems.Trait(item) : null;
        var self = _inference.Shallow(target.Type);
        var value = CheckExpression(a.Value, self is AdtType && trait is not null ? null : target.Type);
        var bounded = self is not TypeParameterType p || TraitSolver.BoundsOf(p.Parameter).Any(b => ReferenceEquals(b.Trait, trait));
        if (trait is null || !bounded)
        {
            Report(SemanticDiagnostics.BinaryNotSupported(a.OperatorSpan, $"binary assignment operation `{OperatorText(op)}=` cannot be applied to type `{Resolve(self)}`", Resolve(self), Resolve(value.Type)));
            return new BoundErrorExpression(a.Span);
        }
        var rhs = ExpectedRightOperand(self, trait, value, a.Value.Span);
        _obligations.Add((target.Type, new TraitRef(trait, ImmutableArray.Create(rhs)), a.OperatorSpan));
        return new BoundAssignment(a.Span, target, op, value);
    }

    /// <summary>rustc's E0277 beside the E0308 for `1i32 + 1i64`: no `Add&lt;i64&gt;` impl for `i32`.</summary>
    private void ReportMissingOperatorImpl(BinaryExpressionSyntax b, TypeSymbol left, TypeSymbol right)
    {
        var verb = b.Operator switch
        {
            BinaryOperator.Add => $"cannot add `{right}` to `{left}`",
            BinaryOperator.Sub => $"cannot subtract `{right}` from `{left}`",
            BinaryOperator.Mul => $"cannot multiply `{left}` by `{right}`",
            BinaryOperator.Div => $"cannot divide `{left}` by `{right}`",
            BinaryOperator.Rem => $"cannot calculate the remainder of `{left}` divided by `{right}`",
            _ => $"no implementation for `{left} {OperatorText(b.Operator)} {right}`",
        };
        // The bit operators' traits (BitAnd, …) are not in ToyRust's prelude yet.
        var trait = OperatorTraits.TraitOf(b.Operator) is { } item ? LangItems.Trait(item).Name : b.Operator switch
        {
            BinaryOperator.BitAnd => "BitAnd",
            BinaryOperator.BitOr => "BitOr",
            _ => "BitXor",
        };
        Report(SemanticDiagnostics.CannotAddTypes(b.OperatorSpan, verb, OperatorText(b.Operator), left, right, trait));
    }

    /// <summary>
    /// std implements the arithmetic operators for references to primitives as well
    /// (`&amp;f64 * &amp;f64`, `3.0 * r`), with the same result as on the values.
    /// </summary>
    private BoundExpression DerefOperand(BoundExpression operand)
    {
        if (StructurallyResolve(operand.Type) is ReferenceType { Referent: var referent } && IsPrimitiveOperand(_inference.Shallow(referent)))
            return new BoundDereference(operand.Span, referent, operand);
        return operand;
    }

    private static bool IsPrimitiveOperand(TypeSymbol t) => IsNumericLike(t) && t is not ErrorType || t == TypeSymbol.Bool;

    private void ReportBinaryMismatch(BinaryExpressionSyntax b, TypeSymbol left, TypeSymbol right)
    {
        if (left.ContainsError || right.ContainsError) return;
        var verb = b.Operator switch
        {
            BinaryOperator.Add => $"cannot add `{Resolve(right)}` to `{Resolve(left)}`",
            BinaryOperator.Sub => $"cannot subtract `{Resolve(right)}` from `{Resolve(left)}`",
            BinaryOperator.Mul => $"cannot multiply `{Resolve(left)}` by `{Resolve(right)}`",
            BinaryOperator.Div => $"cannot divide `{Resolve(left)}` by `{Resolve(right)}`",
            BinaryOperator.Rem => $"cannot calculate the remainder of `{Resolve(left)}` divided by `{Resolve(right)}`",
            BinaryOperator.Eq or BinaryOperator.Ne => $"binary operation `{OperatorText(b.Operator)}` cannot be applied to type `{Resolve(left)}`",
            _ => $"no implementation for `{Resolve(left)} {OperatorText(b.Operator)} {Resolve(right)}`",
        };
        Report(SemanticDiagnostics.BinaryNotSupported(b.OperatorSpan, verb, Resolve(left), Resolve(right)).WithSecondary(b.Left.Span, $"{Resolve(left)}"));
    }

    private static string OperatorText(BinaryOperator op) => SyntaxPrinter.OperatorText(op);

    private static bool IsIntegerLike(TypeSymbol t) => t.IsInteger || t is InferenceVariable { Kind: InferenceKind.Integer } || t is ErrorType;

    private static bool IsNumericLike(TypeSymbol t) => t.IsNumeric || t is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float } || t is ErrorType;

    /// <summary>`==` needs PartialEq, `&lt;` PartialOrd: built in for primitives, tuples and arrays; derived or bounded otherwise.</summary>
    private bool IsComparable(TypeSymbol t, bool ordering) => IsComparable(t, ordering ? LangItem.PartialOrd : LangItem.PartialEq);

    /// <summary>
    /// Whether `==` (or `&lt;`) applies: the trait solver's answer for `T: PartialEq&lt;T&gt;`, the same
    /// one the collector relies on, so a derive on a generic type holds only when its arguments
    /// compare (`Result&lt;i32, Fault&gt;` with a `Fault` that does not derive `PartialEq` is E0369).
    /// </summary>
    private bool IsComparable(TypeSymbol t, LangItem trait)
    {
        var type = Resolve(t);
        return type == TypeSymbol.Str || Solver.Implements(type, new TraitRef(LangItems.Trait(trait), ImmutableArray.Create(type)));
    }

    /// <summary>`-x` (signed integers and floats), `!x` (integers and bool), `*x` (references and raw pointers).</summary>
    private BoundExpression CheckUnary(UnaryExpressionSyntax u, TypeSymbol? expected)
    {
        if (u.Operator == UnaryOperator.Neg && u.Operand is IntegerLiteralSyntax lit)
        {
            // `-128i8` is one literal to rustc: fold it so that the value never overflows on the way.
            var literal = CheckIntegerLiteral(lit, expected, negated: true);
            var checkedNegation = CheckNegatable(u, literal);
            return checkedNegation is BoundErrorExpression ? checkedNegation : literal with { Span = u.Span, Value = -lit.Value };
        }
        if (u.Operator == UnaryOperator.Deref)
        {
            var target = CheckExpression(u.Operand, null);
            var targetType = StructurallyResolve(target.Type);
            if (BuiltinDeref(target, u.Span) is { } deref) return deref;
            if (targetType is RawPointerType p) return CheckRawPointerDeref(u, target, p);
            if (OverloadedDeref(target, u.Span) is { } overloaded) return overloaded;
            if (!target.Type.ContainsError) Report(SemanticDiagnostics.CannotDereference(u.Span, Resolve(target.Type)));
            return new BoundErrorExpression(u.Span);
        }
        var operand = DerefOperand(CheckExpression(u.Operand, expected));
        return u.Operator == UnaryOperator.Neg ? CheckNegatable(u, operand) : CheckNot(u, operand);
    }

    private BoundExpression CheckNegatable(UnaryExpressionSyntax u, BoundExpression operand)
    {
        var t = ShallowNormalized(operand.Type);
        if (t is AdtType && Solver.FindImpl(t, new TraitRef(LangItems.Neg, [])) is not null)
            return new BoundUnary(u.Span, OperatorOutput(t, new TraitRef(LangItems.Neg, [])), UnaryOperator.Neg, operand);
        var ok = t.IsSignedInteger || t.IsFloat || t is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float } || t is ErrorType
            || t is TypeParameterType p && TraitSolver.BoundsOf(p.Parameter).Any(bound => LangItems.Is(bound.Trait, LangItem.Neg));
        if (!ok)
        {
            Report(SemanticDiagnostics.CannotApplyUnary(u.Span, "-", Resolve(t)));
            return new BoundErrorExpression(u.Span);
        }
        return new BoundUnary(u.Span, operand.Type, UnaryOperator.Neg, operand);
    }

    private BoundExpression CheckNot(UnaryExpressionSyntax u, BoundExpression operand)
    {
        var t = ShallowNormalized(operand.Type);
        if (!IsIntegerLike(t) && t != TypeSymbol.Bool)
        {
            Report(SemanticDiagnostics.CannotApplyUnary(u.Span, "!", Resolve(t)));
            return new BoundErrorExpression(u.Span);
        }
        return new BoundUnary(u.Span, operand.Type, UnaryOperator.Not, operand);
    }

    /// <summary>`place = value` and `place op= value`; the place's root must be `mut` unless it is reached through `&amp;mut`.</summary>
    private BoundExpression CheckAssignment(AssignmentExpressionSyntax a)
    {
        var target = ToMutablePlace(CheckAssignmentTarget(a.Target), a.Span, assigned: true);
        if (!IsPlace(target))
        {
            if (!target.Type.ContainsError) Report(SemanticDiagnostics.InvalidAssignmentTarget(a.Target.Span));
            CheckExpression(a.Value, null);
            return new BoundErrorExpression(a.Span);
        }
        var value = CheckAssignedValue(a, target);
        if (target is BoundLocal l)
        {
            _assigned.Add(l.Local);
            if (a.Operator is not null) _read.Add(l.Local);
        }
        CheckMutability(a, target);
        return value;
    }

    private BoundExpression CheckAssignedValue(AssignmentExpressionSyntax a, BoundExpression target)
    {
        if (a.Operator is { } op && op is BinaryOperator.Shl or BinaryOperator.Shr)
        {
            var amount = DerefOperand(CheckExpression(a.Value, null));
            return new BoundAssignment(a.Span, target, op, amount);
        }
        if (a.Operator is { } compound && _inference.Shallow(target.Type) is TypeParameterType or AdtType)
            return CheckCompoundAssignTrait(a, target, compound);
        var value = CheckExpression(a.Value, target.Type);
        if (a.Operator is not null)
        {
            value = DerefOperand(value);
            CoerceTo(value, target.Type, a.Value.Span);
        }
        else value = Coerce(value, target.Type, a.Value.Span);
        return new BoundAssignment(a.Span, target, a.Operator, value);
    }

    /// <summary>A plain local on the left of `=` is written, not read (for the unused-variable lint).</summary>
    private BoundExpression CheckAssignmentTarget(ExpressionSyntax target)
    {
        if (target is PathExpressionSyntax { Path.Segments.Length: 1 } p && _scope.LookupLocal(p.Path.Last.Text) is { } local)
        {
            NoteLocalUse(local);
            return new BoundLocal(p.Span, local.Type, local);
        }
        return CheckExpression(target, null);
    }

    private void CheckMutability(AssignmentExpressionSyntax a, BoundExpression target)
    {
        if (target is BoundLocal { Local: var local } && !local.IsMutable)
        {
            // A `let x;` may be assigned once on each path: the MIR's definite-initialization
            // pass decides (ToyRust.Mir.Analysis). Any other immutable local has its value already.
            if (a.Operator is not null || !_deferred.Contains(local))
                Report(SemanticDiagnostics.AssignTwiceToImmutable(a.Span, local.Name).WithSecondary(local.DeclarationSpan, "first assignment"));
            return;
        }
        if (IsConstPointerPlace(target) && a.Target is UnaryExpressionSyntax deref)
            Report(SemanticDiagnostics.AssignThroughConstPointer(a.Span, SourceOf(deref), SourceOf(deref.Operand)));
        else if (target is not BoundLocal && !IsMutablePlace(target) && RootLocal(target) is { } root)
            Report(SemanticDiagnostics.AssignToImmutablePlace(a.Span, SourceOf(a.Target), root.Name));
    }

    private static bool IsPlace(BoundExpression e) => e is BoundLocal or BoundTupleField or BoundFieldAccess or BoundIndex or BoundRangeIndex or BoundDereference;

    /// <summary>
    /// `value as Type` between numeric types, bool → integer, u8 → char, char → integer, and the
    /// raw pointer casts (<see cref="IsValidPointerCast"/>). The
    /// expression has the target type at once; whether the cast is valid is decided at the end of
    /// the function, once inference is done (<see cref="CheckDeferredCasts"/>), as rustc does:
    /// in `(if c { x.conv() } else { 0 }) as char` the operand's type is only known to be `u8`
    /// when `conv`'s one impl is selected after the whole body has been checked.
    /// </summary>
    private BoundExpression CheckCast(CastExpressionSyntax c)
    {
        var target = ResolveType(c.Type, ImplTraitSite.CastTypes);
        var operand = CheckExpression(c.Value, ReachesLiteral(c.Value) ? CastHint(target) : null);
        if (operand.Type.ContainsError || target.ContainsError) return new BoundErrorExpression(c.Span);
        // `double as fn(i32) -> i32`, `|x| x + 1 as fn(i32) -> i32`: the cast is the coercion (a pointer cast to a pointer of its own type is a no-op).
        if (_inference.Shallow(target) is FunctionType && _inference.Shallow(operand.Type) is FnDefType or ClosureType or FunctionType)
            return Coerce(operand, target, c.Span);
        // `&x as *const i32` with `x: {integer}`, `&mut x as *mut _`: rustc first tries the cast as a
        // coercion, which makes the referent and the pointee one type.
        if (_inference.Shallow(target) is RawPointerType pointer && StructurallyResolve(operand.Type) is ReferenceType r
            && (r.IsMutable || !pointer.IsMutable))
            _inference.Unify(pointer.Pointee, r.Referent);
        _deferredCasts.Add(new DeferredCast(c.Span, operand.Type, target));
        return new BoundCast(c.Span, target, operand);
    }

    private readonly record struct DeferredCast(TextSpan Span, TypeSymbol From, TypeSymbol Target);

    private readonly List<DeferredCast> _deferredCasts = [];

    /// <summary>
    /// Checks every cast of the body, in source order, once the obligations have been selected and
    /// before integer fallback (rustc's `check_casts`): an operand still unsolved then prints as
    /// `{integer}`.
    /// </summary>
    private void CheckDeferredCasts()
    {
        foreach (var (span, fromType, targetType) in _deferredCasts)
        {
            var from = Resolve(fromType);
            var target = Resolve(targetType);
            if (from.ContainsError || IsValidCast(from, target)) continue;
            if (target == TypeSymbol.Bool && (from.IsNumeric || from is InferenceVariable or RawPointerType))
                Report(SemanticDiagnostics.CastToBool(span, from));
            else if (target == TypeSymbol.Char && (from.IsNumeric || from is RawPointerType || from is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float }))
                Report(SemanticDiagnostics.OnlyU8ToChar(span, from));
            else if (from is PrimitiveType or ReferenceType or RawPointerType or InferenceVariable { Kind: not InferenceKind.General }
                     && target is PrimitiveType or RawPointerType)
                Report(SemanticDiagnostics.InvalidCast(span, from, target));
            else
                Report(SemanticDiagnostics.NonPrimitiveCast(span, from, target));
        }
    }

    /// <summary>
    /// rustc's "castable to" expectation, weaker than "has type": a literal operand takes the
    /// target type (`255 as u8`, `(-5) as i8`, `97 as char` is a u8), reached through
    /// parentheses, `-`/`!` and a block's tail. `if` and `match` drop it for their branches, and
    /// binary operators check their operands without one, so `(if c { -3i16 } else { 7 }) as u64`
    /// makes the 7 an i16 and `(300 + 1) as u8` adds two i32s.
    /// </summary>
    private static bool ReachesLiteral(ExpressionSyntax operand) => operand switch
    {
        IntegerLiteralSyntax or FloatLiteralSyntax => true,
        ParenthesizedExpressionSyntax p => ReachesLiteral(p.Inner),
        UnaryExpressionSyntax { Operator: UnaryOperator.Neg or UnaryOperator.Not } u => ReachesLiteral(u.Operand),
        BlockExpressionSyntax { Label: null, Tail: { } tail } => ReachesLiteral(tail),
        _ => false,
    };

    private static TypeSymbol? CastHint(TypeSymbol target) => target == TypeSymbol.Char ? TypeSymbol.U8 : target is RawPointerType ? null : target;

    private static bool IsValidCast(TypeSymbol from, TypeSymbol to)
    {
        var fromNumeric = from.IsNumeric || from is InferenceVariable { Kind: InferenceKind.Integer or InferenceKind.Float };
        if (to.IsNumeric && fromNumeric) return true;
        if (to.IsInteger && (from == TypeSymbol.Bool || from == TypeSymbol.Char)) return true;
        if (to.IsInteger && from is AdtType { Adt: { IsEnum: true } adt } && adt.Variants.All(v => v.Fields.IsEmpty)) return true;
        if (to == TypeSymbol.Char) return from == TypeSymbol.U8 || from == TypeSymbol.Char;
        return from == to || IsValidPointerCast(from, to);
    }

    /// <summary>
    /// rustc's pointer casts: a reference to its raw pointer (`&amp;x as *const T`, `&amp;mut x as *mut T`
    /// or `*const T`), a raw pointer to any other (`p as *mut u8`), to an integer and back
    /// (`p as usize`, `a as *const T`: any integer type, both ways). rustc also casts `&amp;[T; N]`
    /// to `*const T`; ToyRust does not.
    /// </summary>
    private static bool IsValidPointerCast(TypeSymbol from, TypeSymbol to) => (from, to) switch
    {
        (ReferenceType r, RawPointerType p) => r.Referent == p.Pointee && (r.IsMutable || !p.IsMutable),
        (RawPointerType, RawPointerType) => true,
        (RawPointerType, _) => to.IsInteger,
        (_, RawPointerType) => from.IsInteger || from is InferenceVariable { Kind: InferenceKind.Integer },
        _ => false,
    };
}
