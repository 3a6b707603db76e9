using Jixiao.Documents.Extraction;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Testing.Builders;

/// <summary>Self-evaluation tables (自评表) for rule fixtures: funding rows, indicator rows and the form's totals, in 万元 and 分.</summary>
public static class SelfEvaluationTables
{
    private const string TableName = "自评表";

    public static FundingRow Funding(string label, FundingSource source, string? initial, string? adjusted, string? actual,
        string? rate = null, string? weight = null, string? score = null, int line = 20) =>
        new(label, source,
            Money(initial, label, "年初预算数", line), Money(adjusted, label, "全年预算数", line), Money(actual, label, "全年执行数", line),
            Score(weight, label, "分值", line),
            rate is null ? null : NumberReader.Percent(rate, At(label, "执行率", line)),
            Score(score, label, "得分", line), null, At(label, null, line));

    public static TableIndicator Indicator(string name, string? weight, string? score = null, string level1 = "产出指标", string level2 = "数量指标",
        string target = "=100%", string? actual = null, int line = 40) =>
        new(new Indicator(Vocabulary.CategoryOf(level1) ?? IndicatorCategory.Output, Vocabulary.SubcategoryOf(level2), level1, level2, name, null, target,
                TargetParser.Parse(target), actual, Score(weight, name, "分值", line), Score(score, name, "得分", line), At(name, "三级指标", line)),
            null, target, null, null);

    public static SelfEvaluationTable Table(IEnumerable<FundingRow>? funding = null, IEnumerable<TableIndicator>? indicators = null,
        string? executionWeight = null, string? blockWeight = null, string? totalWeight = null, string? totalScore = null) =>
        new()
        {
            ProjectName = "测试项目",
            ImplementingUnit = "测试局",
            Funding = funding?.ToArray() ?? [],
            Indicators = indicators?.ToArray() ?? [],
            BudgetExecutionWeight = Score(executionWeight, "预算执行情况", "分值", 19),
            IndicatorBlockWeight = Score(blockWeight, "绩效指标", "分值", 39),
            TotalWeight = Score(totalWeight, "合计", "分值", 60),
            TotalScore = Score(totalScore, "合计", "得分", 60),
            Location = new SourceLocation(Table: TableName, Line: 1),
        };

    /// <summary>A 2023 项目支出绩效自评表 holding <paramref name="table"/>.</summary>
    public static ReportBuilder Report(SelfEvaluationTable table) =>
        new ReportBuilder().With(r => r with { Genre = ReportGenre.ProjectSelfEvaluationTable, Table = table });

    private static Stated? Money(string? text, string row, string column, int line) =>
        text is null ? null : NumberReader.Money(text, MoneyUnits.TenThousandYuan, At(row, column, line)) ?? throw new ArgumentException($"Not a number: {text}", nameof(text));

    private static Stated? Score(string? text, string row, string column, int line) =>
        text is null ? null : NumberReader.Score(text, At(row, column, line)) ?? throw new ArgumentException($"Not a score: {text}", nameof(text));

    private static SourceLocation At(string row, string? column, int line) => new(Table: TableName, Row: row, Column: column, Line: line);
}
