using System.Text;
using ToyRust.Mir.Building;
using ToyRust.Mir.Printing;
using ToyRust.Mono;

namespace ToyRust.Driver;

/// <summary>
/// What `--emit mir` writes (`NAME.mir`), in two parts:
/// 1. every function of the program once, as the MIR builder made it: generic functions keep
///    their `T`, exactly what the collector and the code generator read;
/// 2. every mono item the collector found, in the order it found them: an instance of a generic
///    function (or of a method of a generic type) printed again with its type arguments put in
///    (`fn max::&lt;i32&gt;`), which is the code that gets generated once per instance; a
///    non-generic item is named only, since its body is the one in part 1; a compiler shim
///    (`&lt;P as Clone&gt;::clone` of a derive) is printed whole, since part 1 has no source for it.
/// Then the vtables the collector made, slot by slot, when the program unsizes to `dyn`.
/// The prelude's own bodies are left out of part 1; the ones the program uses
/// (`Option::&lt;i32&gt;::unwrap`) are in part 2, because their code is in the program.
/// </summary>
internal static class MirDump
{
    public static string Write(MirProgram mir, MonoProgram mono)
    {
        var text = new StringBuilder();
        text.Append("// MIR built by ToyRust (`--emit mir`).\n");
        text.Append("// Part 1: each function once, before monomorphization.\n\n");
        text.Append(MirPrinter.Print(mir));
        text.Append($"\n// Part 2: the {mono.Functions.Length} mono items, after monomorphization, in the order the collector found them.\n");
        foreach (var item in mono.Functions)
        {
            text.Append('\n');
            if (item.TypeArguments.Count == 0 && !item.Definition.IsPrelude)
            {
                text.Append($"// {item.DisplayName}: not generic, its body is in part 1 ({item.Symbol})\n");
                continue;
            }
            text.Append($"// {item.DisplayName}{(item.IsShim ? ", a compiler shim" : "")} ({item.Symbol})\n");
            text.Append(MirPrinter.PrintInstance(item.Body, item.TypeArguments));
        }
        AppendVtables(text, mono);
        return text.ToString();
    }

    /// <summary>`// vtable.0 = &lt;Circle as Shape&gt;: [drop_in_place: none, size, align, &lt;Circle as Shape&gt;::area, …]`.</summary>
    private static void AppendVtables(StringBuilder text, MonoProgram mono)
    {
        if (mono.Vtables.IsEmpty) return;
        text.Append($"\n// The {mono.Vtables.Length} vtables, in the order the collector made them (size and align are the code generator's).\n");
        foreach (var vtable in mono.Vtables)
        {
            var slots = vtable.Layout.Select((entry, slot) => entry switch
            {
                Semantics.Traits.DropInPlaceEntry => $"drop_in_place: {vtable.DropGlue?.DisplayName ?? "none"}",
                Semantics.Traits.SizeEntry => "size",
                Semantics.Traits.AlignEntry => "align",
                Semantics.Traits.MethodEntry => vtable.Method(slot).DisplayName,
                Semantics.Traits.TraitVPtrEntry => $"vtable of {vtable.Supertable(slot).DisplayName}",
                _ => throw new InvalidOperationException($"unknown vtable entry {entry}"),
            });
            text.Append($"// {vtable.Symbol} = {vtable.DisplayName}: [{string.Join(", ", slots)}]\n");
        }
    }
}
