namespace ToyRust.Analysis.Demangling;

/// <summary>How a Rust symbol name was mangled.</summary>
public enum ManglingScheme
{
    /// <summary>Not a Rust symbol.</summary>
    None,

    /// <summary>The legacy scheme: an Itanium-like `_ZN...17h&lt;hash&gt;E` name.</summary>
    Legacy,

    /// <summary>The v0 scheme (RFC 2603): `_R...`.</summary>
    V0,
}

/// <summary>One demangled Rust symbol.</summary>
/// <param name="Mangled">The name as it appears in the object file, unchanged (prefix and suffix included).</param>
/// <param name="Scheme">Which mangling scheme the name uses.</param>
/// <param name="Demangled">The name as `nm -C` / `c++filt -i` (binutils 2.40) prints it: no crate
/// disambiguator hashes, no legacy `::h&lt;hash&gt;` segment, no `.llvm.N`-style suffix.</param>
/// <param name="Crate">The crate the item's code belongs to; see <see cref="RustDemangler"/> for the rules.</param>
/// <param name="Item">The generic item this symbol is an instance of: <paramref name="Demangled"/> with
/// the instantiation's generic arguments erased. Equal to <paramref name="Demangled"/> when the name
/// carries no generic arguments.</param>
/// <param name="Exact">True when the name carries the instantiation's type arguments (v0); false for
/// legacy names, whose copies of one generic differ only in the hash.</param>
public sealed record RustSymbol(string Mangled, ManglingScheme Scheme, string Demangled, string Crate, string Item, bool Exact);
