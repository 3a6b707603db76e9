using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Rules;

/// <summary>
/// The table rules on a real 部门预算项目支出绩效自评表 (青神县发展和改革局 2023, ../shared/corpus): its funding rows add up,
/// its rates match, its weights add up (60 + 30 = 90; 10 + 90 = 100) — so none of them may report an error or warning.
/// </summary>
public sealed class SelfEvaluationTableCorpusTests
{
    private static readonly string[] TableRules =
        [RuleIds.FundingSourcesAddUp, RuleIds.RateMatchesFigures, RuleIds.IndicatorWeightsAddUp, RuleIds.TotalScoreAddsUp, RuleIds.ScoreWithinMaximum];

    [Fact]
    public void Qingshen_2023_has_no_error_or_warning_for_the_relations_that_hold()
    {
        var (report, failure) = new ReportLoader().Load(SharedFiles.Require("corpus/22_qingshen-fgj-2023-xiangmu-table.txt"));
        Assert.Null(failure);
        Assert.NotNull(report!.Table);
        Assert.NotEmpty(report.Table.Funding);
        Assert.NotEmpty(report.Table.Indicators);
        var findings = new AuditEngine().Audit(report).Findings;
        Assert.DoesNotContain(findings, f => TableRules.Contains(f.RuleId));
        Assert.DoesNotContain(findings, f => f.Severity is Severity.Error or Severity.Warning && f.RuleId.StartsWith("JX1", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.RuleId is RuleIds.UnknownGenre or RuleIds.PartMissing or RuleIds.NotANumber);
    }
}
