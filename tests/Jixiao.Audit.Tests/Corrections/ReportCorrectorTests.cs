using Jixiao.Audit.Corrections;
using Jixiao.Audit.Engine;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Corrections;

public sealed class ReportCorrectorTests
{
    [Fact]
    public void The_corrected_sample_has_no_errors_but_the_listed_unresolved_one()
    {
        var (corrected, changes) = ReportCorrector.Correct(BundledSample.Report);

        var errors = new AuditEngine().Audit(corrected).Findings.Where(f => f.Severity == Severity.Error).ToArray();

        // 表2 and 表3 disagree by 4.01万元 on the projects' spending: two detailed tables, nothing to correct from. What is
        // left is that one contradiction: 决算支出 against 表2's total, and the shares in 表2 taken of it.
        var unresolved = Assert.Single(changes, c => !c.Resolved);
        Assert.Equal("表2合计与正文“决算支出”", unresolved.Where);
        Assert.True(errors.All(e => e.RuleId is "JX2006" or "JX1008") && errors.Count(e => e.RuleId == "JX2006") == 1, string.Join("\n", errors.Select(e => $"{e.RuleId} {e.Message}")) + "\n--- changes:\n" + string.Join("\n", changes));
    }

    [Fact]
    public void Each_change_is_listed_with_both_values_and_its_reason()
    {
        var (_, changes) = ReportCorrector.Correct(BundledSample.Report);

        Assert.Contains(changes, c => c.ToString() == "表3“森防办基本支出/基本支出合计”预算调增数：0万元 → 149.23万元（按各明细行之和）");
        Assert.Contains(changes, c => c.Where == "自评结论“执行数”" && c.Before == "4051.74万元");
    }

    [Fact]
    public void A_consistent_report_is_left_as_it_is()
    {
        var (once, _) = ReportCorrector.Correct(BundledSample.Report);

        var (twice, changes) = ReportCorrector.Correct(once);

        Assert.DoesNotContain(changes, c => c.Resolved);
        Assert.Equal(once.Expenditure, twice.Expenditure);
    }
}
