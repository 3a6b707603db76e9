using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Data.Storage;

/// <summary>
/// One indicator as a dashboard compares it: its name, its target as printed, its completion rate in percent when the
/// score sheet could compute one, and whether that rate is above the scheme's threshold (150%: target probably too low).
/// Stored per version as a small JSON array (<see cref="ToJson"/>) in the column <c>ReportVersions.IndicatorDigest</c>.
/// </summary>
public sealed record DigestIndicator(
    [property: JsonPropertyName("n")] string Name,
    [property: JsonPropertyName("t")] string? Target,
    [property: JsonPropertyName("r")] decimal? RatePercent,
    [property: JsonPropertyName("o")] bool OverTarget)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    /// <summary>The target with all white space removed, so that "≥ 95%" and "≥95%" are the same target.</summary>
    [JsonIgnore]
    public string? ComparableTarget => string.IsNullOrWhiteSpace(Target) ? null : string.Concat(Target.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The compact JSON of a version's indicators (`[{"n":…,"t":…,"r":…,"o":true}]`, absent values left out).</summary>
    public static string ToJson(IReadOnlyList<DigestIndicator> indicators) => JsonSerializer.Serialize(indicators, Options);

    /// <summary>The indicators of <see cref="ToJson"/>; empty for null or empty text.</summary>
    public static IReadOnlyList<DigestIndicator> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<DigestIndicator[]>(json, Options) ?? [];
}
