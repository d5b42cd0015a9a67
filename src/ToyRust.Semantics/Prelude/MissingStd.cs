using System.Collections.Frozen;

namespace ToyRust.Semantics.Prelude;

/// <summary>
/// Names of the standard library that programs use and the prelude does not have yet: the library
/// of levels L4–L6 (`../shared/language-levels.md`). A name the program does not declare itself
/// that is one of these is reported as docs/language.md promises,
/// <code>
/// let v: Vec&lt;i32&gt; = Vec::new();     error: ToyRust does not support `Vec` yet
/// </code>
/// rather than with rustc's "cannot find type", which would tell the user their program is wrong.
/// A name leaves these lists when the prelude declares it.
/// </summary>
internal static class MissingStd
{
    public static readonly FrozenSet<string> Types =
        FrozenSet.Create(StringComparer.Ordinal, "HashMap", "HashSet");

    public static readonly FrozenSet<string> Traits = FrozenSet.Create<string>(StringComparer.Ordinal);

    /// <summary>The modules of std a `use` may name (`use std::fmt;`); their items are the prelude's.</summary>
    public static readonly FrozenSet<string> KnownModules = FrozenSet.Create(StringComparer.Ordinal, "fmt", "process", "iter");

    /// <summary>`std::fmt`, the module whose `Write` is the prelude's (`use std::fmt::Write;`).</summary>
    public const string FmtModule = "fmt";

    /// <summary>std's derive macros that ToyRust does not implement.</summary>
    public static readonly FrozenSet<string> DeriveMacros = FrozenSet.Create(StringComparer.Ordinal, "Hash");

    /// <summary>Methods of std's `Iterator` the prelude's does not have yet (a call says so, rather than E0599).</summary>
    public static readonly FrozenSet<string> IteratorMethods = FrozenSet.Create(StringComparer.Ordinal,
        "scan", "fuse", "cycle", "partition", "unzip",
        "try_fold", "try_for_each", "map_while", "rposition", "cmp", "partial_cmp", "eq", "ne", "lt",
        "le", "gt", "ge", "is_sorted", "rfind", "rfold");

    public static readonly FrozenSet<string> Macros =
        FrozenSet.Create(StringComparer.Ordinal, "matches");
}
