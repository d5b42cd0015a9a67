using System.Collections.Immutable;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Semantics.Binding;

/// <summary>
/// `(self.f)(x)`: a call of a callable value that is a place other than a local (a field of an
/// adapter, `Map { iter, f }`). As for a local (<see cref="CheckCallOfLocal"/>), it is
/// `Fn::call(&amp;place, (x,))`, `FnMut::call_mut(&amp;mut place, (x,))` (the place must be mutable,
/// E0596) or `FnOnce::call_once(place, (x,))`.
/// </summary>
internal sealed partial class FunctionChecker
{
    private BoundExpression CheckCallOfPlace(CallExpressionSyntax call, ParenthesizedExpressionSyntax callee)
    {
        var place = CheckExpression(callee.Inner, null);
        var type = StructurallyResolve(place.Type);
        if (CallSignature(type) is not var (kind, arguments, output))
        {
            foreach (var a in call.Arguments) CheckExpression(a, null);
            return type.ContainsError ? new BoundErrorExpression(call.Span) : Unsupported(call.Callee, "calls of this kind of expression");
        }
        if (type is ClosureType called) _calledClosures.Add(called.Closure);
        var parameters = arguments.Elements;
        if (parameters.Count != call.Arguments.Length)
        {
            Report(SemanticDiagnostics.WrongClosureArgumentCount(callee.Span, parameters.Count, call.Arguments.Length));
            foreach (var a in call.Arguments) CheckExpression(a, null);
            return new BoundErrorExpression(call.Span);
        }
        var values = call.Arguments.Select((a, i) => Coerce(CheckExpression(a, parameters[i]), parameters[i], a.Span)).ToImmutableArray();
        var tuple = new BoundTuple(call.Span, arguments, values);
        var receiver = PlaceCallReceiver(place, type, kind);
        return new BoundCall(call.Span, output, LangItems.CallMethod(kind), [type, arguments], [receiver, tuple]) { CalleeSpan = callee.Span };
    }

    private BoundExpression PlaceCallReceiver(BoundExpression place, TypeSymbol type, ClosureKind kind)
    {
        switch (kind)
        {
            case ClosureKind.Fn:
                return new BoundAddressOf(place.Span, new ReferenceType(type, false), false, place);
            case ClosureKind.FnMut:
                var mutable = ToMutablePlace(place, place.Span, assigned: false);
                if (!IsMutablePlace(mutable) && RootLocal(mutable) is { } local)
                    Report(SemanticDiagnostics.BorrowImmutableAsMutable(place.Span, local.Name));
                return new BoundAddressOf(place.Span, new ReferenceType(type, true), true, mutable);
            default:
                return place;
        }
    }
}
