using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// The three cells a target value is typed in (指标性质 | 指标值 | 度量单位) and the one text (年度指标值) they stand for:
/// "≥" "2000" "家" ⇄ "≥2000家", "" "100" "%" ⇄ "100%", "定性" "不发生较大以上的森林火灾" ⇄ "不发生较大以上的森林火灾".
/// Splitting never loses text: what does not split cleanly stays whole in the 指标值 cell.
/// </summary>
internal static partial class TargetText
{
    /// <summary>The 年度指标值 the cells stand for: the comparison (not 定性) + the value + the unit; null when all are empty.</summary>
    public static string? Compose(string? nature, string? value, string? unit)
    {
        var prefix = nature is null or WorkbookLayout.Qualitative ? string.Empty : nature;
        var text = prefix + (value ?? string.Empty) + (unit ?? string.Empty);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Splits a target text into the three cells, using its reading for the kind and unit.</summary>
    public static (string? Nature, string? Value, string? Unit) Split(string? text, TargetValue target)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null, null);
        }

        var nature = WorkbookLayout.Natures.FirstOrDefault(n => n != WorkbookLayout.Qualitative && text.StartsWith(n, StringComparison.Ordinal));
        var rest = nature is null ? text : text[nature.Length..];
        if (nature is null && target.IsQualitative)
        {
            return (WorkbookLayout.Qualitative, text, null);
        }

        var number = LeadingNumber().Match(rest);
        var unit = rest[number.Length..];
        return number.Success && unit.Length > 0 && unit == target.Unit
            ? (nature, number.Value, unit)
            : (nature, rest, null);
    }

    [GeneratedRegex(@"^\d[\d,]*(?:\.\d+)?")]
    private static partial Regex LeadingNumber();
}
