using Jixiao.Documents.Extraction;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;
using static Jixiao.Documents.Workbook.PrefillValues;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// How a report goes into the self-evaluation workbook, in one of two <see cref="PrefillMode"/>s. For `jixiao template`
/// (<see cref="PrefillMode.NextYear"/>): the department and year, and — from last year's report (`--from`) — what carries
/// over (部门职能, 下属单位, 项目, 绩效指标 and their targets, 评分项目 and their points) as values to keep, and last
/// year's figures (实际支出, 决算数, 完成值, 自评得分) only in the reference columns, never as the new year's inputs.
/// For an export (<see cref="PrefillMode.SameYear"/>, <see cref="WorkbookExport"/>): the same places, with every figure
/// of the report in its own input cell (a stated derived figure typed over its formula), plus what only this year has
/// (标题, 年度工作, 重点工作任务, 绩效管理, 问题与措施, 监控).
/// </summary>
public static class TemplatePrefill
{
    /// <summary>Next year's template, pre-filled from last year's report when there is one.</summary>
    public static TemplateContent Build(int? year, string? department, Report? previous) =>
        new Filler(previous, PrefillMode.NextYear, year ?? previous?.Year + 1, department).Fill();

    /// <summary>The workbook holding a report's own figures for its own year.</summary>
    public static TemplateContent SameYear(Report report) => new Filler(report, PrefillMode.SameYear, report.Year, null).Fill();

    /// <summary>Last year's 部门职能, one row each, as values to keep (both workbooks have the block).</summary>
    internal static void Functions(TemplateContent content, Report? previous)
    {
        foreach (var function in previous?.Profile.Functions ?? [])
        {
            content.Row(WorkbookLayout.Functions, new Dictionary<string, TemplateValue> { ["text"] = new TemplateValue.Text(function) });
        }
    }

    /// <summary>
    /// The 预算整体情况 of <see cref="WorkbookLayout.Overview"/> (both workbooks have it): last year's in the reference
    /// column, or this year's as the values.
    /// </summary>
    internal static void Overview(TemplateContent content, BudgetOverview overview, PrefillMode mode)
    {
        foreach (var (key, stated) in new[]
        {
            ("basic", overview.Basic), ("project", overview.Project), ("fiscalAppropriation", overview.FiscalAppropriation),
            ("otherFunds", overview.OtherFunds), ("specialFunds", overview.SpecialFunds), ("otherDevelopment", overview.OtherDevelopment),
            ("ownLevel", overview.OwnLevel), ("transfersDown", overview.TransfersDown),
        })
        {
            Put(content, mode, WorkbookLayout.Overview, key, Figure(stated, mode == PrefillMode.SameYear));
        }
    }

    /// <summary>A form field's figure: the value in <see cref="PrefillMode.SameYear"/>, last year's reference otherwise.</summary>
    private static void Put(TemplateContent content, PrefillMode mode, FormSpec form, string key, TemplateValue? value)
    {
        if (mode == PrefillMode.SameYear)
        {
            content.Field(form, key, value);
        }
        else
        {
            content.Field(form, key, null, value);
        }
    }

    /// <summary>Fills one content from one report, one method per part of the workbook.</summary>
    private sealed class Filler(Report? report, PrefillMode mode, int? year, string? department)
    {
        private readonly TemplateContent _content = new() { Year = year };

        private bool Own => mode == PrefillMode.SameYear;

        public TemplateContent Fill()
        {
            _content.Field(WorkbookLayout.ProfileForm, "department", TextOf(department ?? report?.Department ?? report?.Targets?.DepartmentName));
            _content.Field(WorkbookLayout.ProfileForm, "year", year is { } y ? new TemplateValue.Number(y) : null);
            Profile();
            Targets(report?.Targets);
            Finance();
            Budget(report?.BudgetTable);
            Evaluation();
            if (Own && report is not null)
            {
                Management(report.Claims);
                Lines(WorkbookLayout.Problems, report.Problems);
                Lines(WorkbookLayout.Measures, report.Measures);
                Monitoring(report.Monitoring);
            }

            return _content;
        }

        /// <summary>A figure as its cell holds it: typed in <see cref="PrefillMode.SameYear"/>, a reference otherwise.</summary>
        private TemplateValue? Value(Stated? stated) => Figure(stated, Own);

        /// <summary>
        /// A row's figures: this year's in their columns (<see cref="PrefillMode.SameYear"/>), or last year's
        /// <paramref name="reference"/> in the reference column.
        /// </summary>
        private (string Key, TemplateValue? Value)[] Figures(Stated? reference, params (string Key, Stated? Stated)[] own) =>
            Own ? [.. own.Select(f => (f.Key, Value(f.Stated)))] : [("reference", Figure(reference))];

        private void Put(FormSpec form, string key, TemplateValue? value) => TemplatePrefill.Put(_content, mode, form, key, value);

        private void Lines(TableSpec table, IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                _content.Row(table, Cells(("text", TextOf(line))));
            }
        }

        private void Profile()
        {
            var units = (report?.Profile.SubUnits ?? []).Concat(report?.BudgetTable?.UnitBlocks.Select(b => b.Name) ?? []).Distinct(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                _content.Row(WorkbookLayout.Units, Cells(("name", TextOf(unit))));
            }

            Functions(_content, report);
            if (Own)
            {
                _content.Field(WorkbookLayout.ProfileForm, "title", TextOf(report?.Title));
                Lines(WorkbookLayout.AnnualWork, report?.Profile.AnnualWork ?? []);
            }
        }

        private void Targets(PerformanceTargetTable? targets)
        {
            if (targets is null)
            {
                return;
            }

            Put(WorkbookLayout.TargetForm, "goal", TextOf(targets.OverallGoal));
            foreach (var (key, value) in BasicInfo(targets))
            {
                Put(WorkbookLayout.TargetForm, key, value);
            }

            Overview(_content, targets.Overview, mode);
            foreach (var task in Own ? targets.KeyTasks : [])
            {
                _content.Row(WorkbookLayout.KeyTasks, Cells(
                    ("name", TextOf(task.Name)), ("content", TextOf(task.Content)), ("funds", Value(task.Funds)), ("expected", TextOf(task.Expected))));
            }

            foreach (var indicator in targets.Indicators)
            {
                (string, TemplateValue?)[] results = Own
                    ? [("actual", TextOf(indicator.Actual)), ("maxScore", Value(indicator.MaxScore)), ("score", Value(indicator.Score))]
                    : [("reference", TextOf(indicator.Actual))];
                _content.Row(WorkbookLayout.Indicators, Cells([.. Indicator(indicator), .. results]));
            }
        }

        private void Finance()
        {
            var revenue = report?.Revenue;
            (string, TemplateValue?)[] RevenueFigures(RevenueLine? line) => Figures(line?.Final,
                ("initial", line?.Initial), ("adjusted", line?.Adjusted), ("final", line?.Final), ("increase", line?.Increase), ("growthRate", line?.GrowthRate));

            _content.Row(WorkbookLayout.Revenue, Cells([("source", TextOf(WorkbookLayout.TotalLabel)), .. RevenueFigures(revenue?.Total)]));
            var sources = revenue is { Sources.Count: > 0 }
                ? revenue.Sources.Select(s => (s.Source, Line: (RevenueLine?)s))
                : WorkbookLayout.RevenueSources.Select(name => ((string?)name, Line: (RevenueLine?)null));
            foreach (var (source, line) in sources)
            {
                _content.Row(WorkbookLayout.Revenue, Cells([("source", TextOf(source)), .. RevenueFigures(line)]));
            }

            if (report?.Expenditure is { } expenditure)
            {
                foreach (var (key, stated) in new[]
                {
                    ("initial", expenditure.Initial), ("adjusted", expenditure.Adjusted), ("actual", expenditure.Actual), ("basic", expenditure.Basic),
                    ("basicShare", expenditure.BasicShare), ("personnel", expenditure.Personnel), ("operating", expenditure.Operating),
                    ("project", expenditure.Project), ("projectShare", expenditure.ProjectShare), ("executionRate", expenditure.ExecutionRate),
                })
                {
                    Put(WorkbookLayout.Expenditure, key, Value(stated));
                }
            }

            var economic = report?.EconomicTable;
            _content.Row(WorkbookLayout.Economic, Cells([("name", TextOf(WorkbookLayout.TotalLabel)), .. Figures(economic?.Total?.Amount, ("amount", economic?.Total?.Amount), ("share", economic?.Total?.Share))]));
            var rows = economic is { Rows.Count: > 0 } ? economic.Rows : WorkbookLayout.EconomicClasses.Select(name => new EconomicRow(name, null, null, SourceLocation.Unknown)).ToList();
            foreach (var row in rows)
            {
                _content.Row(WorkbookLayout.Economic, Cells([("name", TextOf(row.Name)), .. Figures(row.Amount, ("amount", row.Amount), ("share", row.Share))]));
            }
        }

        private void Budget(BudgetExecutionTable? table)
        {
            BasicBlock(WorkbookLayout.DepartmentBasic, ("scope", WorkbookLayout.DepartmentScope), table?.DepartmentBlock);
            foreach (var unit in table?.UnitBlocks ?? [])
            {
                BasicBlock(WorkbookLayout.UnitBasic, ("unit", unit.Name), unit);
            }

            _content.Row(WorkbookLayout.Projects, Cells([("name", TextOf(WorkbookLayout.ProjectTotalLabel)), .. BudgetFigures(table?.ProjectTotal)]));
            foreach (var project in table?.Projects ?? [])
            {
                _content.Row(WorkbookLayout.Projects, Cells([("name", TextOf(project.Label)), ("implementingUnit", TextOf(project.ImplementingUnit)), .. BudgetFigures(project)]));
            }
        }

        private (string, TemplateValue?)[] BudgetFigures(BudgetRow? row) => Figures(row?.Actual,
            ("initial", row?.Initial), ("increase", row?.Increase), ("decrease", row?.Decrease), ("adjusted", row?.Adjusted),
            ("actual", row?.Actual), ("executionRate", row?.ExecutionRate));

        /// <summary>A block of basic expenditure: its total row, then the standard lines, with the block's figures of each.</summary>
        private void BasicBlock(TableSpec layout, (string Key, string Value) scope, BudgetBlock? block)
        {
            _content.Row(layout, Cells([(scope.Key, TextOf(scope.Value)), ("item", TextOf(WorkbookLayout.BasicTotalLabel)), .. BudgetFigures(block?.Total)]));
            foreach (var line in WorkbookLayout.BasicLines)
            {
                var kind = Vocabulary.LineKindOf(line);
                var figures = block?.Lines.FirstOrDefault(l => l.Kind == kind);
                _content.Row(layout, Cells([(scope.Key, TextOf(scope.Value)), ("item", TextOf(line)), .. BudgetFigures(figures)]));
            }
        }

        private void Evaluation()
        {
            if (report?.Conclusion is { } conclusion)
            {
                Put(WorkbookLayout.Conclusion, "budget", Value(conclusion.Budget));
                Put(WorkbookLayout.Conclusion, "executed", Value(conclusion.Executed));
                Put(WorkbookLayout.Conclusion, "executionRate", Value(conclusion.ExecutionRate));
            }

            foreach (var score in report?.Claims.OfType<ScoreClaim>() ?? [])
            {
                _content.Row(WorkbookLayout.Scores, Cells([("item", TextOf(score.Item)), ("maxScore", Figure(score.MaxScore)), (Own ? "score" : "reference", Figure(score.SelfScore))]));
            }
        }

        /// <summary>绩效管理: the first claim of each kind the form has a row for.</summary>
        private void Management(IReadOnlyList<Claim> claims)
        {
            var form = WorkbookLayout.Management;
            foreach (var (key, kind) in new[] { ("monitoringDate", DateKind.Monitoring), ("selfEvaluationDate", DateKind.SelfEvaluation) })
            {
                if (claims.OfType<DateClaim>().FirstOrDefault(d => d.Kind == kind) is { } date)
                {
                    _content.Field(form, key, new TemplateValue.Text(date.Day is { } day ? $"{date.Year}年{date.Month}月{day}日" : $"{date.Year}年{date.Month}月"));
                }
            }

            if (claims.OfType<ProjectCoverageClaim>().FirstOrDefault() is { } coverage)
            {
                _content.Field(form, "level1Projects", Value(coverage.Level1Projects));
                _content.Field(form, "level2Projects", Value(coverage.Level2Projects));
                _content.Field(form, "coverageFunds", Value(coverage.Funds));
                _content.Field(form, "coverageShare", Value(coverage.Share));
            }

            var evaluated = claims.OfType<EvaluatedFundsClaim>().ToList();
            if (evaluated.FirstOrDefault(c => c.Scope == EvaluationScope.KeyProjects) is { } keyProjects)
            {
                _content.Field(form, "keyProjects", TextOf(string.Join("、", keyProjects.ProjectNames)));
                _content.Field(form, "keyProjectCount", Value(keyProjects.ProjectCount));
                _content.Field(form, "keyProjectFunds", Value(keyProjects.GeneralBudgetFunds));
            }

            if (evaluated.FirstOrDefault(c => c.Scope == EvaluationScope.Department) is { } department)
            {
                _content.Field(form, "departmentFunds", Value(department.GeneralBudgetFunds));
            }
        }

        private void Monitoring(MonitoringTable? monitoring)
        {
            if (monitoring is null)
            {
                return;
            }

            _content.Field(WorkbookLayout.MonitoringForm, "month", monitoring.Period is { } period ? new TemplateValue.Number(period.Month) : null);
            _content.Field(WorkbookLayout.MonitoringForm, "title", TextOf(monitoring.Title));
            foreach (var row in monitoring.Budgets)
            {
                _content.Row(WorkbookLayout.MonitoringBudgets, Cells(
                    ("name", TextOf(row.Name)), ("budget", Value(row.AnnualBudget)), ("executed", Value(row.Executed)), ("executionRate", Value(row.ExecutionRate)),
                    ("forecast", Value(row.ForecastExecuted)), ("cause", TextOf(row.Cause is { } cause ? MonitoringWords.Name(cause) : null)), ("explanation", TextOf(row.Explanation))));
            }

            foreach (var indicator in monitoring.Indicators)
            {
                _content.Row(WorkbookLayout.MonitoringIndicators, Cells(
                    ("level1", TextOf(indicator.Level1 is { } l1 && Vocabulary.CategoryOf(l1) is { } category ? IndicatorNames.Category(category) : null)),
                    ("level2", TextOf(indicator.Level2 is { } l2 && Vocabulary.SubcategoryOf(l2) is { } subcategory ? IndicatorNames.Subcategory(subcategory) : null)),
                    ("name", TextOf(indicator.Name)), ("target", TextOf(indicator.Target.Raw)), ("toDate", TextOf(indicator.ToDateText)),
                    ("forecast", TextOf(indicator.ForecastText)), ("cause", TextOf(indicator.Cause is { } cause ? MonitoringWords.Name(cause) : null)),
                    ("explanation", TextOf(indicator.Explanation)), ("likelihood", TextOf(indicator.Likelihood is { } likelihood ? MonitoringWords.Name(likelihood) : null))));
            }
        }
    }
}
