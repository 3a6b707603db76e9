using Jixiao.Audit.Engine;
using Jixiao.Audit.Rules.Indicators;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Corrections;

/// <summary>
/// Makes a corrected copy of a report whose figures contradict each other, resolving every contradiction in favour
/// of the detailed tables: 表3 totals from their rows (the department block from its units), the narrative's
/// expenditure from 表3, the conclusion and the evaluated funds from the expenditure, the target table's budget
/// overview from 表3, indicator counts from the indicator table. Figures that agree within rounding are kept as
/// printed; every change is listed.
/// </summary>
public static class ReportCorrector
{
    private static readonly BudgetColumn[] Amounts = [BudgetColumn.Initial, BudgetColumn.Increase, BudgetColumn.Decrease, BudgetColumn.Adjusted, BudgetColumn.Actual];

    public static (Report Report, IReadOnlyList<Correction> Changes) Correct(Report report)
    {
        var corrector = new Corrector();
        var table = report.BudgetTable is { } budget ? BudgetTable(budget, corrector) : null;
        var expenditure = report.Expenditure is { } stated && table is not null ? Expenditure(stated, table, corrector) : report.Expenditure;
        var corrected = report with
        {
            BudgetTable = table,
            Expenditure = expenditure,
            Revenue = report.Revenue is { } revenue && expenditure is not null && table is not null ? Revenue(revenue, expenditure, corrector) : report.Revenue,
            Conclusion = report.Conclusion is { } conclusion && expenditure is not null ? Conclusion(conclusion, expenditure, corrector) : report.Conclusion,
            Targets = report.Targets is { } targets && table is not null ? Balance(Overview(targets, table, corrector), corrector) : report.Targets,
        };
        corrected = corrected with { Claims = Claims(corrected, corrector) };
        if (corrected.EconomicTable?.Total?.Amount is { } economic && corrected.Expenditure?.Actual is { } spent
            && Reconciliation.Compare(economic, spent) == Agreement.Mismatch)
        {
            corrector.Unresolved("表2合计与正文“决算支出”", $"{economic.Text}{economic.Unit}", $"{spent.Text}{spent.Unit}",
                "表2（经济分类）与表3（预算明细）两张明细表互相矛盾，无法按明细更正，需单位核实");
        }

        return (corrected, corrector.Changes);
    }

    private static BudgetExecutionTable BudgetTable(BudgetExecutionTable table, Corrector corrector)
    {
        var name = TableName(table);
        var units = table.UnitBlocks.Select(b => Block(b, null, name, corrector)).ToArray();
        var blocks = table.BasicBlocks.Select(b => b.IsDepartment ? Block(b, units, name, corrector) : units.First(u => u.Name == b.Name)).ToArray();
        var projects = table.Projects.Select(p => RateOf(p, $"{name}“{p.Label}”", corrector)).ToArray();
        var projectTotal = table.ProjectTotal is { } total ? Total(total, projects, $"{name}“项目支出合计”", "按各项目之和", corrector) : null;
        return table with { BasicBlocks = blocks, Projects = projects, ProjectTotal = projectTotal };
    }

    /// <summary>A block's lines (from the units' lines of the same kind, for the department block) and its total from its lines.</summary>
    private static BudgetBlock Block(BudgetBlock block, IReadOnlyList<BudgetBlock>? units, string table, Corrector corrector)
    {
        string Where(BudgetRow row) => $"{table}“{block.Name}/{row.Label}”";
        var lines = block.Lines.Select(line =>
        {
            var parts = units?.Select(u => u.Lines.FirstOrDefault(l => l.Kind == line.Kind && line.Kind != BudgetLineKind.Other)).ToArray();
            var fixedLine = parts is { Length: > 0 } && parts.All(p => p is not null)
                ? Total(line, parts!, Where(line), "按各单位之和", corrector)
                : line;
            return RateOf(fixedLine, Where(fixedLine), corrector);
        }).ToArray();
        if (block.Total is not { } total)
        {
            return block with { Lines = lines };
        }

        var fromUnits = units is { Count: > 0 } && units.All(u => u.Total is not null);
        var newTotal = fromUnits
            ? Total(total, units!.Select(u => u.Total!).ToArray(), Where(total), "按各单位合计之和", corrector)
            : Total(total, lines.Where(l => !l.IsMemoLine).ToArray(), Where(total), "按各明细行之和", corrector);
        return block with { Lines = lines, Total = newTotal };
    }

    /// <summary>Each amount column of <paramref name="row"/> from the sum of <paramref name="parts"/>, then its rate.</summary>
    private static BudgetRow Total(BudgetRow row, IReadOnlyList<BudgetRow> parts, string where, string reason, Corrector corrector)
    {
        Stated? Sum(BudgetColumn column) =>
            corrector.Fix(row.Get(column), Derived.Sum(parts.Select(p => p.Get(column))), $"{where}{AuditLabels.Column(column)}", reason);
        var summed = row with
        {
            Initial = Sum(BudgetColumn.Initial),
            Increase = Sum(BudgetColumn.Increase),
            Decrease = Sum(BudgetColumn.Decrease),
            Adjusted = Sum(BudgetColumn.Adjusted),
            Actual = Sum(BudgetColumn.Actual),
        };
        return RateOf(summed, where, corrector);
    }

    private static BudgetRow RateOf(BudgetRow row, string where, Corrector corrector) =>
        row with { ExecutionRate = corrector.Fix(row.ExecutionRate, Derived.Rate(row.Actual, row.Adjusted), $"{where}{AuditLabels.Column(BudgetColumn.ExecutionRate)}", "按实际支出 ÷ 调整后预算数") };

    private static ExpenditureStatement Expenditure(ExpenditureStatement stated, BudgetExecutionTable table, Corrector corrector)
    {
        var basic = table.DepartmentBlock?.Total;
        var projects = table.ProjectTotal;
        Derived? Both(BudgetColumn column) => Derived.Sum([basic?.Get(column), projects?.Get(column)]);
        const string section = "正文支出";
        var actual = corrector.Fix(stated.Actual, Both(BudgetColumn.Actual), $"{section}“决算支出”", "按表3基本支出与项目支出合计之和");
        var adjusted = corrector.Fix(stated.Adjusted, Both(BudgetColumn.Adjusted), $"{section}“调整预算支出”", "按表3基本支出与项目支出合计之和");
        var basicActual = corrector.Fix(stated.Basic, Derived.Of(basic?.Actual), $"{section}“基本支出”", "按表3基本支出合计");
        var projectActual = corrector.Fix(stated.Project, Derived.Of(projects?.Actual), $"{section}“项目支出”", "按表3项目支出合计");
        return stated with
        {
            Initial = corrector.Fix(stated.Initial, Both(BudgetColumn.Initial), $"{section}“年初预算支出”", "按表3基本支出与项目支出合计之和"),
            Adjusted = adjusted,
            Actual = actual,
            Basic = basicActual,
            Project = projectActual,
            BasicShare = corrector.Fix(stated.BasicShare, Derived.Rate(basicActual, actual), $"{section}“基本支出占比”", "按基本支出 ÷ 决算支出"),
            ProjectShare = corrector.Fix(stated.ProjectShare, Derived.Rate(projectActual, actual), $"{section}“项目支出占比”", "按项目支出 ÷ 决算支出"),
            ExecutionRate = corrector.Fix(stated.ExecutionRate, Derived.Rate(actual, adjusted), $"{section}“部门预算执行率”", "按决算支出 ÷ 调整预算支出"),
        };
    }

    /// <summary>The budget revenue as budgeted and adjusted equals the budget expenditure; with one source, that source too.</summary>
    private static RevenueStatement Revenue(RevenueStatement revenue, ExpenditureStatement expenditure, Corrector corrector)
    {
        RevenueLine Line(RevenueLine line, string name) => line with
        {
            Initial = corrector.Fix(line.Initial, Derived.Of(expenditure.Initial), $"正文收入“{name}预算收入”", "按年初预算支出"),
            Adjusted = corrector.Fix(line.Adjusted, Derived.Of(expenditure.Adjusted), $"正文收入“{name}调整预算数”", "按调整预算支出"),
        };
        var funded = revenue.Sources.Where(s => s.Initial is { Value: not 0 } || s.Adjusted is { Value: not 0 }).ToArray();
        return new RevenueStatement(
            Line(revenue.Total, string.Empty),
            revenue.Sources.Select(s => funded.Length == 1 && ReferenceEquals(s, funded[0]) ? Line(s, s.Source ?? string.Empty) : s).ToArray());
    }

    private static SelfEvaluationConclusion Conclusion(SelfEvaluationConclusion conclusion, ExpenditureStatement expenditure, Corrector corrector)
    {
        var budget = corrector.Fix(conclusion.Budget, Derived.Of(expenditure.Adjusted), "自评结论“全年预算数”", "按调整预算支出");
        var executed = corrector.Fix(conclusion.Executed, Derived.Of(expenditure.Actual), "自评结论“执行数”", "按支出决算数（不是收入决算数）");
        return conclusion with
        {
            Budget = budget,
            Executed = executed,
            ExecutionRate = corrector.Fix(conclusion.ExecutionRate, Derived.Rate(executed, budget), "自评结论“完成预算的比例”", "按执行数 ÷ 全年预算数"),
        };
    }

    /// <summary>The target table's 基本支出 and 项目支出 from 表3's 年初预算 (the budget the targets were declared with).</summary>
    private static PerformanceTargetTable Overview(PerformanceTargetTable targets, BudgetExecutionTable table, Corrector corrector)
    {
        var overview = targets.Overview;
        return targets with
        {
            Overview = overview with
            {
                Basic = corrector.Fix(overview.Basic, Derived.Of(table.DepartmentBlock?.Total?.Initial), "绩效目标表“基本支出”", "按表3基本支出合计的年初预算"),
                Project = corrector.Fix(overview.Project, Derived.Of(table.ProjectTotal?.Initial), "绩效目标表“项目支出”", "按表3项目支出合计的年初预算"),
            },
        };
    }

    /// <summary>With no other funds and no transfers down, 财政拨款 and 本级使用资金 equal 基本支出 + 项目支出.</summary>
    private static PerformanceTargetTable Balance(PerformanceTargetTable targets, Corrector corrector)
    {
        var overview = targets.Overview;
        var total = Derived.Sum([overview.Basic, overview.Project]);
        return targets with
        {
            Overview = overview with
            {
                FiscalAppropriation = overview.OtherFunds is null or { Value: 0 }
                    ? corrector.Fix(overview.FiscalAppropriation, total, "绩效目标表“财政拨款”", "按基本支出与项目支出之和") : overview.FiscalAppropriation,
                OwnLevel = overview.TransfersDown is null or { Value: 0 }
                    ? corrector.Fix(overview.OwnLevel, total, "绩效目标表“本级使用资金”", "按基本支出与项目支出之和") : overview.OwnLevel,
            },
        };
    }

    /// <summary>Indicator counts from the indicator table; evaluated department funds from the expenditure.</summary>
    private static Claim[] Claims(Report report, Corrector corrector)
    {
        var tally = new IndicatorTally(report);
        return report.Claims.Select(claim => claim switch
        {
            IndicatorCountClaim count when tally.HasTable => count with
            {
                Total = corrector.Fix(count.Total, Derived.Count(tally.Count(count.Category)), $"正文“{IndicatorNames.Category(count.Category)}个数”", "按绩效目标表")!,
                Parts = count.Parts.Select(p => p with
                {
                    Count = corrector.Fix(p.Count, Derived.Count(tally.Count(p.Subcategory)), $"正文“{IndicatorNames.Subcategory(p.Subcategory)}个数”", "按绩效目标表")!,
                }).ToArray(),
            },
            EvaluatedFundsClaim { Scope: EvaluationScope.Department } funds when report.Expenditure?.Actual is { } actual => funds with
            {
                GeneralBudgetFunds = corrector.Fix(funds.GeneralBudgetFunds, Derived.Of(actual), "部门整体自评“涉及一般公共预算支出”", "按支出决算数"),
            },
            _ => claim,
        }).ToArray();
    }

    private static string TableName(BudgetExecutionTable table) => table.Location.Table ?? "表3";
}
