using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Targets;

/// <summary>
/// Reads a target value's text (指标值) into a <see cref="TargetValue"/> — the grammar of DOMAIN §6.2: operators in
/// symbols and words, numbers with scales and units, prose ("满意率达95%以上"), deadlines, periods, relative deadlines,
/// qualitative kinds, two targets in one cell. Never throws: text that is no target comes back as
/// <see cref="TargetKind.Invalid"/> with a Chinese <see cref="TargetValue.Problem"/>.
/// </summary>
public static partial class TargetParser
{
    /// <summary>Longer text is not read as a target (a paragraph landed in the cell).</summary>
    public const int MaxLength = 500;

    /// <summary>Sentence punctuation left at the end of a target ("≥95%。").</summary>
    private static readonly char[] TrailingPunctuation = ['。', '.', ',', ';', '、', '!'];

    /// <summary>
    /// Reads <paramref name="raw"/>. A target without an operator takes its direction from <paramref name="indicatorName"/>
    /// (三级指标名称) through <paramref name="directions"/> (default <see cref="TargetDirections.Default"/>).
    /// </summary>
    public static TargetValue Parse(string? raw, string? indicatorName = null, TargetDirections? directions = null)
    {
        var text = raw ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TargetValue(text.Trim(), TargetKind.Blank, TargetOperator.Implicit, null, null);
        }

        text = text.Trim();
        directions ??= TargetDirections.Default;
        if (text.Length > MaxLength)
        {
            return Reject(text, $"指标值过长（{text.Length}字），不像一个指标值");
        }

        var normalised = Normalise(text);
        if (normalised.Length == 0)
        {
            return Reject(text, text.Any(c => char.IsPunctuation(c) || char.IsSymbol(c)) ? "指标值只有标点或符号，没有数值或文字" : "指标值规范化后为空（只有不可见字符）");
        }

        if (OnlyOperatorsPattern().IsMatch(normalised))
        {
            return Reject(text, "只有比较符号，缺少数值");
        }

        if (normalised.All(c => char.IsPunctuation(c) || char.IsSymbol(c)))
        {
            return Reject(text, "指标值只有标点或符号，没有数值或文字");
        }

        if (UnitFirstPattern().IsMatch(normalised))
        {
            return Reject(text, "单位写在数值之前，无法识别");
        }

        if (DoubledOperatorPattern().IsMatch(normalised))
        {
            return Reject(text, "比较符号重复");
        }

        var compound = Compound(text, normalised, indicatorName, directions);
        if (compound is not null)
        {
            return compound;
        }

        return Single(text, normalised, indicatorName, directions);
    }

    /// <summary>Re-resolves the direction of a target (and of its parts) written without an operator.</summary>
    internal static TargetValue Resolve(TargetValue value, string? indicatorName, TargetDirections directions)
    {
        if (value.Kind == TargetKind.Compound && value.Parts is { } parts)
        {
            return value with { Parts = [.. parts.Select(p => Resolve(p, indicatorName, directions))] };
        }

        if (value.Kind != TargetKind.Quantitative || value.Operator != TargetOperator.Implicit || value.Number is null or 0m)
        {
            return value;
        }

        var match = directions.Match(value.Subject) ?? directions.Match(indicatorName);
        if (match is not null)
        {
            return value with { Direction = match.Direction, DirectionSource = DirectionSource.Keyword, DirectionKeyword = match.Keyword };
        }

        return string.IsNullOrEmpty(indicatorName) && string.IsNullOrEmpty(value.Subject)
            ? value with { Direction = TargetDirection.None, DirectionSource = DirectionSource.None, DirectionKeyword = null }
            : value with { Direction = directions.Fallback, DirectionSource = DirectionSource.Fallback, DirectionKeyword = null };
    }

    private static TargetValue Reject(string raw, string problem) =>
        new(raw, TargetKind.Invalid, TargetOperator.Implicit, null, null) { Problem = problem };

    private static string Normalise(string text)
    {
        var folded = WidthFolding.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c switch
            {
                '≧' or '≮' => '≥',
                '≦' or '≯' => '≤',
                '﹥' => '>',
                '﹤' => '<',
                _ => c,
            });
        }

        builder.Replace(">=", "≥").Replace("<=", "≤").Replace("=>", "≥").Replace("=<", "≤").Replace("≥=", "≥").Replace("≤=", "≤");
        return builder.ToString().TrimEnd(TrailingPunctuation);
    }

    private static TargetValue? Compound(string raw, string normalised, string? indicatorName, TargetDirections directions)
    {
        var pieces = SeparatorPattern().Split(normalised).Where(p => p.Length > 0).ToArray();
        if (pieces.Length < 2)
        {
            return null;
        }

        var parts = new List<TargetValue>(pieces.Length);
        foreach (var piece in pieces)
        {
            var part = Quantity(piece, piece, indicatorName, directions);
            if (part is not { Kind: TargetKind.Quantitative })
            {
                return null;
            }

            parts.Add(part);
        }

        return new TargetValue(raw, TargetKind.Compound, TargetOperator.Implicit, null, null) { Parts = parts };
    }

    private static TargetValue Single(string raw, string normalised, string? indicatorName, TargetDirections directions)
    {
        if (Time(raw, normalised) is { } time)
        {
            return time;
        }

        if (Quantity(raw, normalised, indicatorName, directions) is { } quantity)
        {
            return quantity;
        }

        if (NotePattern().Match(normalised) is { Success: true } noted && Quantity(raw, noted.Groups["core"].Value, indicatorName, directions) is { Kind: TargetKind.Quantitative } annotated)
        {
            return annotated;
        }

        if (!normalised.Any(IsCjk))
        {
            return Reject(raw, "无法识别的指标值：既不是带单位的数值，也不是中文表述");
        }

        if (ZeroEventPattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.ZeroEvent, TargetDirection.LowerIsBetter) with { Operator = TargetOperator.AtMost, Number = 0m };
        }

        if (TrendUpPattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Trend, TargetDirection.HigherIsBetter);
        }

        if (TrendDownPattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Trend, TargetDirection.LowerIsBetter);
        }

        if (WithinBudgetPattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Compliance, TargetDirection.LowerIsBetter);
        }

        if (CompliancePattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Compliance, TargetDirection.None);
        }

        if (EffectPattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Effect, TargetDirection.None);
        }

        if (VaguePattern().IsMatch(normalised))
        {
            return Qualitative(raw, TargetKind.Vague, TargetDirection.None) with { Warning = "表述笼统，无法衡量：没有数值、时限或可判断的标准" };
        }

        return Qualitative(raw, TargetKind.Qualitative, TargetDirection.None);
    }

    private static TargetValue Qualitative(string raw, TargetKind kind, TargetDirection direction) =>
        new(raw, kind, TargetOperator.Implicit, null, null)
        {
            Direction = direction,
            DirectionSource = direction == TargetDirection.None ? DirectionSource.None : DirectionSource.Wording,
        };

    private static TargetValue? Time(string raw, string normalised)
    {
        var deadline = DeadlinePattern().Match(normalised);
        if (deadline.Success)
        {
            var year = Int(deadline.Groups["y"]);
            var month = Int(deadline.Groups["m"]);
            var day = Int(deadline.Groups["d"]);
            var end = deadline.Groups["end"].Success;
            if (year is < 1900 or > 2200)
            {
                return Reject(raw, $"年份{year}不合理");
            }

            if (month is < 1 or > 12)
            {
                return Reject(raw, $"月份{month}不存在");
            }

            if (day is not null && (day < 1 || day > (month is { } m ? DateTime.DaysInMonth(year ?? 2000, m) : 31)))
            {
                return Reject(raw, $"日期{deadline.Value}不存在");
            }

            return new TargetValue(raw, TargetKind.Deadline, TargetOperator.Implicit, null, null) { Deadline = new TargetDeadline(year, month, day, end) };
        }

        var whole = WholePeriodPattern().Match(normalised);
        if (whole.Success)
        {
            return new TargetValue(raw, TargetKind.Period, TargetOperator.Implicit, null, null) { Period = new TargetPeriod(Int(whole.Groups["y"]), PeriodUnit.Year, false) };
        }

        var recurring = RecurringPattern().Match(normalised);
        if (recurring.Success && TargetPeriod.UnitOf(recurring.Groups["u"].Value) is { } unit)
        {
            return new TargetValue(raw, TargetKind.Period, TargetOperator.Implicit, null, null) { Period = new TargetPeriod(null, unit, true) };
        }

        return RelativePattern().IsMatch(normalised) ? new TargetValue(raw, TargetKind.RelativeDeadline, TargetOperator.Implicit, null, null) : null;
    }

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The groups of <see cref="QuantityPattern"/>, by number: a target is parsed for every indicator of every report.</summary>
    private static readonly int NumberGroup = QuantityPattern().GroupNumberFromName("number");
    private static readonly int ScaleGroup = QuantityPattern().GroupNumberFromName("scale");
    private static readonly int WordGroup = QuantityPattern().GroupNumberFromName("word");
    private static readonly int OperatorGroup = QuantityPattern().GroupNumberFromName("op");
    private static readonly int SuffixGroup = QuantityPattern().GroupNumberFromName("suffix");
    private static readonly int UnitGroup = QuantityPattern().GroupNumberFromName("unit");
    private static readonly int SubjectGroup = QuantityPattern().GroupNumberFromName("subject");

    private static TargetValue? Quantity(string raw, string normalised, string? indicatorName, TargetDirections directions)
    {
        var match = QuantityPattern().Match(normalised);
        if (!match.Success)
        {
            return null;
        }

        var numberText = match.Groups[NumberGroup].Value;
        if (!decimal.TryParse(numberText.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa))
        {
            return Reject(raw, "数值过大，无法读取");
        }

        var scale = TargetScales.FromText(match.Groups[ScaleGroup].Value);
        if (mantissa > decimal.MaxValue / scale.Multiplier())
        {
            return Reject(raw, "数值过大，无法读取");
        }

        var op = Operator(match.Groups[WordGroup].Value, match.Groups[OperatorGroup].Value, match.Groups[SuffixGroup].Value);
        if (op is null)
        {
            return Reject(raw, "比较方向前后矛盾（既有“不低于/以上”又有“不超过/以下”之类）");
        }

        var unit = match.Groups[UnitGroup].Value switch
        {
            "" => null,
            "百分比" => "%",
            var u => u,
        };
        var subject = match.Groups[SubjectGroup].Value;
        var value = new TargetValue(raw, TargetKind.Quantitative, op.Value, mantissa * scale.Multiplier(), unit)
        {
            Mantissa = mantissa,
            Scale = scale,
            Subject = subject.Length == 0 ? null : subject,
            Warning = Suspicion(op.Value, numberText, mantissa, scale, unit),
        };
        return op.Value != TargetOperator.Implicit
            ? value with { Direction = TargetOperators.Direction(op.Value), DirectionSource = DirectionSource.Operator }
            : mantissa == 0m
                ? value with { Direction = TargetDirection.LowerIsBetter, DirectionSource = DirectionSource.ZeroTarget }
                : Resolve(value, indicatorName, directions);
    }

    private static TargetOperator? Operator(string word, string symbol, string suffix)
    {
        var fromWord = word switch
        {
            "不低于" or "不少于" or "不小于" or "大于等于" or "大于或等于" => TargetOperator.AtLeast,
            "不高于" or "不超过" or "不大于" or "不多于" or "小于等于" or "小于或等于" => TargetOperator.AtMost,
            "高于" or "超过" or "大于" or "多于" => TargetOperator.MoreThan,
            "低于" or "少于" or "小于" => TargetOperator.LessThan,
            "达到" or "等于" => TargetOperator.EqualTo,
            _ => TargetOperator.Implicit,
        };
        var fromSymbol = symbol switch
        {
            "≥" => TargetOperator.AtLeast,
            "≤" => TargetOperator.AtMost,
            ">" => TargetOperator.MoreThan,
            "<" => TargetOperator.LessThan,
            "=" => TargetOperator.EqualTo,
            _ => TargetOperator.Implicit,
        };
        var fromSuffix = suffix switch
        {
            "以上" or "及以上" => TargetOperator.AtLeast,
            "以下" or "及以下" or "以内" => TargetOperator.AtMost,
            _ => TargetOperator.Implicit,
        };

        // "达到95%以上": the suffix makes 达到 a floor, not an equality.
        if (fromSuffix != TargetOperator.Implicit && fromWord == TargetOperator.EqualTo)
        {
            fromWord = TargetOperator.Implicit;
        }

        TargetOperator? result = TargetOperator.Implicit;
        foreach (var candidate in new[] { fromSymbol, fromWord, fromSuffix }.Where(o => o != TargetOperator.Implicit))
        {
            if (result == TargetOperator.Implicit)
            {
                result = candidate;
            }
            else if (result != candidate)
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>DOMAIN §5.2 "OCR/encoding of symbols": a ≥ read as a leading "2" ("292%", "2280次"). Warn, never guess.</summary>
    private static string? Suspicion(TargetOperator op, string numberText, decimal mantissa, TargetScale scale, string? unit)
    {
        if (op != TargetOperator.Implicit || scale != TargetScale.None)
        {
            return null;
        }

        var rest = numberText.Length > 1 && numberText[0] == '2' && numberText[1] != '0' && numberText[1] != '.' && numberText[1] != ','
            ? numberText[1..]
            : null;
        if (unit == "%" && mantissa > 100m)
        {
            return rest is not null && decimal.TryParse(rest, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) && r is > 0m and <= 100m
                ? $"百分比超过100%且没有比较符号，疑为扫描识别错误：“≥”可能被识读为“2”（原意或为“≥{rest}%”），请核对原件"
                : "百分比超过100%且没有比较符号，请核对原件";
        }

        if (unit is not null and not "%" && !unit.Contains('元', StringComparison.Ordinal) && rest is not null
            && numberText.Length >= 4 && !numberText.Contains('.', StringComparison.Ordinal) && !numberText.Contains(',', StringComparison.Ordinal) && mantissa % 100m != 0m)
        {
            return $"数值开头的“2”可能是扫描时误识的“≥”（原意或为“≥{rest}{unit}”），请核对原件";
        }

        return null;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    [GeneratedRegex(@"^[≥≤<>=]+$")]
    private static partial Regex OnlyOperatorsPattern();

    [GeneratedRegex(@"^(%|‰|百分比)\d")]
    private static partial Regex UnitFirstPattern();

    [GeneratedRegex(@"[≥≤<>=]{2,}")]
    private static partial Regex DoubledOperatorPattern();

    [GeneratedRegex(@"(?<!\d),|,(?!\d)|[;、]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^(?<core>[^()]+)\([^()]*\)$")]
    private static partial Regex NotePattern();

    [GeneratedRegex(
        @"^(?<subject>\p{IsCJKUnifiedIdeographs}*?)" +
        @"(?<word>不低于|不少于|不小于|大于或等于|大于等于|不高于|不超过|不大于|不多于|小于或等于|小于等于|高于|超过|大于|多于|低于|少于|小于|达到|等于|控制在|保持在|达|为|在)?" +
        @"(?<op>[≥≤<>=])?" +
        @"(?<number>\d+(?:,\d{3})*(?:\.\d+)?)" +
        @"(?<scale>万|亿|千)?" +
        @"(?<unit>%|‰|百分比|个百分点|\p{IsCJKUnifiedIdeographs}{1,4}?(?:/\p{IsCJKUnifiedIdeographs}{1,3})?)?" +
        @"(?<suffix>及以上|以上|及以下|以下|以内)?" +
        @"(?:完成)?$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(
        @"^(?:在|于|截至|截止|截止到)?" +
        @"(?:(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号]|(?<end>底|末))?|(?<y>\d{4})?年(?<end>底|末))" +
        @"(?:前|以前|之前)(?:完成|完工|办结|到位|落实)?$")]
    private static partial Regex DeadlinePattern();

    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?全年(?:度)?$|^(?<y>\d{4})年度$")]
    private static partial Regex WholePeriodPattern();

    [GeneratedRegex(@"^(?:每|按|逐)(?<u>季度|半年|星期|月|季|年度|年|周|日|天)(?:度)?(?:安排|开展|执行|进行|实施|发放|支付|拨付|完成|报送|更新|一次|1次)?$")]
    private static partial Regex RecurringPattern();

    [GeneratedRegex(@"(?:计划|规定|合同|约定)(?:完成)?(?:的)?(?:时间|期限|时限|工期|进度)(?:内|之内)|按(?:计划|时|期|进度|合同)(?:要求)?完成|如期完成|按时|按期|及时完成")]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"不发生|未发生|不出现|未出现|零发生|零事故|零伤亡|零投诉|杜绝|^零$|^(?:确保)?无(?:重大|较大|一般|安全|责任)|^无$")]
    private static partial Regex ZeroEventPattern();

    [GeneratedRegex(@"^(?:较上年|比上年|同比|逐年|有效|明显|显著|逐步|稳步|持续|进一步|不断|大幅|有所|得到|全面)*(?:提高|提升|改善|增强|加强|完善|增加|增长|上升|好转|改进|优化)")]
    private static partial Regex TrendUpPattern();

    [GeneratedRegex(@"^(?:较上年|比上年|同比|逐年|有效|明显|显著|逐步|稳步|持续|进一步|不断|大幅|有所|得到)*(?:降低|减少|下降|缩短|压减|减轻|缓解)")]
    private static partial Regex TrendDownPattern();

    [GeneratedRegex(@"不超预算|不超出预算|不超过预算|预算(?:范围|额度)?(?:之)?内|控制在预算")]
    private static partial Regex WithinBudgetPattern();

    [GeneratedRegex(@"符合|严格执行|严格按照|严格落实|按规定|按照规定|依法|依规|合规|规范|遵守|执行到位|应保尽保|应发尽发|应收尽收|应检尽检|应补尽补|达标|满足.*要求|按标准")]
    private static partial Regex CompliancePattern();

    [GeneratedRegex(@"效果|成效|良好|有效|显著|明显|较好|优良|满意|^(?:较)?[好高优]$")]
    private static partial Regex EffectPattern();

    [GeneratedRegex(@"^(?:美化|绿化|净化|促进|推动|推进|营造|助力|丰富|加快|构建|打造|保障|维护|服务|支持|提供|开展|落实|做好|确保|改变|带动)")]
    private static partial Regex VaguePattern();
}
