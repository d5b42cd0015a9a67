using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Traits;
using ToyRust.Semantics.Types;
using ToyRust.Syntax.Ast;

namespace ToyRust.Mono;

/// <summary>
/// Turns a call in a generic body into its target for one instance: the callee's type arguments
/// made concrete, and a trait method resolved to the method of the impl that applies
/// (`PartialOrd::gt` with Self = Point → `&lt;Point as PartialOrd&gt;::gt`, or a built-in one).
/// The collector and the code generator both ask it, so they always agree.
/// </summary>
public sealed class InstanceResolver(TraitSolver solver, IReadOnlyDictionary<FunctionSymbol, BoundFunction> bodies)
{
    public CallTarget Resolve(BoundCall call, MonoFunction caller)
    {
        var args = new ValueArray<TypeSymbol>(call.TypeArguments.Select(caller.Resolve));
        return ResolveFunction(call.Function, args);
    }

    public CallTarget ResolveFunction(FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        if (function.Trait is not { } trait) return new InstanceTarget(function, args);
        var self = args[0];
        var traitArgCount = trait.GenericParameters.Length - 1;
        var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(args.Skip(1).Take(traitArgCount)));
        var own = args.Skip(1 + traitArgCount).ToArray();
        if (solver.FindImpl(self, traitRef) is { } match && match.Impl.Methods.TryGetValue(function.Name, out var implemented))
            return new InstanceTarget(implemented, new ValueArray<TypeSymbol>([.. match.Arguments, .. own]));
        if (bodies.ContainsKey(function)) return new InstanceTarget(function, args);
        return new BuiltinTarget(trait.Name, function.Name, self);
    }

    /// <summary>
    /// An operator whose left operand is not a primitive (`p + q` with `impl Add for Point`): the
    /// impl's method, or null when the compiler's built-in operation applies.
    /// </summary>
    public InstanceTarget? ResolveOperator(BinaryOperator op, TypeSymbol left, TypeSymbol right)
    {
        var (traitName, method) = op switch
        {
            BinaryOperator.Add => ("Add", "add"),
            BinaryOperator.Sub => ("Sub", "sub"),
            BinaryOperator.Mul => ("Mul", "mul"),
            BinaryOperator.Div => ("Div", "div"),
            BinaryOperator.Rem => ("Rem", "rem"),
            _ => (null, null),
        };
        if (traitName is null || left is PrimitiveType || solver.TraitNamed(traitName) is not { } trait) return null;
        return solver.FindImpl(left, new TraitRef(trait, new ValueArray<TypeSymbol>([right]))) is { } match && match.Impl.Methods.TryGetValue(method!, out var f)
            ? new InstanceTarget(f, match.Arguments)
            : null;
    }
}
