using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Jixiao.Audit.Output;

/// <summary>JSON options for the contract outputs of the CLI and the API (audit, facts, rules): camelCase, Chinese unescaped.</summary>
public static class OutputJson
{
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static readonly JsonSerializerOptions Line = Create(indented: false);

    /// <summary>One audit document on one line, as <see cref="Line"/> writes it, from compile-time metadata (<see cref="AuditJsonContext"/>).</summary>
    public static readonly JsonTypeInfo<AuditDocument> AuditLine = new AuditJsonContext(Create(indented: false)).AuditDocument;

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
