using Jixiao.Documents.Workbook;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Testing.Workbooks;

/// <summary>
/// A report transcribed into the Jixiao workbook as a user would: the template pre-filled from the report itself
/// (`template --from`), every money unit set to 元, and every figure of the report typed in. A derived cell keeps its
/// formula when the report's figure is what the formula computes (checked here independently of the importer) and is
/// typed over when it is not — the way published figures that do not add up are entered.
/// </summary>
public static class ReportWorkbook
{
    public static byte[] Template(Report report) => TemplateWriter.Write(TemplatePrefill.Build(report.Year, report.Department, report));

    public static byte[] Filled(Report report)
    {
        using var editor = new WorkbookEditor(Template(report));
        foreach (var sheet in WorkbookLayout.Sheets.Where(s => s.HasMoneyUnit))
        {
            editor.Set(sheet.Name, "B2", MoneyUnits.Yuan);
        }

        Profile(editor, report);
        Targets(editor, report);
        Finance(editor, report);
        Budget(editor, report.BudgetTable);
        Evaluation(editor, report);
        return editor.Save();
    }

    /// <summary>The figure as the cell holds it: an amount in 元, a rate as a fraction, a count or score as it is.</summary>
    public static decimal? CellValue(Stated? stated) => stated is null ? null : stated.Kind == Quantity.Percent ? stated.Value / 100m : stated.Value;

    private static void Profile(WorkbookEditor editor, Report report)
    {
        var form = editor.In(WorkbookLayout.Profile.Name, WorkbookLayout.ProfileForm.Title);
        form.SetField("报告标题", report.Title);
        List(editor, WorkbookLayout.Profile.Name, WorkbookLayout.AnnualWork.Title, report.Profile.AnnualWork);
        List(editor, WorkbookLayout.Issues.Name, WorkbookLayout.Problems.Title, report.Problems);
        List(editor, WorkbookLayout.Issues.Name, WorkbookLayout.Measures.Title, report.Measures);
    }

    private static void List(WorkbookEditor editor, string sheet, string title, IReadOnlyList<string> items)
    {
        var block = editor.In(sheet, title);
        for (var i = 0; i < items.Count; i++)
        {
            block.Set("内容", block.FirstRow + i, items[i]);
        }
    }

    private static void Targets(WorkbookEditor editor, Report report)
    {
        if (report.Targets is not { } targets)
        {
            return;
        }

        var sheet = WorkbookLayout.Targets.Name;
        var form = editor.In(sheet, WorkbookLayout.TargetForm.Title);
        form.SetField("总体绩效目标", targets.OverallGoal);
        form.SetField("财政供养人员数", targets.BasicInfo.FirstOrDefault(f => f.Label == "财政供养人员数")?.Number?.Value);
        form.SetField("下属二级单位数", targets.BasicInfo.FirstOrDefault(f => f.Label == "下属二级单位数")?.Number?.Value);

        var overview = editor.In(sheet, WorkbookLayout.Overview.Title);
        var o = targets.Overview;
        foreach (var (label, value) in new[]
        {
            ("部门预算支出：基本支出", o.Basic), ("部门预算支出：项目支出", o.Project), ("收入来源：财政拨款", o.FiscalAppropriation),
            ("收入来源：其他资金", o.OtherFunds), ("事业发展性支出：财政专项资金", o.SpecialFunds),
            ("事业发展性支出：其他事业发展性支出", o.OtherDevelopment), ("按预算级次：本级使用资金", o.OwnLevel),
            ("按预算级次：拟用于对下转移支付资金", o.TransfersDown),
        })
        {
            overview.SetField(label, CellValue(value));
        }

        var tasks = editor.In(sheet, WorkbookLayout.KeyTasks.Title);
        for (var i = 0; i < targets.KeyTasks.Count; i++)
        {
            var task = targets.KeyTasks[i];
            tasks.Set("任务名称", tasks.FirstRow + i, task.Name);
            tasks.Set("主要实施内容", tasks.FirstRow + i, task.Content);
            tasks.Set("拟投入的资金", tasks.FirstRow + i, CellValue(task.Funds));
            tasks.Set("期望达到的目标", tasks.FirstRow + i, task.Expected);
        }

        var indicators = editor.In(sheet, WorkbookLayout.Indicators.Title);
        for (var i = 0; i < targets.Indicators.Count; i++)
        {
            var indicator = targets.Indicators[i];
            indicators.Set("实际完成值", indicators.FirstRow + i, indicator.Actual);
            indicators.Set("分值", indicators.FirstRow + i, CellValue(indicator.MaxScore));
            indicators.Set("得分", indicators.FirstRow + i, CellValue(indicator.Score));
        }
    }

    private static void Finance(WorkbookEditor editor, Report report)
    {
        if (report.Revenue is { } revenue)
        {
            var block = editor.In(WorkbookLayout.Finance.Name, WorkbookLayout.Revenue.Title);
            string[] sums = ["预算收入", "调整预算数", "决算数", "比上年增减"];
            var parts = revenue.Sources;
            RevenueRow(block, block.FirstRow, revenue.Total, sums, parts);
            for (var i = 0; i < parts.Count; i++)
            {
                RevenueRow(block, block.FirstRow + 1 + i, parts[i], [], []);
            }
        }

        if (report.Expenditure is { } e)
        {
            var form = editor.In(WorkbookLayout.Finance.Name, WorkbookLayout.Expenditure.Title);
            foreach (var (label, value) in new[]
            {
                ("年初预算支出", e.Initial), ("调整预算支出", e.Adjusted), ("决算支出", e.Actual), ("基本支出", e.Basic),
                ("其中：人员经费", e.Personnel), ("其中：公用经费", e.Operating), ("项目支出", e.Project),
            })
            {
                form.SetField(label, CellValue(value));
            }

            Derived(form, "B", form.FieldRow("基本支出占比"), e.BasicShare, Ratio(e.Basic, e.Actual));
            Derived(form, "B", form.FieldRow("项目支出占比"), e.ProjectShare, Ratio(e.Project, e.Actual));
            Derived(form, "B", form.FieldRow("部门预算执行率"), e.ExecutionRate, Ratio(e.Actual, e.Adjusted));
        }

        if (report.EconomicTable is { } economic)
        {
            var block = editor.In(WorkbookLayout.EconomicSheet.Name, WorkbookLayout.Economic.Title);
            var total = economic.Total;
            var totalAmount = Sum(economic.Rows.Select(r => r.Amount));
            Derived(block, block.Column("实际支出数"), block.FirstRow, total?.Amount, totalAmount);
            var shownTotal = total?.Amount?.Value ?? totalAmount;
            Derived(block, block.Column("占比"), block.FirstRow, total?.Share, Ratio(total?.Amount?.Value, shownTotal));
            for (var i = 0; i < economic.Rows.Count; i++)
            {
                var row = economic.Rows[i];
                block.Set("实际支出数", block.FirstRow + 1 + i, CellValue(row.Amount));
                Derived(block, block.Column("占比"), block.FirstRow + 1 + i, row.Share, Ratio(row.Amount?.Value, shownTotal));
            }
        }
    }

    private static void RevenueRow(WorkbookEditor.Block block, int row, RevenueLine line, string[] sums, IReadOnlyList<RevenueLine> parts)
    {
        var values = new[] { line.Initial, line.Adjusted, line.Final, line.Increase };
        var partValues = new Func<RevenueLine, Stated?>[] { l => l.Initial, l => l.Adjusted, l => l.Final, l => l.Increase };
        string[] headers = ["预算收入", "调整预算数", "决算数", "比上年增减"];
        for (var c = 0; c < headers.Length; c++)
        {
            if (sums.Contains(headers[c]))
            {
                Derived(block, block.Column(headers[c]), row, values[c], Sum(parts.Select(partValues[c])) ?? 0m);
            }
            else
            {
                block.Set(headers[c], row, CellValue(values[c]));
            }
        }

        block.Set("增长率", row, CellValue(line.GrowthRate));
    }

    private static void Budget(WorkbookEditor editor, BudgetExecutionTable? table)
    {
        if (table is null)
        {
            return;
        }

        var sheet = WorkbookLayout.Budget.Name;
        if (table.DepartmentBlock is { } department)
        {
            var block = editor.In(sheet, WorkbookLayout.DepartmentBasic.Title);
            BasicBlock(block, block.FirstRow, department);
        }

        var units = editor.In(sheet, WorkbookLayout.UnitBasic.Title);
        var u = 0;
        foreach (var unit in table.UnitBlocks)
        {
            BasicBlock(units, units.FirstRow + (u++ * (WorkbookLayout.BasicLines.Count + 1)), unit);
        }

        var projects = editor.In(sheet, WorkbookLayout.Projects.Title);
        if (table.ProjectTotal is { } total)
        {
            TotalRow(projects, projects.FirstRow, total, table.Projects);
        }

        for (var i = 0; i < table.Projects.Count; i++)
        {
            Row(projects, projects.FirstRow + 1 + i, table.Projects[i]);
        }
    }

    /// <summary>A block of basic expenditure: its total row first, then the standard lines in layout order.</summary>
    private static void BasicBlock(WorkbookEditor.Block block, int first, BudgetBlock budget)
    {
        var parts = budget.Lines.Where(l => l.Kind is BudgetLineKind.Personnel or BudgetLineKind.Operating).ToList();
        if (budget.Total is { } total)
        {
            TotalRow(block, first, total, parts);
        }

        var kinds = new[] { BudgetLineKind.Personnel, BudgetLineKind.Operating, BudgetLineKind.OverseasTravel, BudgetLineKind.OfficialVehicles, BudgetLineKind.OfficialReception };
        for (var i = 0; i < kinds.Length; i++)
        {
            if (budget.Lines.FirstOrDefault(l => l.Kind == kinds[i]) is { } line)
            {
                Row(block, first + 1 + i, line);
            }
        }
    }

    private static readonly (string Header, Func<BudgetRow, Stated?> Value)[] Sums =
        [("年初预算", r => r.Initial), ("预算调增数", r => r.Increase), ("预算调减数", r => r.Decrease), ("实际支出", r => r.Actual)];

    private static void TotalRow(WorkbookEditor.Block block, int row, BudgetRow total, IReadOnlyList<BudgetRow> parts)
    {
        foreach (var (header, value) in Sums)
        {
            Derived(block, block.Column(header), row, value(total), Sum(parts.Select(value)) ?? 0m);
        }

        Adjusted(block, row, total);
    }

    private static void Row(WorkbookEditor.Block block, int row, BudgetRow budget)
    {
        foreach (var (header, value) in Sums)
        {
            block.Set(header, row, CellValue(value(budget)));
        }

        Adjusted(block, row, budget);
    }

    /// <summary>调整后预算数 and 支出率 of a row: formulas where they compute the report's figures.</summary>
    private static void Adjusted(WorkbookEditor.Block block, int row, BudgetRow budget)
    {
        decimal?[] terms = [budget.Initial?.Value, budget.Increase?.Value, -budget.Decrease?.Value];
        decimal? adjusted = terms.All(t => t is null) ? null : terms.Sum(t => t ?? 0m);
        Derived(block, block.Column("调整后预算数"), row, budget.Adjusted, adjusted);
        Derived(block, block.Column("支出率"), row, budget.ExecutionRate, Ratio(budget.Actual?.Value, budget.Adjusted?.Value ?? adjusted));
    }

    private static void Evaluation(WorkbookEditor editor, Report report)
    {
        var sheet = WorkbookLayout.Evaluation.Name;
        if (report.Conclusion is { } conclusion)
        {
            var form = editor.In(sheet, WorkbookLayout.Conclusion.Title);
            form.SetField("全年预算数", CellValue(conclusion.Budget));
            form.SetField("执行数", CellValue(conclusion.Executed));
            Derived(form, "B", form.FieldRow("预算执行率"), conclusion.ExecutionRate, Ratio(conclusion.Executed, conclusion.Budget));
        }

        var scores = editor.In(sheet, WorkbookLayout.Scores.Title);
        var claims = report.Claims.OfType<ScoreClaim>().ToList();
        for (var i = 0; i < claims.Count; i++)
        {
            scores.Set("分值", scores.FirstRow + i, CellValue(claims[i].MaxScore));
            scores.Set("自评得分", scores.FirstRow + i, CellValue(claims[i].SelfScore));
        }

        var management = editor.In(WorkbookLayout.ManagementSheet.Name, WorkbookLayout.Management.Title);
        foreach (var date in report.Claims.OfType<DateClaim>())
        {
            management.SetField(date.Kind == DateKind.Monitoring ? "绩效运行监控完成日期" : "绩效自评完成日期", date.Text);
        }

        if (report.Claims.OfType<ProjectCoverageClaim>().FirstOrDefault() is { } coverage)
        {
            management.SetField("自评覆盖一级项目数", CellValue(coverage.Level1Projects));
            management.SetField("自评覆盖二级项目数", CellValue(coverage.Level2Projects));
            management.SetField("自评覆盖项目资金", CellValue(coverage.Funds));
            management.SetField("占项目支出比例", CellValue(coverage.Share));
        }

        foreach (var funds in report.Claims.OfType<EvaluatedFundsClaim>())
        {
            if (funds.Scope == EvaluationScope.KeyProjects)
            {
                management.SetField("重点评价项目名称", string.Join("、", funds.ProjectNames));
                management.SetField("重点评价项目个数", CellValue(funds.ProjectCount));
                management.SetField("重点评价涉及资金", CellValue(funds.GeneralBudgetFunds));
            }
            else
            {
                management.SetField("部门整体评价涉及资金", CellValue(funds.GeneralBudgetFunds));
            }
        }
    }

    /// <summary>Leaves the formula when the report's figure is the computed one; types the figure over it otherwise.</summary>
    private static void Derived(WorkbookEditor.Block block, string column, int row, Stated? stated, decimal? computed)
    {
        var value = stated?.Kind == Quantity.Percent ? stated.Value : stated?.Value;
        var shown = stated?.Kind == Quantity.Percent && computed is { } c ? Math.Round(c * 100m, 2, MidpointRounding.AwayFromZero) : computed;
        if (value != shown)
        {
            block.SetCell(column, row, CellValue(stated));
        }
    }

    private static void Derived(WorkbookEditor.Block block, string column, int row, Stated? stated, decimal computed) =>
        Derived(block, column, row, stated, (decimal?)computed);

    private static decimal? Sum(IEnumerable<Stated?> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum(v => v?.Value ?? 0m);
    }

    private static decimal? Ratio(Stated? numerator, Stated? denominator) => Ratio(numerator?.Value, denominator?.Value);

    private static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is null || denominator is null or 0m ? null : numerator.Value / denominator.Value;
}
