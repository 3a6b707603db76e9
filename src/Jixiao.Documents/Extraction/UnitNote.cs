using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads a table's unit note: "金额单位：万元" (one unit) or "金额单位：基本支出：万元，项目支出：元" (per part).
/// </summary>
public sealed partial class UnitNote
{
    private readonly Dictionary<string, string> _byPart = new(StringComparer.Ordinal);

    private UnitNote(string? defaultUnit) => Default = defaultUnit;

    /// <summary>The unit for parts the note does not name; null when the note names none.</summary>
    public string? Default { get; private set; }

    public static UnitNote Parse(string? note)
    {
        var result = new UnitNote(null);
        if (string.IsNullOrWhiteSpace(note))
        {
            return result;
        }

        var body = PrefixPattern().Replace(note, string.Empty);
        foreach (Match match in PartPattern().Matches(body))
        {
            var unit = match.Groups["unit"].Value;
            if (match.Groups["part"].Success && match.Groups["part"].Value.Length > 0)
            {
                result._byPart[match.Groups["part"].Value] = unit;
            }
            else
            {
                result.Default = unit;
            }
        }

        return result;
    }

    /// <summary>The unit for a part of the table (e.g. "项目支出"), else the default, else <paramref name="fallback"/>.</summary>
    public string UnitFor(string part, string fallback = MoneyUnits.TenThousandYuan) =>
        _byPart.TryGetValue(part, out var unit) ? unit : Default ?? fallback;

    public bool IsEmpty => Default is null && _byPart.Count == 0;

    [GeneratedRegex(@"^(?:金额)?单位\s*[：:]\s*")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"(?:(?<part>[\p{IsCJKUnifiedIdeographs}]+)\s*[：:]\s*)?(?<unit>亿元|万元|元)")]
    private static partial Regex PartPattern();
}
