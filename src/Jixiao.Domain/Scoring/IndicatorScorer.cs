using Jixiao.Domain.Targets;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Scoring;

/// <summary>How far an indicator's score could be computed.</summary>
public enum CompletionStatus
{
    /// <summary>Completion rate or grade found, points awarded.</summary>
    Scored,
    /// <summary>不适用: dropped, the sheet is rescaled.</summary>
    NotApplicable,
    /// <summary>No target written.</summary>
    TargetMissing,
    /// <summary>No actual written.</summary>
    ActualMissing,
    /// <summary>Target and actual have incompatible units.</summary>
    UnitConflict,
    /// <summary>Target and actual cannot be compared (words scoring cannot grade).</summary>
    NotComparable,
}

/// <summary>Review flags raised while scoring an indicator.</summary>
public enum ReviewMark
{
    /// <summary>完成率 above the scheme's threshold (150%): target probably set too low.</summary>
    OverTarget,
    /// <summary>A ">" target reached exactly: not met.</summary>
    StrictAtEquality,
    /// <summary>A word ("完成") given against a numeric target; graded as qualitative.</summary>
    ActualIsWord,
    /// <summary>The deviation deduction of the scheme applied.</summary>
    DeviationDeducted,
}

/// <summary>One indicator to score: target (parsed), the printed measure unit, the actual text and the points.</summary>
public sealed record IndicatorInput(string Name, IndicatorSubcategory? Subcategory, TargetValue Target, string? MeasureUnit, string? Actual, decimal? Points);

/// <summary>The outcome for one indicator: status, completion rate (1 = 100%), share of points, awarded points, formula and a one-line Chinese explanation.</summary>
public sealed record IndicatorOutcome(
    CompletionStatus Status,
    decimal? Rate,
    decimal? Share,
    decimal? Awarded,
    string Formula,
    string Explanation,
    IReadOnlyList<ReviewMark> Flags,
    ActualReading Actual,
    decimal? TargetNumber,
    decimal? ActualNumber);

/// <summary>Completion rate and indicator score per DOMAIN §6.3 (财预〔2020〕10号 self-evaluation), for every target kind.</summary>
public static class IndicatorScorer
{
    public static IndicatorOutcome Score(IndicatorInput input, IndicatorParameters parameters, string method = "auto",
        IReadOnlyList<CompletionBand>? bands = null, decimal? deductionPerUnit = null, DeviationDeduction? deviation = null)
    {
        var actual = ActualReading.Read(input.Actual);
        var target = input.Target;
        var targetRaw = target.Raw;
        if (actual.Kind == ActualKind.NotApplicable || targetRaw.Contains("不适用", StringComparison.Ordinal))
        {
            return Outcome(CompletionStatus.NotApplicable, null, null, input, "—", "不适用：不计分，合计按其余分值折算", actual);
        }

        if (target.Kind == TargetKind.Blank || targetRaw.Length == 0)
        {
            return Outcome(CompletionStatus.TargetMissing, null, null, input, "—", "未填写指标值，无法计算完成率", actual);
        }

        if (actual.Kind == ActualKind.Blank)
        {
            return Outcome(CompletionStatus.ActualMissing, null, null, input, "—", "未填写完成值，无法计算完成率", actual);
        }

        if (method == "qualitative-grade")
        {
            return Grade(input, parameters, actual, []);
        }

        if (ActualReading.DeadlineOf(targetRaw) is { } deadline)
        {
            return Deadline(input, parameters, actual, deadline);
        }

        var numericTarget = target.Kind == TargetKind.Quantitative && target.Number is not null;
        if (target.IsZeroTarget || (numericTarget && target.Number == 0 && target.Operator is TargetOperator.AtMost or TargetOperator.LessThan))
        {
            return ZeroTarget(input, parameters, actual, numericTarget, deductionPerUnit);
        }

        if (!numericTarget)
        {
            return actual.Kind == ActualKind.Number
                ? Outcome(CompletionStatus.NotComparable, null, null, input, "—", $"定性目标“{targetRaw}”的完成值是数字“{actual.Raw}”，无法判断达成等级", actual)
                : Grade(input, parameters, actual, []);
        }

        if (actual.Kind != ActualKind.Number)
        {
            // "完成" against "≥2000家": graded as qualitative, flagged.
            return Grade(input, parameters, actual, [ReviewMark.ActualIsWord]);
        }

        var targetUnit = Units.Normalise(target.Unit) ?? Units.Normalise(input.MeasureUnit);
        if (Units.Normalise(target.Unit) is { } printed && Units.Normalise(input.MeasureUnit) is { } measure && !Units.Compatible(printed, measure))
        {
            return Outcome(CompletionStatus.UnitConflict, null, null, input, "—", $"指标值“{targetRaw}”与度量单位“{input.MeasureUnit}”矛盾，无法计算完成率", actual);
        }

        if (Units.Normalise(actual.Unit) is { } actualUnit && targetUnit is not null && !Units.Compatible(actualUnit, targetUnit))
        {
            return Outcome(CompletionStatus.UnitConflict, null, null, input, "—", $"完成值“{actual.Raw}”与指标值“{targetRaw}”单位不同（{actual.Unit} 与 {targetUnit}），无法计算完成率", actual);
        }

        var goal = target.Number!.Value;
        var done = actual.Number!.Value;
        if (!actual.HasScale && actual.Unit is null && Scale(targetRaw) is var scale and > 1m && done * scale <= goal * 100m)
        {
            done *= scale;
        }

        done = Units.Convert(done, actual.Unit, target.Unit);
        var reverse = method == "reverse-ratio"
            || (method is "auto" or "bands" && (target.Operator is TargetOperator.AtMost or TargetOperator.LessThan
                || (target.Operator == TargetOperator.Implicit && input.Subcategory == IndicatorSubcategory.Cost)));
        var equality = method is "auto" or "bands" && target.Operator == TargetOperator.EqualTo;
        decimal rate;
        string formula;
        if (method == "per-unit-deduction" && deductionPerUnit is { } perUnit && input.Points is { } points)
        {
            var shortfall = reverse ? Math.Max(0, done - goal) : Math.Max(0, goal - done);
            var awarded = Math.Max(0, points - (perUnit * shortfall));
            return new IndicatorOutcome(CompletionStatus.Scored, goal == 0 ? null : done / goal, points == 0 ? 0 : awarded / points, Round(awarded),
                $"{N(points)} − {N(perUnit)} × {N(shortfall)}", $"每差 1 个单位扣 {N(perUnit)} 分：差 {N(shortfall)}，得 {N(awarded)} 分", [], actual, goal, done);
        }

        if (reverse)
        {
            rate = done <= goal ? 1m : goal / done;
            formula = done <= goal ? $"{N(done)} ≤ {N(goal)} → 100%" : $"{N(goal)} ÷ {N(done)}";
        }
        else if (equality)
        {
            rate = done == goal ? 1m
                : parameters.Equality == "ratio" ? (goal == 0 ? 0 : done / goal)
                : Math.Min(done, goal) / Math.Max(done, goal);
            formula = done == goal ? $"{N(done)} = {N(goal)} → 100%" : parameters.Equality == "ratio" ? $"{N(done)} ÷ {N(goal)}" : $"min({N(done)}, {N(goal)}) ÷ max({N(done)}, {N(goal)})";
        }
        else
        {
            rate = goal == 0 ? 1m : done / goal;
            formula = goal == 0 ? "指标值为 0 → 100%" : $"{N(done)} ÷ {N(goal)}";
        }

        var flags = new List<ReviewMark>();
        if (target.Operator == TargetOperator.MoreThan && done == goal)
        {
            flags.Add(ReviewMark.StrictAtEquality);
            rate = Math.Min(rate, 0.9999m);
        }

        var share = Math.Min(rate, 1m);
        var bandNote = string.Empty;
        if (method == "bands" && bands is { Count: > 0 } && BandOf(bands, rate * 100m) is { } band)
        {
            share = band.Share ?? Math.Min(rate, 1m);
            bandNote = $"，属“{band.Label}”区间";
        }

        var overNote = string.Empty;
        if (rate * 100m > parameters.OverTargetPercent)
        {
            flags.Add(ReviewMark.OverTarget);
            share = Math.Max(0, share - parameters.OverTargetDeduction);
            overNote = $"；完成率超过 {N(parameters.OverTargetPercent)}%，目标可能设置偏低" + (parameters.OverTargetDeduction > 0 ? $"，扣 {N(parameters.OverTargetDeduction * 100)}% 分值" : "，仍计满分");
        }

        var kindText = reverse ? "反向指标" : equality ? "等值指标" : "正向指标";
        var awardedPoints = input.Points is { } p ? p * share : (decimal?)null;
        var deviationNote = string.Empty;
        if (deviation is not null && awardedPoints is not null && goal != 0 && Math.Abs(done - goal) / Math.Abs(goal) * 100m >= deviation.Percent)
        {
            flags.Add(ReviewMark.DeviationDeducted);
            awardedPoints = Math.Max(0, awardedPoints.Value - deviation.Points);
            deviationNote = $"；偏离目标 ≥{N(deviation.Percent)}%，扣 {N(deviation.Points)} 分";
        }

        var explanation = $"{kindText}：完成率 {formula} = {Percent(rate)}{bandNote}，" +
            (input.Points is { } pts ? $"得 {N(pts)} × {Percent(share)} = {N(Round(awardedPoints!.Value))} 分" : "表中没有分值，只算完成率") + overNote + deviationNote;
        if (flags.Contains(ReviewMark.StrictAtEquality))
        {
            explanation += "；“>”目标恰好等于指标值，视为未达成";
        }

        return new IndicatorOutcome(CompletionStatus.Scored, rate, share, awardedPoints is null ? null : Round(awardedPoints.Value), formula, explanation, flags, actual, goal, done);
    }

    private static IndicatorOutcome ZeroTarget(IndicatorInput input, IndicatorParameters parameters, ActualReading actual, bool numericTarget, decimal? deductionPerUnit)
    {
        switch (actual.Kind)
        {
            case ActualKind.Number:
                var events = actual.Number!.Value;
                if (events == 0)
                {
                    return Scored(input, 1m, 1m, "0 = 0 → 100%", "零目标：实际为 0，达成，得满分", actual, [], 0, 0);
                }

                if (deductionPerUnit is { } perUnit && input.Points is { } points)
                {
                    var share = points == 0 ? 0 : Math.Max(0, points - (perUnit * events)) / points;
                    return Scored(input, 0m, share, $"{N(points)} − {N(perUnit)} × {N(events)}", $"零目标：实际发生 {N(events)}，每次扣 {N(perUnit)} 分", actual, [], 0, events);
                }

                return Scored(input, 0m, 0m, $"{N(events)} > 0 → 0%", $"零目标：实际发生 {N(events)}，未达成，不得分", actual, [], 0, events);
            case ActualKind.NoneOccurred:
            case ActualKind.Achieved:
                var flags = numericTarget && actual.Kind == ActualKind.Achieved ? new[] { ReviewMark.ActualIsWord } : [];
                return Scored(input, 1m, 1m, "未发生 → 100%", $"零目标：完成值“{actual.Raw}”表示未发生，得满分", actual, flags, 0, 0);
            case ActualKind.NotAchieved:
                return Scored(input, 0m, 0m, "发生 → 0%", $"零目标：完成值“{actual.Raw}”表示未达成，不得分", actual, [], 0, null);
            default:
                return Grade(input, parameters, actual, numericTarget ? [ReviewMark.ActualIsWord] : []);
        }
    }

    private static IndicatorOutcome Deadline(IndicatorInput input, IndicatorParameters parameters, ActualReading actual, DateOnly deadline)
    {
        if (actual.Kind == ActualKind.Date)
        {
            var onTime = actual.Date!.Value <= deadline;
            return Scored(input, onTime ? 1m : 0m, onTime ? 1m : 0m, $"{actual.Date:yyyy-MM-dd} {(onTime ? "≤" : ">")} {deadline:yyyy-MM-dd}",
                onTime ? $"时限指标：{actual.Date:yyyy年M月d日}完成，不晚于 {deadline:yyyy年M月d日}，得满分" : $"时限指标：{actual.Date:yyyy年M月d日}完成，晚于 {deadline:yyyy年M月d日}，不得分",
                actual, [], null, null);
        }

        return Grade(input, parameters, actual, []);
    }

    private static IndicatorOutcome Grade(IndicatorInput input, IndicatorParameters parameters, ActualReading actual, IReadOnlyList<ReviewMark> flags)
    {
        var (share, grade, range) = actual.Kind switch
        {
            ActualKind.Achieved or ActualKind.NoneOccurred => (parameters.Achieved, "达成年度指标", "80%–100%"),
            ActualKind.PartlyAchieved => (parameters.PartlyAchieved, "部分达成", "60%–80%"),
            ActualKind.NotAchieved => (parameters.NotAchieved, "未达成", "0–60%"),
            _ => (-1m, string.Empty, string.Empty),
        };
        if (share < 0)
        {
            return Outcome(CompletionStatus.NotComparable, null, null, input, "—", $"完成值“{actual.Raw}”无法判断是否达成“{input.Target.Raw}”", actual);
        }

        var prefix = flags.Contains(ReviewMark.ActualIsWord)
            ? $"完成值是文字“{actual.Raw}”而指标值是数字“{input.Target.Raw}”，无法计算完成率，只能按定性等级计："
            : "定性指标：";
        var points = input.Points is { } p ? $"，得分上限 {N(p)} × {Percent(share)} = {N(Round(p * share))} 分" : string.Empty;
        return Scored(input, null, share, $"{grade} → {Percent(share)}", $"{prefix}“{actual.Raw}”属“{grade}”（10号：{range}）{points}", actual, flags, null, null);
    }

    private static IndicatorOutcome Scored(IndicatorInput input, decimal? rate, decimal share, string formula, string explanation, ActualReading actual,
        IReadOnlyList<ReviewMark> flags, decimal? goal, decimal? done) =>
        new(CompletionStatus.Scored, rate, share, input.Points is { } p ? Round(p * share) : null, formula, explanation, flags, actual, goal, done);

    private static IndicatorOutcome Outcome(CompletionStatus status, decimal? rate, decimal? share, IndicatorInput input, string formula, string explanation, ActualReading actual) =>
        new(status, rate, share, null, formula, explanation, [], actual, input.Target.Number, actual.Number);

    private static CompletionBand? BandOf(IReadOnlyList<CompletionBand> bands, decimal percent) =>
        bands.FirstOrDefault(b => (b.Min is null || percent >= b.Min) && (b.Max is null || percent < b.Max));

    private static decimal Scale(string raw)
    {
        var normalised = WidthFolding.Fold(raw);
        return normalised.Contains('亿', StringComparison.Ordinal) ? 100_000_000m
            : normalised.Contains('万', StringComparison.Ordinal) ? 10_000m
            : 1m;
    }

    internal static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A number as the sheet prints it: at most two decimals, no trailing zeros.</summary>
    public static string N(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with two decimals ("80.45%").</summary>
    public static string Percent(decimal fraction) => (Math.Round(fraction * 100m, 2, MidpointRounding.AwayFromZero)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>Units of targets and actuals: % and money units are families; others must match.</summary>
public static class Units
{
    private static readonly Dictionary<string, decimal> Money = new(StringComparer.Ordinal) { ["元"] = 1m, ["万元"] = 10_000m, ["亿元"] = 100_000_000m, ["千元"] = 1_000m };

    public static string? Normalise(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }

        var u = unit.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        return u is "百分比" or "百分率" ? "%" : u;
    }

    public static bool Compatible(string first, string second) =>
        first == second
        || (Money.ContainsKey(first) && Money.ContainsKey(second))
        || (first != "%" && second != "%" && !Money.ContainsKey(first) && !Money.ContainsKey(second) && (first.StartsWith(second, StringComparison.Ordinal) || second.StartsWith(first, StringComparison.Ordinal)));

    /// <summary>A money amount from one money unit into another (元 ↔ 万元); other units unchanged.</summary>
    public static decimal Convert(decimal value, string? from, string? to) =>
        from is not null && to is not null && Money.TryGetValue(from, out var f) && Money.TryGetValue(to, out var t) ? value * f / t : value;
}
