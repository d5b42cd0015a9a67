using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ToyRust.Analysis.Compare;
using ToyRust.Analysis.Demangling;
using ToyRust.Analysis.Diffs;
using ToyRust.Analysis.Objects;
using ToyRust.Analysis.Sizes;

namespace ToyRust.Analysis.Output;

/// <summary>
/// JSON for tools: camelCase names, enums as strings, indented, and nothing that varies between runs.
/// The serializers are generated at build time (<see cref="ReportJsonContext"/>), not made by
/// reflection at run time: the native (AOT) compiler has no run-time code generation.
/// </summary>
public static class ReportJson
{
    /// <summary>The options every report shares; a command with a record type of its own makes its context with them.</summary>
    public static JsonSerializerOptions Options() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // One converter per enum a report holds: the generic converter needs no run-time code.
        Converters =
        {
            new JsonStringEnumConverter<InstanceFate>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<SectionKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<ManglingScheme>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<CompilerKind>(JsonNamingPolicy.CamelCase),
        },
        // Names like `<Vec<T> as Drop>::drop` stay readable: JSON needs no escaping of `<`, `>` or `&` outside HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The analysis library's own reports: sizes, diffs and comparisons.</summary>
    public static ReportJsonContext Reports { get; } = new(Options());

    public static string Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type) + "\n";
}

/// <summary>The report types the analysis library serializes (System.Text.Json's source generator writes their serializers).</summary>
[JsonSerializable(typeof(SizeReport))]
[JsonSerializable(typeof(SizeDiff))]
[JsonSerializable(typeof(IReadOnlyList<CompareRecord>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
