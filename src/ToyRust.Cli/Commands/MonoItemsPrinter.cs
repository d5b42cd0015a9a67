using System.Text.Json;
using ToyRust.Driver;

namespace ToyRust.Cli.Commands;

/// <summary>
/// `--print mono-items` (rustc: `-Zprint-mono-items`): one line per instance, in collection order.
/// <code>
/// fn max::&lt;i32&gt;    origin `max` with T = i32    _RINvC15toyrust_program3maxlE    used by `main`
/// </code>
/// `--print mono-items=why` adds the whole chain back to `main`; `--format json` prints one JSON
/// object per item for tools.
/// </summary>
internal static class MonoItemsPrinter
{
    public static bool TryParse(string? value, out bool why, out string? error)
    {
        why = value == "mono-items=why";
        error = value is null or "mono-items" or "mono-items=why" ? null : $"unknown print request: `{value}` (ToyRust prints `mono-items` and `mono-items=why`)";
        return error is null;
    }

    public static void Print(TextWriter output, CompileResult result, bool why, bool json)
    {
        foreach (var item in result.MonoItems)
            output.WriteLine(json ? Json(item) : Text(item, why));
    }

    private static string Text(MonoItemReport item, bool why)
    {
        var origin = item.TypeArguments.IsEmpty ? "" : $"    origin `{item.Origin}` with {string.Join(", ", item.TypeArguments)}";
        var cause = item.CausedBy.IsEmpty ? "    root" : why ? $"    used by {string.Join(" ← ", item.CausedBy.Select(c => $"`{c}`"))}" : $"    used by `{item.CausedBy[0]}`";
        return $"fn {item.Name}{origin}    {item.Symbol}{cause}";
    }

    /// <summary>Valid JSON that leaves `&lt;` and `&gt;` as they are: type names are full of them.</summary>
    private static readonly JsonWriterOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(MonoItemReport item)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Readable))
        {
            json.WriteStartObject();
            json.WriteString("name", item.Name);
            json.WriteString("origin", item.Origin);
            WriteStrings(json, "type_arguments", item.TypeArguments);
            json.WriteString("symbol", item.Symbol);
            WriteStrings(json, "caused_by", item.CausedBy);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
