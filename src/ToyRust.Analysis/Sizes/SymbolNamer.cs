using ToyRust.Analysis.Demangling;

namespace ToyRust.Analysis.Sizes;

/// <summary>A symbol's demangled name, the generic item it is a copy of, and its crate.</summary>
public sealed record SymbolName(string Name, string Item, string Crate, ManglingScheme Scheme);

/// <summary>
/// Names symbols for the reports: Rust symbols (v0 and legacy) through <see cref="RustDemangler"/>,
/// the ToyRust runtime's C functions by the runtime object's own symbol table, and everything else
/// (the C library's start-up code, libgcc) as the pseudo-crate `[C]`. For its own builds ToyRust
/// knows which instances are the standard library's (<paramref name="standardLibrary"/>: prelude
/// functions, and std's impls for std types, which ToyRust instantiates in the program's crate but
/// rustc ships precompiled in `std`): they count as `std`, as they would in rustc's build.
/// </summary>
public sealed class SymbolNamer(IReadOnlySet<string> runtimeSymbols, IReadOnlySet<string>? standardLibrary = null)
{
    public const string RuntimeCrate = "[toyrust runtime]";
    public const string ForeignCrate = "[C]";
    public const string StandardLibraryCrate = "std";

    private readonly Dictionary<string, SymbolName> _cache = new(StringComparer.Ordinal);

    public static readonly SymbolNamer ForeignBinary = new(new HashSet<string>());

    public SymbolName Name(string symbol)
    {
        if (_cache.TryGetValue(symbol, out var known)) return known;
        var named = RustDemangler.TryDemangle(symbol) is { } rust
            ? new SymbolName(rust.Demangled, rust.Item, standardLibrary?.Contains(symbol) == true ? StandardLibraryCrate : rust.Crate, rust.Scheme)
            : new SymbolName(symbol, symbol, runtimeSymbols.Contains(symbol) ? RuntimeCrate : ForeignCrate, ManglingScheme.None);
        _cache[symbol] = named;
        return named;
    }
}
