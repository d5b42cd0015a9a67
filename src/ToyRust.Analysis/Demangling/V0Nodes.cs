namespace ToyRust.Analysis.Demangling;

// The syntax tree of a v0 name. Backreferences are resolved while parsing, so a tree may share
// subtrees (a DAG); it has no cycles because a backreference points strictly backwards.

/// <summary>A v0 `&lt;path&gt;`.</summary>
internal abstract record V0Path;

/// <summary>`C`: a crate root. The disambiguator is kept for completeness but never printed.</summary>
internal sealed record CrateRoot(string Name, ulong Disambiguator) : V0Path;

/// <summary>`N`: a name in a namespace of its parent. Upper-case namespaces are special (`C` closure, `S` shim).
/// <see cref="Named"/> is false for a zero-length identifier; a punycode name that decodes to nothing is still named.</summary>
internal sealed record NestedPath(char Namespace, V0Path Parent, ulong Disambiguator, string Name, bool Named) : V0Path;

/// <summary>`M` (inherent impl: <see cref="Trait"/> null), `X` (trait impl) or `Y` (`&lt;T as Trait&gt;` with no impl: <see cref="ImplPath"/> null).</summary>
internal sealed record ImplItemPath(V0Path? ImplPath, V0Type SelfType, V0Path? Trait) : V0Path;

/// <summary>`I`: a path applied to generic arguments.</summary>
internal sealed record GenericPath(V0Path Inner, IReadOnlyList<V0GenericArg> Args) : V0Path;

/// <summary>A generic argument: a lifetime, a type or a const.</summary>
internal abstract record V0GenericArg;

internal sealed record LifetimeArg(ulong Index) : V0GenericArg;

/// <summary>A v0 `&lt;type&gt;`.</summary>
internal abstract record V0Type : V0GenericArg;

/// <summary>A basic type (`u8`, `str`, `()`, `!`, `_`, ...) by its printed name.</summary>
internal sealed record BasicType(string Name) : V0Type;

internal sealed record PathType(V0Path Path) : V0Type;

/// <summary>`R`/`Q`: a reference; lifetime index 0 is erased and not printed.</summary>
internal sealed record RefType(bool Mutable, ulong Lifetime, V0Type Pointee) : V0Type;

/// <summary>`P`/`O`: a raw pointer.</summary>
internal sealed record PtrType(bool Mutable, V0Type Pointee) : V0Type;

/// <summary>`A` (array, <see cref="Length"/> set) or `S` (slice).</summary>
internal sealed record ArrayType(V0Type Element, V0Const? Length) : V0Type;

internal sealed record TupleType(IReadOnlyList<V0Type> Elements) : V0Type;

/// <summary>`F`: a function pointer. <see cref="Return"/> is null for `()`.</summary>
internal sealed record FnType(ulong BoundLifetimes, bool Unsafe, string? Abi, IReadOnlyList<V0Type> Params, V0Type? Return) : V0Type;

/// <summary>`D`: a trait object.</summary>
internal sealed record DynType(ulong BoundLifetimes, IReadOnlyList<DynTrait> Traits, ulong Lifetime) : V0Type;

/// <summary>One bound of a trait object, with its associated type bindings (`Output = T`).</summary>
internal sealed record DynTrait(V0Path Path, IReadOnlyList<(string Name, V0Type Type)> Bindings);

/// <summary>A v0 `&lt;const&gt;`, already rendered (`3`, `-5`, `true`, `'a'`, `_`).</summary>
internal sealed record V0Const(string Text) : V0GenericArg;
