using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;
using ToyRust.Syntax.Text;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// Function items and `fn` pointers (level L5), as rustc types them:
/// <code>
/// let f = double;                 f: fn(i32) -> i32 {double}     (a zero-sized FnDef)
/// apply(double, 3)                apply::&lt;fn(i32) -> i32 {double}&gt;, F: Fn(i32) -> i32 by std's impl
/// let p: fn(i32) -> i32 = double; BoundReify: the function's address (ReifyFnPointer)
/// p(3), f(3)                      `Fn::call` here; MIR building makes them an indirect and a direct call
/// </code>
/// A function item handed to a generic parameter with an `Fn*` bound is unified with the bound's
/// signature at the call, as a closure is (<see cref="HandOnFunction"/>): `apply(id, 3)` makes
/// `id`'s `T` an i32, and a signature that does not fit is E0631 (E0593 for another arity).
/// </summary>
internal sealed partial class FunctionChecker
{
    /// <summary>`double`, `id::&lt;i32&gt;`, `Point::new` as a value: its FnDef type at fresh (or turbofish) generic arguments.</summary>
    private BoundExpression CheckFunctionItem(PathExpressionSyntax p, FunctionSymbol function, ImmutableArray<TypeSymbol> leading) =>
        CheckFunctionItem(p.Span, function, leading, p.Path.Segments[^1].GenericArgs);

    private BoundExpression CheckFunctionItem(TextSpan span, FunctionSymbol function, ImmutableArray<TypeSymbol> leading, ImmutableArray<TypeSyntax> turbofish)
    {
        if (function.Intrinsic is not null || function.TrackCaller || function.Declaration?.IsUnsafe == true)
        {
            Report(SemanticDiagnostics.UnsupportedFeature(span, "intrinsic, `#[track_caller]` and `unsafe` functions used as values"));
            return new BoundErrorExpression(span);
        }
        var typeArgs = InstantiateGenerics(function, leading, turbofish, span);
        return new BoundFunctionItem(span, new FnDefType(function, new ValueArray<TypeSymbol>(typeArgs)));
    }

    /// <summary>
    /// A function item, or a closure, where a `fn` pointer is expected: the signatures must agree
    /// (E0308 "expected fn pointer, found fn item"), and a closure must capture nothing.
    /// </summary>
    private BoundExpression? TryReify(BoundExpression expression, TypeSymbol expected, TextSpan span)
    {
        if (_inference.Shallow(expected) is not FunctionType target) return null;
        var actual = _inference.Shallow(expression.Type);
        switch (actual)
        {
            case FnDefType item:
                if (!UnifySignatures(target, item.Signature))
                {
                    Report(SemanticDiagnostics.MismatchedFnPointer(span, (FunctionType)Resolve(target), Resolve(actual), "fn item"));
                    return new BoundErrorExpression(expression.Span);
                }
                return new BoundReify(expression.Span, target, expression);
            case ClosureType closure when closure.Closure.Captures.Length > 0:
                Report(SemanticDiagnostics.CapturingClosureToFnPointer(span, (FunctionType)Resolve(target), Resolve(actual), closure.Closure.Captures[0].Local.Name));
                return new BoundErrorExpression(expression.Span);
            case ClosureType closure:
                if (!UnifySignatures(target, ClosureSignature(closure)))
                {
                    Report(SemanticDiagnostics.MismatchedFnPointer(span, (FunctionType)Resolve(target), Resolve(actual), "closure"));
                    return new BoundErrorExpression(expression.Span);
                }
                return new BoundReify(expression.Span, target, expression);
            case FunctionType pointer when !UnifySignatures(target, pointer):
                Report(SemanticDiagnostics.MismatchedFnPointer(span, (FunctionType)Resolve(target), Resolve(actual), "fn pointer"));
                return new BoundErrorExpression(expression.Span);
            default:
                return null;
        }
    }

    private bool UnifySignatures(FunctionType target, FunctionType source) =>
        target.Parameters.Count == source.Parameters.Count && _inference.CouldUnify(target, source) && _inference.Unify(target, source);

    /// <summary>
    /// A function item or pointer passed where a generic parameter with an `Fn*` bound is expected:
    /// the bound's argument types and output are the function's (rustc's obligation `fn(i32) -> i32
    /// {double}: Fn&lt;(i32,)&gt;` does this). Another arity is E0593, other types E0631.
    /// </summary>
    private void HandOnFunction(TypeSymbol argumentType, TypeSymbol expected, TextSpan argumentSpan)
    {
        var signature = _inference.Shallow(argumentType) switch
        {
            FnDefType item => item.Signature,
            FunctionType pointer => pointer,
            _ => null,
        };
        if (signature is null || _inference.Shallow(expected) is not InferenceVariable target) return;
        var bound = _obligations.Where(o => _inference.Shallow(o.Type) == target).Select(o => o.Trait)
            .FirstOrDefault(t => LangItems.KindOf(t.Trait) is not null && _inference.Shallow(t.Arguments[0]) is TupleType);
        if (bound is null) return;
        var arguments = (TupleType)_inference.Shallow(bound.Arguments[0]);
        if (arguments.Elements.Count != signature.Parameters.Count)
        {
            Report(SemanticDiagnostics.FunctionArgumentCount(argumentSpan, arguments.Elements.Count, signature.Parameters.Count));
            DropFnBounds(target);
            return;
        }
        if (!arguments.Elements.Zip(signature.Parameters).All(p => _inference.CouldUnify(p.First, p.Second)))
        {
            Report(SemanticDiagnostics.FunctionArgumentsMismatch(argumentSpan, (TupleType)Resolve(arguments), (TupleType)Resolve(new TupleType(signature.Parameters))));
            DropFnBounds(target);
            return;
        }
        foreach (var (wanted, given) in arguments.Elements.Zip(signature.Parameters)) _inference.Unify(wanted, given);
        if (bound.Bindings.FirstOrDefault(b => b.Name == ProgramChecker.FnOutputName)?.Type is { } output) _inference.Unify(output, signature.Return);
    }

    /// <summary>The `Fn*` obligations of a parameter already reported about (no E0277 after the E0631 or E0593).</summary>
    private void DropFnBounds(InferenceVariable target) =>
        _obligations.RemoveAll(o => _inference.Shallow(o.Type) == target && LangItems.KindOf(o.Trait.Trait) is not null);

    /// <summary>
    /// The `fn` pointer two branches meet at when they have different types that are each a
    /// function item, a pointer or a closure that captures nothing, of one signature (rustc's least
    /// upper bound coercion); null otherwise (two pointers need no join).
    /// </summary>
    private FunctionType? FunctionPointerJoin(TypeSymbol a, TypeSymbol b)
    {
        if (a == b || a is FunctionType && b is FunctionType) return null;
        if (ReifiableSignature(a) is not { } first || ReifiableSignature(b) is not { } second) return null;
        return UnifySignatures(first, second) ? first : null;
    }

    /// <summary>The `fn` pointer type a value of this type can become, or null.</summary>
    private static FunctionType? ReifiableSignature(TypeSymbol type) => type switch
    {
        FnDefType item => item.Signature,
        FunctionType pointer => pointer,
        ClosureType { Closure.Captures.IsEmpty: true } closure => ClosureSignature(closure),
        _ => null,
    };

    private static FunctionType ClosureSignature(ClosureType closure) => new(closure.ArgumentsTuple.Elements, closure.ReturnType);

    /// <summary>
    /// `Some(double)` where an `Option&lt;fn(i32) -> i32&gt;` is expected: the expected type's `fn`
    /// pointer arguments become the constructor's, so its field is a coercion site for them (rustc's
    /// expectations for the arguments of an expected result). Only `fn` pointers are taken this way,
    /// so that no other program infers differently.
    /// </summary>
    private VariantTarget ExpectFnPointers(VariantTarget variant, TypeSymbol? expected)
    {
        if (expected is null || _inference.Shallow(expected) is not AdtType wanted || !ReferenceEquals(wanted.Adt, variant.Type.Adt)) return variant;
        if (!wanted.Arguments.Any(a => _inference.Shallow(a) is FunctionType)) return variant;
        foreach (var (mine, theirs) in variant.Type.Arguments.Zip(wanted.Arguments))
        {
            if (_inference.Shallow(theirs) is FunctionType && _inference.CouldUnify(mine, theirs)) _inference.Unify(mine, theirs);
        }
        return variant;
    }
}
