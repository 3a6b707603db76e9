using Jixiao.Data.Entities;
using Jixiao.Data.Storage;
using Jixiao.Domain.Reports;
using Jixiao.Web.Dashboards;

namespace Jixiao.Web.Tests;

/// <summary>The outlier tests of the dashboard on digests made up for the purpose.</summary>
public sealed class DashboardOutliersTests
{
    private static readonly ReportListing Report = new(
        7, 3, "广州市天河区应急管理局", 2023, ReportGenre.DepartmentSelfEvaluationReport, string.Empty, 2, ReportStatus.Submitted, 0, 0, 0, DateTimeOffset.UnixEpoch, 11, "hash");

    [Fact]
    public void Every_rated_indicator_at_exactly_100_percent_is_an_outlier_but_not_with_too_few_or_one_below()
    {
        var all = Digest(Rated("受理率", 100m), Rated("处置率", 100m), Rated("培训人次", 100m));
        var oneBelow = Digest(Rated("受理率", 100m), Rated("处置率", 99.5m), Rated("培训人次", 100m));
        var tooFew = Digest(Rated("受理率", 100m), Rated("处置率", 100m));

        var outlier = Assert.Single(Outliers(all));
        Assert.Equal(DashboardOutliers.AllAtHundred, outlier.Kind);
        Assert.Equal(["受理率", "处置率", "培训人次"], outlier.Indicators);
        Assert.Equal("/api/reports/7", outlier.Links.Api);
        Assert.Empty(Outliers(oneBelow));
        Assert.Empty(Outliers(tooFew));
    }

    [Fact]
    public void Completion_above_the_threshold_names_each_indicator_with_its_rate()
    {
        var digest = Digest(Rated("培训人次", 180m, overTarget: true), Rated("受理率", 100m));

        var outlier = Assert.Single(Outliers(digest));

        Assert.Equal(DashboardOutliers.OverTarget, outlier.Kind);
        Assert.Equal(["培训人次"], outlier.Indicators);
        Assert.Contains("“培训人次”180%", outlier.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_count_as_unchanged_when_at_least_half_kept_last_years_target_white_space_aside()
    {
        var lastYear = Digest(Target("受理率", "≥ 95%"), Target("培训人次", "≥2000人次"), Target("满意度", "≥90%"));
        var half = Digest(Target("受理率", "≥95%"), Target("培训人次", "≥2600人次"));
        var less = Digest(Target("受理率", "≥95%"), Target("培训人次", "≥2600人次"), Target("满意度", "≥92%"));

        var outlier = Assert.Single(Outliers(half, lastYear));

        Assert.Equal(DashboardOutliers.SameTargets, outlier.Kind);
        Assert.Equal(["受理率"], outlier.Indicators);
        Assert.Contains("2 个指标中 1 个", outlier.Detail, StringComparison.Ordinal);
        Assert.Empty(Outliers(less, lastYear));
        Assert.Empty(Outliers(half, lastYear: null));
    }

    [Fact]
    public void The_score_rules_findings_are_a_score_above_the_figures()
    {
        var finding = new StoredFinding { RuleId = "JX3010", Message = "总分：自评得分 98 高于重算得分 86.5", Location = "自评表 总分" };

        var outlier = Assert.Single(DashboardOutliers.Of(Report, Digest(), null, [finding]));

        Assert.Equal(DashboardOutliers.ScoreAboveFigures, outlier.Kind);
        Assert.Equal("JX3010 总分：自评得分 98 高于重算得分 86.5", outlier.Detail);
        Assert.Contains("JX3013", DashboardOutliers.ScoreRules);
    }

    private static IEnumerable<DashboardOutlier> Outliers(VersionDigest digest, VersionDigest? lastYear = null) => DashboardOutliers.Of(Report, digest, lastYear, []);

    private static VersionDigest Digest(params DigestIndicator[] indicators) => VersionDigest.None.WithIndicators(indicators);

    private static DigestIndicator Rated(string name, decimal rate, bool overTarget = false) => new(name, null, rate, overTarget);

    private static DigestIndicator Target(string name, string target) => new(name, target, null, false);
}
