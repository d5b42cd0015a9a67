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
public sealed class InstanceResolver(TraitSolver solver, LangItems langItems, IReadOnlyDictionary<FunctionSymbol, BoundFunction> bodies)
{
    public CallTarget ResolveFunction(FunctionSymbol function, ValueArray<TypeSymbol> args)
    {
        if (function.Trait is not { } trait) return new InstanceTarget(function, args);
        var self = args[0];
        var traitArgCount = trait.GenericParameters.Length - 1;
        var traitRef = new TraitRef(trait, new ValueArray<TypeSymbol>(args.Skip(1).Take(traitArgCount)));
        var own = args.Skip(1 + traitArgCount).ToArray();
        if (solver.FindImpl(self, traitRef) is { } match && match.Impl.Methods.TryGetValue(function.Name, out var implemented))
            return new InstanceTarget(implemented, new ValueArray<TypeSymbol>([.. match.Arguments, .. own]));
        // The compiler's own impls (primitives, derives) come before a trait's default body:
        // `1 < 2` through `PartialOrd::lt` is one instruction, not a call of the default `lt`.
        if (solver.IsBuiltin(self, traitRef) || !bodies.ContainsKey(function))
        {
            var item = langItems.ItemOf(trait)
                ?? throw new InvalidOperationException($"no impl of `{traitRef}` for `{self}` has `{function.Name}`");
            return new BuiltinTarget(item, function, self);
        }
        return new InstanceTarget(function, args);
    }

    /// <summary>A user `impl Default for T` (which a derived `Default` of a struct containing T calls), or null.</summary>
    public InstanceTarget? ResolveUserDefault(TypeSymbol type) => ResolveUserImpl(langItems.Default, langItems.DefaultFn, type);

    /// <summary>
    /// The items a built-in method's inline code calls: a derived `Default` calls the user's
    /// `Default` impls of its fields' types.
    /// </summary>
    public IEnumerable<InstanceTarget> UsesOf(BuiltinTarget builtin)
    {
        switch (builtin.Trait)
        {
            case LangItem.Default when builtin.SelfType is AdtType { Adt.IsEnum: false } adt:
                foreach (var field in adt.Adt.Variants[0].Fields)
                {
                    var type = adt.FieldType(field);
                    if (ResolveUserDefault(type) is { } target) yield return target;
                    else foreach (var nested in UsesOf(builtin with { SelfType = type })) yield return nested;
                }
                break;
            case LangItem.Clone:
                foreach (var part in PartsOf(builtin.SelfType))
                {
                    if (ResolveUserClone(part) is { } target) yield return target;
                }
                break;
            case LangItem.PartialEq or LangItem.PartialOrd when langItems.ComparisonOf(builtin.Method) is { } op:
                foreach (var target in ComparisonUses(op, builtin.SelfType)) yield return target;
                break;
        }
    }

    /// <summary>The hand-written comparison impls a derived or built-in comparison of this type calls, field by field.</summary>
    private IEnumerable<InstanceTarget> ComparisonUses(BinaryOperator op, TypeSymbol type)
    {
        if (ResolveComparison(op, type) is { } direct)
        {
            yield return direct;
            yield break;
        }
        // The inline code compares element by element as the code generator's EmitLexicographic
        // does: `==` on each element, and for an ordering the strict `<` or `>` (so `<=` on
        // `(S, S)` calls S's `lt`, not its `le`).
        var strict = op switch
        {
            BinaryOperator.Lt or BinaryOperator.Le => BinaryOperator.Lt,
            BinaryOperator.Gt or BinaryOperator.Ge => BinaryOperator.Gt,
            _ => (BinaryOperator?)null,
        };
        foreach (var part in PartsOf(type).Skip(1))
        {
            if (strict is { } s && ResolveComparison(s, part) is { } target) yield return target;
            if (ResolveComparison(BinaryOperator.Eq, part) is { } eq) yield return eq;
        }
    }

    /// <summary>A user `impl Clone` of the type (a derived `Clone` containing it calls it), or null.</summary>
    public InstanceTarget? ResolveUserClone(TypeSymbol type) =>
        type is not AdtType ? null : ResolveUserImpl(langItems.Clone, langItems.CloneFn, type);

    /// <summary>
    /// The impl's version of a lang item trait's <paramref name="method"/> in a hand-written impl for
    /// <paramref name="self"/> (with <paramref name="rhs"/> as the trait's argument for the operator traits), or null.
    /// </summary>
    private InstanceTarget? ResolveUserImpl(TraitSymbol trait, FunctionSymbol method, TypeSymbol self, TypeSymbol? rhs = null)
    {
        var args = rhs is null ? ValueArray<TypeSymbol>.Empty : new ValueArray<TypeSymbol>([rhs]);
        return solver.FindImpl(self, new TraitRef(trait, args)) is { } match && match.Impl.Methods.TryGetValue(method.Name, out var f)
            ? new InstanceTarget(f, match.Arguments)
            : null;
    }

    /// <summary>The type and every type inside it (fields of every variant, elements), depth first.</summary>
    public static IEnumerable<TypeSymbol> PartsOf(TypeSymbol type)
    {
        yield return type;
        var inner = type switch
        {
            AdtType a => a.Adt.Variants.SelectMany(v => v.Fields.Select(a.FieldType)),
            TupleType t => t.Elements,
            ArrayType a => [a.Element],
            _ => [],
        };
        foreach (var part in inner.SelectMany(PartsOf)) yield return part;
    }


    /// <summary>
    /// `a == b` / `a &lt; b` on a struct or enum with a hand-written `PartialEq`/`PartialOrd`: the
    /// impl's method, or the trait's default (`ne`, `lt`, …) that calls it. Null when the
    /// comparison is built in (primitives, derives).
    /// </summary>
    public InstanceTarget? ResolveComparison(BinaryOperator op, TypeSymbol operand)
    {
        if (operand is not AdtType || langItems.ComparisonMethod(op) is not { } method) return null;
        return ResolveFunction(method, new ValueArray<TypeSymbol>([operand, operand])) as InstanceTarget;
    }
}
