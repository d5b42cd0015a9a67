using System.Collections.Immutable;
using ToyRust.Semantics.Binding;
using ToyRust.Semantics.Symbols;
using ToyRust.Semantics.Types;

namespace ToyRust.Mono;

/// <summary>
/// One function to generate: a checked body with concrete type arguments for its generic
/// parameters (`max::&lt;i32&gt;`), its symbol, and the item whose body first used it (the path back
/// to `main`, for `--print mono-items=why`).
/// </summary>
public sealed record MonoFunction(BoundFunction Function, ValueArray<TypeSymbol> TypeArguments, string Symbol, string DisplayName, MonoFunction? CausedBy)
{
    /// <summary>A type of the body, made concrete: inference solved, generic parameters replaced.</summary>
    /// <param name="memo">Remembers what each type object became, for a caller that resolves every type of the body (code generation).</param>
    public TypeSymbol Resolve(TypeSymbol type, ResolutionMemo? memo = null) =>
        GenericSubstitution.Apply(Function.Resolve(type, memo?.Inference), Function.Symbol.GenericParameters, TypeArguments, memo?.Generic);

    /// <summary>How many items stand between this one and `main`.</summary>
    public int Depth => CausedBy is null ? 0 : CausedBy.Depth + 1;
}

/// <summary>The two memos of <see cref="MonoFunction.Resolve"/>, one per substitution it applies; use one per mono item.</summary>
public sealed class ResolutionMemo
{
    public TypeMemo Inference { get; } = new();

    public TypeMemo Generic { get; } = new();
}

/// <summary>What a call or operator turns into once its types are concrete.</summary>
public abstract record CallTarget;

/// <summary>A call of a generated function.</summary>
public sealed record InstanceTarget(FunctionSymbol Function, ValueArray<TypeSymbol> TypeArguments) : CallTarget;

/// <summary>
/// A method of an impl the compiler provides (`i32: PartialOrd`, `#[derive(Clone)]`): code
/// generation emits the operation inline. <see cref="Trait"/> is the trait's lang item,
/// <see cref="Method"/> the trait's method (`PartialOrd::lt`), <see cref="SelfType"/> the concrete `Self`.
/// </summary>
public sealed record BuiltinTarget(LangItem Trait, FunctionSymbol Method, TypeSymbol SelfType) : CallTarget;

/// <summary>What the code generator generates, in a deterministic order; the entry point first.</summary>
public sealed record MonoProgram(ImmutableArray<MonoFunction> Functions, MonoFunction Entry, InstanceResolver Resolver, LangItems LangItems)
{
    private readonly Dictionary<(FunctionSymbol, ValueArray<TypeSymbol>), MonoFunction> _index =
        Functions.ToDictionary(f => (f.Function.Symbol, f.TypeArguments));

    public MonoFunction Lookup(InstanceTarget target) => _index[(target.Function, target.TypeArguments)];
}
