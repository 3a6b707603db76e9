using Jixiao.Documents.Extraction;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using static Jixiao.Documents.Workbook.PrefillValues;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// What `jixiao template` pre-fills: the department and year, and — from last year's report (`--from`) — what carries
/// over (部门职能, 下属单位, 项目, 绩效指标 and their targets, 评分项目 and their points) as values to keep, and last
/// year's figures (实际支出, 决算数, 完成值, 自评得分) only in the reference columns, never as the new year's inputs.
/// </summary>
public static class TemplatePrefill
{
    public static TemplateContent Build(int? year, string? department, Report? previous)
    {
        year ??= previous?.Year + 1;
        department ??= previous?.Department ?? previous?.Targets?.DepartmentName;
        var content = new TemplateContent { Year = year };
        content.Field(WorkbookLayout.ProfileForm, "department", TextOf(department));
        content.Field(WorkbookLayout.ProfileForm, "year", year is { } y ? new TemplateValue.Number(y) : null);

        Profile(content, previous);
        Targets(content, previous?.Targets);
        Finance(content, previous);
        Budget(content, previous?.BudgetTable);
        Evaluation(content, previous);
        return content;
    }

    private static void Profile(TemplateContent content, Report? previous)
    {
        foreach (var unit in UnitsOf(previous))
        {
            content.Row(WorkbookLayout.Units, new Dictionary<string, TemplateValue> { ["name"] = new TemplateValue.Text(unit) });
        }

        Functions(content, previous);
    }

    /// <summary>Last year's 部门职能, one row each, as values to keep (both workbooks have the block).</summary>
    internal static void Functions(TemplateContent content, Report? previous)
    {
        foreach (var function in previous?.Profile.Functions ?? [])
        {
            content.Row(WorkbookLayout.Functions, new Dictionary<string, TemplateValue> { ["text"] = new TemplateValue.Text(function) });
        }
    }

    private static IEnumerable<string> UnitsOf(Report? previous) =>
        (previous?.Profile.SubUnits ?? []).Concat(previous?.BudgetTable?.UnitBlocks.Select(b => b.Name) ?? []).Distinct(StringComparer.Ordinal);

    private static void Targets(TemplateContent content, PerformanceTargetTable? targets)
    {
        if (targets is null)
        {
            return;
        }

        content.Field(WorkbookLayout.TargetForm, "goal", null, TextOf(targets.OverallGoal));
        foreach (var (key, last) in BasicInfo(targets))
        {
            content.Field(WorkbookLayout.TargetForm, key, null, last);
        }

        OverviewReference(content, targets.Overview);
        foreach (var indicator in targets.Indicators)
        {
            content.Row(WorkbookLayout.Indicators, Cells([.. PrefillValues.Indicator(indicator), ("reference", TextOf(indicator.Actual))]));
        }
    }

    /// <summary>Last year's 预算整体情况 in the reference column of <see cref="WorkbookLayout.Overview"/> (both workbooks have it).</summary>
    internal static void OverviewReference(TemplateContent content, BudgetOverview overview)
    {
        foreach (var (key, stated) in new[]
        {
            ("basic", overview.Basic), ("project", overview.Project), ("fiscalAppropriation", overview.FiscalAppropriation),
            ("otherFunds", overview.OtherFunds), ("specialFunds", overview.SpecialFunds), ("otherDevelopment", overview.OtherDevelopment),
            ("ownLevel", overview.OwnLevel), ("transfersDown", overview.TransfersDown),
        })
        {
            content.Field(WorkbookLayout.Overview, key, null, Amount(stated));
        }
    }

    private static void Finance(TemplateContent content, Report? previous)
    {
        var revenue = previous?.Revenue;
        content.Row(WorkbookLayout.Revenue, Cells(("source", TextOf(WorkbookLayout.TotalLabel)), ("reference", Amount(revenue?.Total.Final))));
        var sources = revenue is { Sources.Count: > 0 }
            ? revenue.Sources.Select(s => (s.Source, s.Final))
            : WorkbookLayout.RevenueSources.Select(name => ((string?)name, (Stated?)null));
        foreach (var (source, final) in sources)
        {
            content.Row(WorkbookLayout.Revenue, Cells(("source", TextOf(source)), ("reference", Amount(final))));
        }

        if (previous?.Expenditure is { } expenditure)
        {
            foreach (var (key, stated) in new[]
            {
                ("initial", expenditure.Initial), ("adjusted", expenditure.Adjusted), ("actual", expenditure.Actual), ("basic", expenditure.Basic),
                ("basicShare", expenditure.BasicShare), ("personnel", expenditure.Personnel), ("operating", expenditure.Operating),
                ("project", expenditure.Project), ("projectShare", expenditure.ProjectShare), ("executionRate", expenditure.ExecutionRate),
            })
            {
                content.Field(WorkbookLayout.Expenditure, key, null, Figure(stated));
            }
        }

        var economic = previous?.EconomicTable;
        content.Row(WorkbookLayout.Economic, Cells(("name", TextOf(WorkbookLayout.TotalLabel)), ("reference", Amount(economic?.Total?.Amount))));
        var rows = economic is { Rows.Count: > 0 } ? economic.Rows : WorkbookLayout.EconomicClasses.Select(name => new EconomicRow(name, null, null, SourceLocation.Unknown)).ToList();
        foreach (var row in rows)
        {
            content.Row(WorkbookLayout.Economic, Cells(("name", TextOf(row.Name)), ("reference", Amount(row.Amount))));
        }
    }

    private static void Budget(TemplateContent content, BudgetExecutionTable? table)
    {
        BasicBlock(content, WorkbookLayout.DepartmentBasic, ("scope", WorkbookLayout.DepartmentScope), table?.DepartmentBlock);
        foreach (var unit in table?.UnitBlocks ?? [])
        {
            BasicBlock(content, WorkbookLayout.UnitBasic, ("unit", unit.Name), unit);
        }

        content.Row(WorkbookLayout.Projects, Cells(("name", TextOf(WorkbookLayout.ProjectTotalLabel)), ("reference", Amount(table?.ProjectTotal?.Actual))));
        foreach (var project in table?.Projects ?? [])
        {
            content.Row(WorkbookLayout.Projects, Cells(
                ("name", TextOf(project.Label)),
                ("implementingUnit", TextOf(project.ImplementingUnit)),
                ("reference", Amount(project.Actual))));
        }
    }

    /// <summary>A block of basic expenditure: its total row, then the standard lines, with last year's actuals for reference.</summary>
    private static void BasicBlock(TemplateContent content, TableSpec layout, (string Key, string Value) scope, BudgetBlock? previous)
    {
        content.Row(layout, Cells((scope.Key, TextOf(scope.Value)), ("item", TextOf(WorkbookLayout.BasicTotalLabel)), ("reference", Amount(previous?.Total?.Actual))));
        foreach (var line in WorkbookLayout.BasicLines)
        {
            var kind = Vocabulary.LineKindOf(line);
            var last = previous?.Lines.FirstOrDefault(l => l.Kind == kind);
            content.Row(layout, Cells((scope.Key, TextOf(scope.Value)), ("item", TextOf(line)), ("reference", Amount(last?.Actual))));
        }
    }

    private static void Evaluation(TemplateContent content, Report? previous)
    {
        if (previous?.Conclusion is { } conclusion)
        {
            content.Field(WorkbookLayout.Conclusion, "budget", null, Amount(conclusion.Budget));
            content.Field(WorkbookLayout.Conclusion, "executed", null, Amount(conclusion.Executed));
            content.Field(WorkbookLayout.Conclusion, "executionRate", null, Figure(conclusion.ExecutionRate));
        }

        foreach (var score in previous?.Claims.OfType<ScoreClaim>() ?? [])
        {
            content.Row(WorkbookLayout.Scores, Cells(
                ("item", TextOf(score.Item)),
                ("maxScore", score.MaxScore is { } max ? new TemplateValue.Number(max.Value) : null),
                ("reference", score.SelfScore is { } self ? new TemplateValue.Number(self.Value) : null)));
        }
    }
}
