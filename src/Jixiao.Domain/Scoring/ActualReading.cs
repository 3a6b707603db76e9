using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Scoring;

/// <summary>What an actual value (实际完成值) says, as far as scoring needs it.</summary>
public enum ActualKind
{
    /// <summary>Nothing written.</summary>
    Blank,
    /// <summary>A number with optional unit ("2100家", "98%").</summary>
    Number,
    /// <summary>A word saying the target was met ("完成", "达成预期指标").</summary>
    Achieved,
    /// <summary>"部分完成", "基本达成".</summary>
    PartlyAchieved,
    /// <summary>"未完成", "未达成".</summary>
    NotAchieved,
    /// <summary>"未发生", "无", "零": nothing happened.</summary>
    NoneOccurred,
    /// <summary>"不适用", "不涉及".</summary>
    NotApplicable,
    /// <summary>A date ("2023年11月30日").</summary>
    Date,
    /// <summary>Words scoring cannot grade.</summary>
    Other,
}

/// <summary>An actual value read for scoring: kind, number with scale applied, unit and date.</summary>
public sealed partial record ActualReading(string Raw, ActualKind Kind, decimal? Number, string? Unit, bool HasScale, DateOnly? Date)
{
    public static ActualReading Read(string? raw)
    {
        var text = (raw ?? string.Empty).Trim();
        if (text.Length == 0 || text is "/" or "-" or "—" or "－")
        {
            return new ActualReading(text, ActualKind.Blank, null, null, false, null);
        }

        var normalised = WidthFolding.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (NotApplicable().IsMatch(normalised))
        {
            return new ActualReading(text, ActualKind.NotApplicable, null, null, false, null);
        }

        // A figure too large for decimal once scaled ("99999999999999999999999亿") is no number: it is read as words.
        if (NumberPattern().Match(normalised) is { Success: true } number
            && decimal.TryParse(number.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && number.Groups["scale"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m } is var multiplier
            && value <= decimal.MaxValue / multiplier)
        {
            var scale = number.Groups["scale"].Value;
            value *= multiplier;
            var unit = number.Groups["unit"].Value;
            return new ActualReading(text, ActualKind.Number, value, unit.Length == 0 ? null : unit == "百分比" ? "%" : unit, scale.Length > 0, null);
        }

        if (DatePattern().Match(normalised) is { Success: true } date)
        {
            var year = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = date.Groups["d"].Success ? int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(Math.Max(year, 1), Math.Clamp(month, 1, 12));
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new ActualReading(text, ActualKind.Date, null, null, false, new DateOnly(year, month, day));
            }
        }

        var kind = NoneOccurred().IsMatch(normalised) ? ActualKind.NoneOccurred
            : Partly().IsMatch(normalised) ? ActualKind.PartlyAchieved
            : NotAchieved().IsMatch(normalised) ? ActualKind.NotAchieved
            : Achieved().IsMatch(normalised) ? ActualKind.Achieved
            : ActualKind.Other;
        return new ActualReading(text, kind, null, null, false, null);
    }

    /// <summary>A deadline in a target's text ("2023年12月31日前"), or null.</summary>
    public static DateOnly? DeadlineOf(string? target)
    {
        if (target is null || DeadlinePattern().Match(WidthFolding.Fold(target).Replace(" ", string.Empty, StringComparison.Ordinal)) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12)
        {
            return null;
        }

        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(year, month);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"^(?:实际|完成|达到|约|共)?(?<op>≥|≤|>=|<=|>|<|=)?(?<n>\d[\d,]*(?:\.\d+)?)(?<scale>万|亿|千)?(?<unit>%|百分比|[\p{IsCJKUnifiedIdeographs}A-Za-z/²³]{1,5})?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<y>\d{4})年(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?(?:底|末)?(?:前|以前|之前|内|完成)")]
    private static partial Regex DeadlinePattern();

    [GeneratedRegex("不适用|不涉及|无此项|本年无")]
    private static partial Regex NotApplicable();

    [GeneratedRegex("^(未发生|没有发生|无|零|零发生|0起|0次|无发生)")]
    private static partial Regex NoneOccurred();

    [GeneratedRegex("部分|基本(完成|达成|达到|实现)")]
    private static partial Regex Partly();

    [GeneratedRegex("未完成|未达|未实现|没有完成|没有达到|未能|^否$|不合格|不达标")]
    private static partial Regex NotAchieved();

    [GeneratedRegex("完成|达成|达到|实现|^是$|^已|合格|达标|符合|满意|良好|有效|按时|如期|及时|提高|提升|改善")]
    private static partial Regex Achieved();
}
