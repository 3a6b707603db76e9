using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Documents.Json;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing;

/// <summary>
/// The key figures of a report as indented JSON for round-trip comparisons: the file name left out and numbers
/// written at their value (100.0 and 100.00 are the same figure), so a failure shows the first figure that differs.
/// </summary>
public static partial class RoundTripFacts
{
    private static readonly JsonSerializerOptions Indented = new(ModelJson.Options) { WriteIndented = true };

    public static string Of(Report report)
    {
        var json = JsonSerializer.Serialize(KeyFigures.Of(report) with { File = null }, Indented);
        return TrailingZeros().Replace(json, m => m.Groups["digits"].Value.TrimEnd('0') is { Length: > 0 } digits ? "." + digits : string.Empty);
    }

    [GeneratedRegex(@"(?<=: -?\d+)\.(?<digits>\d+)(?=,?\r?$)", RegexOptions.Multiline)]
    private static partial Regex TrailingZeros();
}
