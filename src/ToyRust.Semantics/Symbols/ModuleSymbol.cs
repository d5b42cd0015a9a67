namespace ToyRust.Semantics.Symbols;

/// <summary>
/// An inline module of the prelude (`pub mod ptr { … }`): the path segment of std's free functions
/// (`std::ptr::null`, `std::alloc::alloc`, `std::mem::size_of`). Programs cannot declare modules yet.
/// </summary>
public sealed class ModuleSymbol(string name)
{
    public string Name { get; } = name;

    /// <summary>`#[unstable]` in the prelude (`intrinsics`): a program that names it is rustc's E0658.</summary>
    public bool IsUnstable { get; init; }

    public override string ToString() => Name;
}
