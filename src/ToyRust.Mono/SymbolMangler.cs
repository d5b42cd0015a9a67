using System.Text;

namespace ToyRust.Mono;

/// <summary>
/// Symbol names in Rust's v0 mangling (RFC 2603), which binutils' `nm -C`, `objdump -C`, gdb and
/// perf demangle with no extra tool:
/// <code>
/// toyrust_program::fib      →  _RNvC15toyrust_program3fib
/// </code>
/// `_R` starts a v0 symbol; `Nv` is a path in the value namespace; `C15toyrust_program` the
/// crate root; `3fib` a length-prefixed identifier.
/// </summary>
public static class SymbolMangler
{
    public const string CrateName = "toyrust_program";

    public static string MangleFunction(string name)
    {
        var sb = new StringBuilder("_RNvC");
        AppendIdentifier(sb, CrateName);
        AppendIdentifier(sb, name);
        return sb.ToString();
    }

    public static string DisplayFunction(string name) => $"{CrateName}::{name}";

    private static void AppendIdentifier(StringBuilder sb, string identifier)
    {
        sb.Append(Encoding.UTF8.GetByteCount(identifier));
        if (identifier.Length > 0 && (char.IsAsciiDigit(identifier[0]) || identifier[0] == '_')) sb.Append('_');
        sb.Append(identifier);
    }
}
