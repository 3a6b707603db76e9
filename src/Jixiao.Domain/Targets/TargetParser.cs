using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Domain.Targets;

/// <summary>Reads a target value's text into a <see cref="TargetValue"/> (minimal grammar of DOMAIN §6.2).</summary>
public static partial class TargetParser
{
    public static TargetValue Parse(string? raw)
    {
        var text = (raw ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return new TargetValue(text, TargetKind.Blank, TargetOperator.Implicit, null, null);
        }

        var normalised = text.Normalize(System.Text.NormalizationForm.FormKC).Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = QuantitativePattern().Match(normalised);
        if (match.Success)
        {
            var number = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            number *= match.Groups["scale"].Value switch
            {
                "万" => 10_000m,
                "亿" => 100_000_000m,
                "千" => 1_000m,
                _ => 1m,
            };
            var unit = match.Groups["unit"].Value;
            return new TargetValue(text, TargetKind.Quantitative, OperatorOf(match.Groups["op"].Value), number,
                unit.Length == 0 ? null : unit == "百分比" ? "%" : unit);
        }

        if (ZeroEventPattern().IsMatch(normalised))
        {
            return new TargetValue(text, TargetKind.ZeroEvent, TargetOperator.AtMost, 0, null);
        }

        if (TrendPattern().IsMatch(normalised))
        {
            return new TargetValue(text, TargetKind.Trend, TargetOperator.Implicit, null, null);
        }

        return new TargetValue(text, TargetKind.Qualitative, TargetOperator.Implicit, null, null);
    }

    private static TargetOperator OperatorOf(string op) => op switch
    {
        "≥" or ">=" or "≧" => TargetOperator.AtLeast,
        ">" => TargetOperator.MoreThan,
        "≤" or "<=" or "≦" => TargetOperator.AtMost,
        "<" => TargetOperator.LessThan,
        "=" => TargetOperator.EqualTo,
        _ => TargetOperator.Implicit,
    };

    [GeneratedRegex(@"^(?<op>≥|>=|≧|≤|<=|≦|>|<|=)?(?<number>\d[\d,]*(?:\.\d+)?)(?<scale>万|亿|千)?(?<unit>%|百分比|[\p{IsCJKUnifiedIdeographs}]{1,3})?$")]
    private static partial Regex QuantitativePattern();

    [GeneratedRegex("^(不发生|未发生|零发生|无)")]
    private static partial Regex ZeroEventPattern();

    [GeneratedRegex("^(有效)?(提高|提升|改善|增强|加强|完善)")]
    private static partial Regex TrendPattern();
}
