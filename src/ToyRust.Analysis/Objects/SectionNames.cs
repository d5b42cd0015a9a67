namespace ToyRust.Analysis.Objects;

/// <summary>
/// A section's kind from its name, for ELF (`.text.foo`), Mach-O (`__text`, the segment not
/// included) and COFF (`.text$mn`). The names are the toolchains' conventions; a section with a
/// name not listed is <see cref="SectionKind.Metadata"/>.
/// </summary>
public static class SectionNames
{
    private static readonly (string Prefix, SectionKind Kind)[] Prefixes =
    [
        // Longest first where one name starts another: `.init_array` is data, `.init` code.
        (".init_array", SectionKind.Data), (".fini_array", SectionKind.Data), (".text", SectionKind.Code), (".init", SectionKind.Code), (".fini", SectionKind.Code), (".plt", SectionKind.Code),
        ("__text", SectionKind.Code), ("__stubs", SectionKind.Code), ("__stub_helper", SectionKind.Code),
        (".rodata", SectionKind.ReadOnlyData), (".rdata", SectionKind.ReadOnlyData), (".data.rel.ro", SectionKind.ReadOnlyData),
        (".gcc_except_table", SectionKind.ReadOnlyData), ("__const", SectionKind.ReadOnlyData), ("__cstring", SectionKind.ReadOnlyData),
        ("__literal", SectionKind.ReadOnlyData), ("__gcc_except_tab", SectionKind.ReadOnlyData), (".srodata", SectionKind.ReadOnlyData),
        (".eh_frame", SectionKind.Unwind), ("__eh_frame", SectionKind.Unwind), ("__compact_unwind", SectionKind.Unwind),
        ("__unwind_info", SectionKind.Unwind), (".pdata", SectionKind.Unwind), (".xdata", SectionKind.Unwind), (".ARM.exidx", SectionKind.Unwind),
        (".bss", SectionKind.ZeroFill), (".tbss", SectionKind.ZeroFill), ("__bss", SectionKind.ZeroFill), ("__common", SectionKind.ZeroFill),
        (".relro_padding", SectionKind.ZeroFill),
        (".data", SectionKind.Data), (".tdata", SectionKind.Data), (".got", SectionKind.Data), (".dynamic", SectionKind.Data),
        (".tm_clone_table", SectionKind.Data), ("__data", SectionKind.Data),
        ("__got", SectionKind.Data), ("__la_symbol_ptr", SectionKind.Data), ("__mod_init_func", SectionKind.Data),
        (".debug", SectionKind.Debug), (".zdebug", SectionKind.Debug), ("__debug", SectionKind.Debug), ("__apple_", SectionKind.Debug),
    ];

    public static SectionKind KindOf(string name)
    {
        foreach (var (prefix, kind) in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return kind;
        }
        return SectionKind.Metadata;
    }

    /// <summary>Whether a section of this kind is mapped when the program runs (decided for objects, which are not yet laid out).</summary>
    public static bool IsLoaded(SectionKind kind) => kind is not (SectionKind.Debug or SectionKind.Metadata);
}
