using ToyRust.Mir.Building;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;

namespace ToyRust.Mono;

/// <summary>
/// Turns a call of a MIR body, with its type arguments made concrete, into its target: a trait
/// method resolves to the method of the impl that applies for the concrete `Self` (`PartialOrd::gt`
/// with Self = Meters → `&lt;Meters as PartialOrd&gt;::gt`), in rustc's order:
/// 1. a hand-written impl's method;
/// 2. a method the compiler's impl defines (primitives, tuples, derives): a shim
///    (<see cref="ShimBuilder.Defines"/>);
/// 3. the trait's default body (`ne`, `lt` … of a derived type, or of a hand-written impl).
/// A call of `ptr::drop_in_place::&lt;T&gt;` reaches T's drop glue, a shim; a call of a tuple
/// struct's or variant's constructor used as a value (`.map(Some)`) its constructor shim. A call of an `Fn*` method
/// on a closure type reaches the closure's body at the closure's arguments (rustc's
/// `resolve_closure`), when the body takes its environment as the method takes `self`.
/// Only the collector asks; the code generator reads the answers from the mono items.
/// </summary>
public sealed class InstanceResolver(TraitSolver solver, ShimBuilder shims, BoundProgram program)
{
    public CallTarget ResolveFunction(FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        if (shims.IsDropGlue(function) || function.Constructor is not null) return new ShimTarget(function, args);
        if (function.Trait is not { } trait) return new InstanceTarget(function, args);
        var self = args[0];
        if (self is ClosureType closure && trait.IsFnTrait) return ResolveClosureCall(function, closure, args);
        var traitArgCount = trait.GenericParameters.Length - 1;
        var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(args.Skip(1).Take(traitArgCount)));
        var own = args.Skip(1 + traitArgCount).ToArray();
        if (solver.FindImpl(self, traitRef) is { } match && match.Impl.Methods.TryGetValue(function.Name, out var implemented))
            return new InstanceTarget(implemented, new ValueArray<TypeSymbol>([.. match.Arguments, .. own]));
        var builtin = solver.IsBuiltin(self, traitRef);
        if (builtin && (shims.Defines(function, self) || program.Body(function) is null)) return new ShimTarget(function, args);
        if (program.Body(function) is not null) return new InstanceTarget(function, args);
        throw new InvalidOperationException($"no impl of `{traitRef}` for `{self}` has `{function.Name}`");
    }

    /// <summary>
    /// `&lt;{closure} as Fn&lt;(i32,)&gt;&gt;::call` is the closure's body; so is `call_mut` of an `Fn`
    /// closure (a `&amp;mut` is passed where a `&amp;` is taken, the same pointer), and `call_once` of an
    /// `FnOnce` one. `call_once` of an `Fn` or `FnMut` closure is a shim that borrows the value
    /// it is given, calls the body and drops the value (rustc's `ClosureOnceShim`).
    /// </summary>
    private static CallTarget ResolveClosureCall(FunctionSymbol function, ClosureType closure, ValueArray<TypeSymbol> args)
    {
        var takesValue = function.SelfKind == ToyRust.Syntax.Ast.SelfParamKind.Value;
        if (takesValue && closure.Closure.Kind != ClosureKind.FnOnce) return new ShimTarget(function, args);
        return new InstanceTarget(closure.Closure.Body, closure.Arguments);
    }
}
