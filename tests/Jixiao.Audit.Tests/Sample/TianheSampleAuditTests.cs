using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Sample;

/// <summary>
/// The audit of the reference report: every contradiction of DOMAIN §1.3 is reported with all compared
/// numbers and their locations, rounding-only differences are info, and relations that hold stay silent.
/// </summary>
public sealed class TianheSampleAuditTests
{
    private static readonly Lazy<AuditResult> Result = new(() => new AuditEngine().Audit(TianheSample.Report));

    private static IEnumerable<Finding> Problems => Result.Value.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning);

    private static Finding Single(string ruleId, Func<Finding, bool> where) => Assert.Single(Result.Value.Findings, f => f.RuleId == ruleId && where(f));

    private static void AssertValues(Finding finding, params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.Contains(finding.Values, v => v.Number.Text == text && v.Number.Location.Line is not null);
        }
    }

    [Fact]
    public void Two_execution_rates_are_reported_with_their_bases()
    {
        var finding = Single(RuleIds.ExecutionRateConsistent, _ => true);
        Assert.Equal(Severity.Error, finding.Severity);
        AssertValues(finding, "96.98%", "97.12%", "4045.94", "4051.74");
        Assert.Equal(222, finding.Location.Line);
    }

    [Fact]
    public void The_income_final_used_as_expenditure_is_reported_in_the_conclusion_and_in_management()
    {
        var findings = Result.Value.Findings.Where(f => f.RuleId == RuleIds.ExecutedAmountIsExpenditure).ToArray();
        Assert.Equal([214, 222], findings.Select(f => f.Location.Line!.Value).Order());
        Assert.All(findings, f => AssertValues(f, "4045.94", "4051.74"));
    }

    [Fact]
    public void The_forest_fire_office_total_row_is_reported_as_unbalanced_and_its_adjustments_as_contradicting_its_lines()
    {
        var unbalanced = Single(RuleIds.AdjustedBudgetBalances, f => f.Location.Row == "森防办基本支出/基本支出合计");
        AssertValues(unbalanced, "403.52", "0", "146.83", "550.41");
        Assert.Equal(("256.69", "550.41", "293.72"), (unbalanced.Expected, unbalanced.Actual, unbalanced.Difference));
        Assert.Equal(164, unbalanced.Location.Line);

        var adjustments = Single(RuleIds.AdjustmentsMatchParts, f => f.Location.Row == "森防办基本支出/基本支出合计");
        AssertValues(adjustments, "146.83", "149.23", "2.34");
    }

    [Fact]
    public void Project_actual_and_adjusted_totals_disagree_with_the_narrative_by_4_01()
    {
        var project = Single(RuleIds.NarrativeMatchesBudgetTable, f => f.Arguments["Where"] == "项目支出");
        AssertValues(project, "1121.99", "11259991.55");
        var adjusted = Single(RuleIds.NarrativeMatchesBudgetTable, f => f.Arguments["Where"] == "调整预算支出");
        AssertValues(adjusted, "4171.75", "2962.29", "12134676.73");
    }

    [Fact]
    public void The_target_table_project_budget_disagrees_with_table_3_by_0_605()
    {
        var finding = Single(RuleIds.TargetTableMatchesBudgetTable, _ => true);
        AssertValues(finding, "888.51", "8879050");
        Assert.Equal("6050", finding.Difference);
    }

    [Fact]
    public void The_output_indicator_count_is_reported_against_its_parts_and_the_table_in_both_places()
    {
        var sums = Result.Value.Findings.Where(f => f.RuleId == RuleIds.IndicatorCountsAddUp).ToArray();
        Assert.Equal([204, 232], sums.Select(f => f.Location.Line!.Value).Order());
        Assert.All(sums, f => Assert.Equal(("6", "7"), (f.Expected, f.Actual)));
        var table = Result.Value.Findings.Where(f => f.RuleId == RuleIds.IndicatorCountsMatchTable).ToArray();
        Assert.Equal(2, table.Length);
        Assert.All(table, f => Assert.Equal("数量指标", f.Arguments["Indicator"]));
    }

    [Fact]
    public void Twelve_accidents_against_a_zero_accident_target_are_reported()
    {
        var finding = Single(RuleIds.OutcomeContradictsTarget, _ => true);
        Assert.Equal("安全事故发生次数", finding.Arguments["Indicator"]);
        AssertValues(finding, "12");
        Assert.Equal(49, finding.Values[0].Number.Location.Line);
    }

    [Fact]
    public void Rounding_only_differences_are_info()
    {
        var rounding = Result.Value.Findings.Where(f => f.WithinRounding).ToArray();
        Assert.NotEmpty(rounding);
        Assert.All(rounding, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains(rounding, f => f.RuleId == RuleIds.BasicPlusProjectIsTotal);
        Assert.Contains(rounding, f => f.RuleId == RuleIds.TotalMatchesParts && f.Actual == "2962.29");
    }

    [Theory]
    [InlineData(RuleIds.SharesMatchAmounts)]
    [InlineData(RuleIds.GrowthRateMatches)]
    [InlineData(RuleIds.BreakdownAddsUp)]
    [InlineData(RuleIds.EvaluatedFundsMatchProjects)]
    [InlineData(RuleIds.RevenueSourcesAddUp)]
    [InlineData(RuleIds.BudgetOverviewBalances)]
    [InlineData(RuleIds.RateMatchesFigures)]
    [InlineData(RuleIds.EconomicNarrativeMatchesTable)]
    [InlineData(RuleIds.ProjectCoverageMatchesTable)]
    [InlineData(RuleIds.CompletionBandWithinCount)]
    [InlineData(RuleIds.ScoreWithinMaximum)]
    public void Relations_that_hold_raise_no_error_or_warning(string ruleId) =>
        Assert.DoesNotContain(Problems, f => f.RuleId == ruleId);

    [Fact]
    public void The_32_project_rows_and_their_total_agree()
    {
        Assert.DoesNotContain(Result.Value.Findings, f => f.Location.Row == "项目支出合计" && f.RuleId == RuleIds.TotalMatchesParts);
        Assert.DoesNotContain(Result.Value.Findings, f => f.RuleId == RuleIds.AdjustedBudgetBalances && f.Location.Row != "森防办基本支出/基本支出合计");
    }

    [Fact]
    public void Every_finding_names_a_location_and_every_compared_value_has_one()
    {
        Assert.All(Result.Value.Findings, f =>
        {
            Assert.True(f.Location.Line is not null || f.Location.Table is not null, $"{f.RuleId} has no location");
            Assert.All(f.Values, v => Assert.NotNull(v.Number.Location.Line));
        });
    }
}
