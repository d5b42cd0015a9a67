namespace ToyRust.Analysis.Demangling;

// Design
// ------
// Two schemes, told apart by their prefix (one extra leading `_` is allowed, as on Mach-O):
//
// * v0 (`_R`, RFC 2603). V0Parser is a recursive-descent parser with one method per grammar
//   production (path, type, const, generic argument, identifier, base-62 number) that builds a small
//   immutable tree (V0Nodes.cs). Backreferences are resolved while parsing: a `B<n>` must point
//   before its own tag, and each target is parsed once and then shared, so the tree is a DAG and
//   parsing is linear. V0Printer walks the tree twice: once as libiberty prints it (Demangled), once
//   with the instantiation's generic arguments erased (Item). Both the parser and the printer cap
//   their nesting depth, the parser has a work budget proportional to the name's length and the
//   printer caps the output length, so hostile input (backreference cycles, exponential sharing,
//   huge numbers) ends in a DemangleException, never a hang or a stack overflow. Everything after
//   the first `.` (`.llvm.123`, `.0`) is a vendor suffix and ignored.
//   Like libiberty, parts that are never printed (an impl's own path, the instantiating crate) are
//   parsed leniently. Deliberate differences from libiberty, on malformed names only: a forward
//   backreference in a printed part, and a binder with more lifetimes than the name has characters,
//   make the name invalid (libiberty follows the first and prints millions of lifetimes for the
//   second).
// * legacy (`_ZN...17h<hash>E`): LegacyDemangler splits the length-prefixed segments and decodes
//   their `$..$` escapes; the hash segment is dropped.
//
// The oracle for the printed form is binutils 2.40 (`c++filt -i`, `nm -C`); tests compare against it.

/// <summary>
/// Demangles Rust symbol names (v0 and legacy) for the size-analysis tools.
///
/// <para><b>Crate</b>: for v0, the crate root the symbol's path starts from, looking through generic
/// arguments, nested names and closures; for an impl item (`M`/`X`) the crate of the impl's own path
/// (where the impl is written); for `Y` (`&lt;T as Trait&gt;` without an impl: default method bodies
/// and compiler shims) the crate of the trait. For legacy, the first path segment; when the name starts
/// with `&lt;` (`&lt;A as B&gt;::f`), the first segment of the first path in it (an identifier
/// followed by `::`), i.e. the self type's crate, else the trait's; "" when there is none.</para>
///
/// <para><b>Item</b>: for v0, the name printed with the generic arguments of value paths dropped
/// (`main::max::&lt;i32&gt;` → `main::max`, also on parents: `f::&lt;T&gt;::{closure#0}` →
/// `f::{closure#0}`) and every type or const in an argument position of a type printed as `_`
/// (`&lt;alloc::vec::Vec&lt;_&gt; as core::ops::drop::Drop&gt;::drop`, `&lt;[_]&gt;::sort`,
/// `&lt;&amp;_ as core::fmt::Debug&gt;::fmt`, trait arguments too: `FnOnce&lt;_&gt;`). An impl's self
/// type keeps its outermost shape, so `impl Trait for u8` stays `&lt;u8 as Trait&gt;`. For legacy,
/// Item is Demangled (legacy names carry no generic arguments).</para>
/// </summary>
public static class RustDemangler
{
    /// <summary>The demangled symbol, or null when <paramref name="symbol"/> is not a Rust symbol
    /// (C names such as `main` or `memcpy`, C++ `_ZN` names without the legacy hash segment, or a
    /// malformed, too deeply nested or too long v0 name).</summary>
    public static RustSymbol? TryDemangle(string symbol)
    {
        if (string.IsNullOrEmpty(symbol))
            return null;
        int start = symbol.StartsWith("__R", StringComparison.Ordinal) || symbol.StartsWith("__ZN", StringComparison.Ordinal) ? 1 : 0;
        if (symbol.AsSpan(start).StartsWith("_R"))
            return TryDemangleV0(symbol, start + 2);
        if (symbol.AsSpan(start).StartsWith("_ZN"))
            return TryDemangleLegacy(symbol, start + 3);
        return null;
    }

    private static RustSymbol? TryDemangleV0(string symbol, int start)
    {
        int end = symbol.IndexOf('.', start);
        if (end < 0)
            end = symbol.Length;
        if (start >= end || !char.IsAsciiLetterUpper(symbol[start]) || !IsV0Text(symbol.AsSpan(start, end - start)))
            return null;
        try
        {
            var path = V0Parser.ParseSymbol(symbol, start, end);
            var demangled = V0Printer.Print(path, erase: false);
            var item = V0Printer.Print(path, erase: true);
            return new RustSymbol(symbol, ManglingScheme.V0, demangled, V0CrateOf(path), item, Exact: true);
        }
        catch (DemangleException)
        {
            return null;
        }
    }

    private static bool IsV0Text(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }
        return true;
    }

    /// <summary>Follows the path to its crate root; impls answer with their own path's crate, `Y` with the trait's.</summary>
    private static string V0CrateOf(V0Path path)
    {
        while (true)
        {
            switch (path)
            {
                case CrateRoot root:
                    return root.Name;
                case NestedPath nested:
                    path = nested.Parent;
                    break;
                case GenericPath generic:
                    path = generic.Inner;
                    break;
                case ImplItemPath { ImplPath: { } implPath }:
                    path = implPath;
                    break;
                case ImplItemPath { Trait: { } trait }:
                    path = trait;
                    break;
                default:
                    return "";
            }
        }
    }

    private static RustSymbol? TryDemangleLegacy(string symbol, int start)
    {
        var demangled = LegacyDemangler.Demangle(symbol, start);
        if (demangled is null)
            return null;
        return new RustSymbol(symbol, ManglingScheme.Legacy, demangled, LegacyCrateOf(demangled), demangled, Exact: false);
    }

    private static string LegacyCrateOf(string demangled)
    {
        if (!demangled.StartsWith('<'))
        {
            int separator = demangled.IndexOf("::", StringComparison.Ordinal);
            return separator < 0 ? demangled : demangled[..separator];
        }
        return FirstPathSegment(demangled);
    }

    /// <summary>The first identifier that is directly followed by `::`; "" if none.</summary>
    private static string FirstPathSegment(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsIdentStart(text[i]) || (i > 0 && IsIdentPart(text[i - 1])))
                continue;
            int end = i + 1;
            while (end < text.Length && IsIdentPart(text[end]))
                end++;
            if (text.AsSpan(end).StartsWith("::"))
                return text[i..end];
            i = end - 1;
        }
        return "";
    }

    private static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
