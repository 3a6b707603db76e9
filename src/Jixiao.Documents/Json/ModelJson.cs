using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Json;

/// <summary>The model JSON (`jixiao extract`, stored versions, the API): camelCase, enums as strings, Chinese unescaped.</summary>
public static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // The genre keeps its contract names (kebab case); options converters win over type attributes, so name it first.
        Converters = { new ReportGenreConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        MaxDepth = 64,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Reads a model; null when the JSON is not a Jixiao model of a schema version this build reads.</summary>
    public static Report? Deserialize(string json)
    {
        var report = JsonSerializer.Deserialize<Report>(json, Options);
        return report is { SchemaVersion: Report.CurrentSchemaVersion } ? report : null;
    }
}
