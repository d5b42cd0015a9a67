using System.Collections.Immutable;
using ToyRust.Mir.Ir;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Text;

namespace ToyRust.Mir.Building;

/// <summary>
/// Calls: of functions, and of the built-in `print!`, `panic!` and `std::process::exit`. The
/// arguments are evaluated left to right, once each, before the call:
/// <code>
/// f::&lt;i32&gt;(a, g())           →    _4 = g() -> bb1;
///                                 bb1: _3 = f::&lt;i32&gt;(copy _1, move _4) -> bb2;
/// println!("{} {:?}", x, t)  →    _5 = print!("{} {:?}\n", copy _1, copy _2) -> bb1;
/// panic!("no {}", x)         →    _6 = panic!("no {}", copy _1);          (no successor)
/// </code>
/// A call's span is where a `#[track_caller]` callee's panic points: the method name of a method
/// call, the whole call otherwise (<see cref="BoundCall.Location"/>).
/// </summary>
internal sealed partial class BodyBuilder
{
    private void LowerCall(Place? destination, BoundCall call)
    {
        if (FunctionValueCalled(call) is { } self)
        {
            LowerCallOfFunctionValue(destination, call, self);
            return;
        }
        var arguments = LowerOperands(call.Arguments);
        var typeArguments = new ValueArray<TypeSymbol>(call.TypeArguments.Select(Resolve));
        EmitCall(destination, CalleeOf(call, typeArguments), arguments, Resolve(call.Type), call.Location);
    }

    /// <summary>
    /// A trait method called on a trait object goes through the vtable; everything else names its
    /// function (the collector resolves a trait method per instance):
    /// <code>
    /// s.area()  with s: &amp;dyn Shape    →    _0 = &lt;dyn Shape as Shape&gt;::area(copy _1)     (VirtualCallee, slot 3)
    /// </code>
    /// </summary>
    private static Callee CalleeOf(BoundCall call, ValueArray<TypeSymbol> typeArguments) =>
        call.Function.Trait is not null && typeArguments[0] is DynType dyn
            ? new VirtualCallee(call.Function, typeArguments, VtableLayout.MethodSlot(dyn.Principal, call.Function))
            : new FnCallee(call.Function, typeArguments);

    /// <summary>The function item or pointer type of a call `f(x)` the checker made `Fn::call(&amp;f, (x,))`, or null.</summary>
    private TypeSymbol? FunctionValueCalled(BoundCall call) =>
        call.Function.Trait is { IsFnTrait: true } && call.Arguments is [BoundAddressOf, BoundTuple]
        && Resolve(call.TypeArguments[0]) is var self && self is FnDefType or FunctionType ? self : null;

    /// <summary>
    /// A call of a function item is a direct call, of a function pointer an indirect one, as in
    /// rustc, where these types are callable without the `Fn*` traits (their impls are for generic code):
    /// <code>
    /// let f = double; f(3)          →    _2 = double(const 3_i32)
    /// let p: fn(i32) -> i32; p(3)   →    _2 = copy _1(const 3_i32)
    /// </code>
    /// </summary>
    private void LowerCallOfFunctionValue(Place? destination, BoundCall call, TypeSymbol self)
    {
        var callee = ((BoundAddressOf)call.Arguments[0]).Operand;
        var arguments = ((BoundTuple)call.Arguments[1]).Elements;
        if (self is FnDefType item)
        {
            LowerForEffect(callee);
            EmitCall(destination, new FnCallee(item.Function, item.Arguments), LowerOperands(arguments), Resolve(call.Type), call.Location);
            return;
        }
        var pointer = LowerOperand(callee);
        EmitCall(destination, new PointerCallee((FunctionType)self), [pointer, .. LowerOperands(arguments)], Resolve(call.Type), call.Location);
    }

    private void LowerPrint(Place? destination, BoundPrint print)
    {
        var arguments = ImmutableArray.CreateRange(print.Format.Arguments, LowerLookingOperand);
        EmitCall(destination, new PrintCallee(print.Stream, print.Format.Pieces), arguments, Resolve(print.Type), print.Span);
    }

    /// <summary>Whether a hole of the print may call a `fmt` item (code that may panic): any hole but one of a primitive or `String`.</summary>
    private bool CallsFormatItems(PrintCallee print, ImmutableArray<Operand> arguments) =>
        print.Pieces.OfType<FormatHole>().Any(h => !IsFormattedInPlace(arguments[h.ArgumentIndex] switch
        {
            CopyOperand c => TypeOf(c.Place),
            MoveOperand m => TypeOf(m.Place),
            ConstantOperand k => k.Constant.Type,
            _ => throw new InvalidOperationException("an operand of an unknown kind"),
        }));

    private static bool IsFormattedInPlace(TypeSymbol type)
    {
        while (type is ReferenceType r) type = r.Referent;
        return type is PrimitiveType or AdtType { Adt.IsString: true } or TupleType { Elements.Count: 0 };
    }

    private void LowerPanic(BoundPanic panic)
    {
        var arguments = ImmutableArray.CreateRange(panic.Message.Arguments, LowerLookingOperand);
        EmitCall(null, new PanicCallee(panic.Message.Pieces), arguments, TypeSymbol.Never, panic.Span);
    }

    private void LowerExit(BoundExit exit) =>
        EmitCall(null, ExitCallee.Instance, [LowerOperand(exit.Code)], TypeSymbol.Never, exit.Span);

    /// <summary>
    /// The `Call` terminator. The result goes to the destination, or to a new temporary when the
    /// value is unused or the callee never returns (then the call has no successor and the code
    /// after it is dead).
    /// </summary>
    private void EmitCall(
        Place? destination, Callee callee, ImmutableArray<Operand> arguments, TypeSymbol returnType, TextSpan span)
    {
        var diverges = returnType is NeverType;
        var result = destination is { } place && !diverges ? place
            : new Place(diverges ? NewTemp(returnType, span) : NewValueTemp(returnType, span));
        // Functions, methods called through a vtable and `panic!` can unwind, and so can a print that
        // calls a `fmt` item; the runtime's own printing and `exit` cannot.
        var cleanup = callee is FnCallee or VirtualCallee or PointerCallee or PanicCallee || callee is PrintCallee print && CallsFormatItems(print, arguments)
            ? UnwindTarget() : null;
        if (diverges)
        {
            Terminate(new CallTerminator(span, callee, arguments, result, null, cleanup));
            return;
        }
        var next = NewBlock();
        Terminate(new CallTerminator(span, callee, arguments, result, next, cleanup));
        MoveTo(next);
    }
}
