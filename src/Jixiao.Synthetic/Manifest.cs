using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Synthetic;

/// <summary>
/// The manifest of a generated set (manifest.json and manifest.csv beside the reports): how it was generated and, per
/// report, what was injected where.
/// </summary>
public sealed record Manifest(int Seed, int Count, decimal ErrorRate, IReadOnlyList<string> Formats, IReadOnlyList<ManifestEntry> Reports)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter<InjectionKind>(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static Manifest? FromJson(string json) => JsonSerializer.Deserialize<Manifest>(json, Json);

    /// <summary>The columns of manifest.csv.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
        ["file", "department", "year", "kind", "category", "ruleIds", "section", "table", "row", "column", "original", "changed"];

    /// <summary>The rows of manifest.csv: one per injection, a clean report as one row with empty injection columns.</summary>
    public IEnumerable<IReadOnlyList<string>> CsvRows()
    {
        foreach (var entry in Reports)
        {
            string[] head = [entry.Files.Count > 0 ? entry.Files[0] : entry.Name, entry.Department, entry.Year.ToString(CultureInfo.InvariantCulture)];
            if (entry.Injections.Count == 0)
            {
                yield return [.. head, .. Enumerable.Repeat(string.Empty, CsvHeader.Count - head.Length)];
            }

            foreach (var i in entry.Injections)
            {
                yield return
                [
                    .. head, JsonNamingPolicy.CamelCase.ConvertName(i.Kind.ToString()), i.Category, string.Join(' ', i.RuleIds),
                    i.Location.Section ?? string.Empty, i.Location.Table ?? string.Empty, i.Location.Row ?? string.Empty, i.Location.Column ?? string.Empty,
                    i.Original, i.Changed,
                ];
            }
        }
    }
}
