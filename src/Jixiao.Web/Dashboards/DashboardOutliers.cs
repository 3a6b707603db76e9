using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Data.Entities;
using Jixiao.Data.Storage;

namespace Jixiao.Web.Dashboards;

/// <summary>
/// The outliers of one report (DOMAIN §5.2, §5.3 C10): every indicator completed at exactly 100% (actuals copied from
/// the targets), completion above the scheme's 150% threshold (target probably too low), most targets unchanged from
/// the same department's report of the year before, and a stated score above what the figures support (the findings
/// of the score rules in <see cref="ScoreRules"/>).
/// </summary>
public static class DashboardOutliers
{
    public const string AllAtHundred = "all-indicators-at-100";
    public const string OverTarget = "completion-over-150";
    public const string SameTargets = "same-targets-as-last-year";
    public const string ScoreAboveFigures = "score-above-figures";

    /// <summary>"Every indicator at 100%" needs at least this many indicators with a completion rate.</summary>
    public const int AllAtHundredMinimum = 3;

    /// <summary>Targets count as unchanged when at least this share of the indicators kept last year's target.</summary>
    public const decimal SameTargetShare = 0.5m;

    /// <summary>JX3010 (stated score above the recomputed one) and JX3013 (full marks on a missed target).</summary>
    public static readonly IReadOnlyList<string> ScoreRules = [RuleIds.StatedAboveRecomputed, RuleIds.FullMarksOnMissedTarget];

    private const int Named = 8;

    public static IEnumerable<DashboardOutlier> Of(ReportListing report, VersionDigest digest, VersionDigest? lastYear, IEnumerable<StoredFinding> scoreFindings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(scoreFindings);
        DashboardOutlier Outlier(string kind, string title, string detail, IEnumerable<string> indicators) =>
            new(kind, title, report.Id, report.Department, report.Year, detail, [.. indicators], ReportLinks.Of(report.Id));

        // The digest's counts decide; the indicators' JSON is parsed only for an outlier that names them.
        IReadOnlyList<DigestIndicator>? parsed = null;
        IReadOnlyList<DigestIndicator> Indicators() => parsed ??= digest.Indicators();
        if (digest.RatedIndicators >= AllAtHundredMinimum && digest.IndicatorsAtHundred == digest.RatedIndicators)
        {
            var rated = Indicators().Where(i => i.RatePercent is not null).ToArray();
            yield return Outlier(AllAtHundred, "全部指标完成率恰为100%",
                $"{rated.Length} 个能计算完成率的指标全部恰好完成 100%，实际值可能照抄了指标值", rated.Select(i => i.Name));
        }

        if (digest.IndicatorsOverTarget > 0)
        {
            var over = Indicators().Where(i => i.OverTarget).ToArray();
            yield return Outlier(OverTarget, "完成率超过150%",
                $"{over.Length} 个指标完成率超过 150%，指标值可能定得偏低：" + Names(over.Select(i => $"“{i.Name}”{Percent(i.RatePercent)}")),
                over.Select(i => i.Name));
        }

        if (lastYear is { IndicatorCount: > 0 } && digest.IndicatorCount > 0 && Unchanged(Indicators(), lastYear) is { Count: > 0 } same)
        {
            var withTargets = Indicators().Count(i => i.ComparableTarget is not null);
            if (same.Count >= SameTargetShare * withTargets)
            {
                yield return Outlier(SameTargets, "指标值与上年相同",
                    $"{withTargets} 个指标中 {same.Count} 个的名称和指标值与 {report.Year - 1} 年报告相同：" + Names(same.Select(i => $"“{i.Name}”{i.Target}")),
                    same.Select(i => i.Name));
            }
        }

        var scored = scoreFindings.ToArray();
        if (scored.Length > 0)
        {
            yield return Outlier(ScoreAboveFigures, "自评得分高于数字所能支持的",
                string.Join("；", scored.Select(f => $"{f.RuleId} {f.Message}")), scored.Select(f => f.Location));
        }
    }

    /// <summary>This year's indicators whose name and target (white space aside) are last year's.</summary>
    private static List<DigestIndicator> Unchanged(IReadOnlyList<DigestIndicator> indicators, VersionDigest lastYear)
    {
        var before = lastYear.Indicators()
            .Where(i => i.ComparableTarget is not null)
            .Select(i => (i.Name, i.ComparableTarget))
            .ToHashSet();
        return [.. indicators.Where(i => i.ComparableTarget is not null && before.Contains((i.Name, i.ComparableTarget)))];
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return string.Join("、", list.Take(Named)) + (list.Count > Named ? $"等 {list.Count} 个" : string.Empty);
    }

    private static string Percent(decimal? rate) => rate is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) + "%" : string.Empty;
}
