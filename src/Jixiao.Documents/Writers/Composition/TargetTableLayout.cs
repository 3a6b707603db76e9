using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// The 部门整体支出绩效目标表 in the layout departments publish (DOMAIN §1.2): 基本信息, 预算整体情况 (万元),
/// 总体绩效目标, 年度重点工作任务 and the indicator tree with 实施周期指标值 and 年度指标值, labels merged down. The indicator
/// tree (<see cref="IndicatorRows"/>) is shared with the 项目支出绩效目标表 and adds columns for what the model has: each
/// indicator's 实际完成值, 分值 and 得分 when results exist; 历史标准 (上年指标值, 上年实际值) and 调整理由 in a declaration.
/// </summary>
internal static class TargetTableLayout
{
    /// <summary>The columns before the indicator values: the block label (绩效指标), 一级, 二级 and 三级指标.</summary>
    public const int LabelColumns = 4;

    /// <summary>The department table's targets: 实施周期指标值 and 年度指标值.</summary>
    private static readonly IReadOnlyList<ValueColumn> DepartmentTargets =
    [
        new("实施周期指标值", i => LayoutCell.Centred(i?.CycleTarget ?? string.Empty)),
        new("年度指标值", i => LayoutCell.Centred(i?.AnnualTarget ?? string.Empty)),
    ];

    /// <summary>A project table's target: its annual 指标值.</summary>
    public static readonly IReadOnlyList<ValueColumn> ProjectTargets = [new("指标值", i => LayoutCell.Centred(i?.AnnualTarget ?? string.Empty))];

    public static TablePart Build(PerformanceTargetTable targets, string? department, string caption)
    {
        var values = ValueColumns(targets.Indicators, DepartmentTargets);
        var columns = LabelColumns + values.Count;
        var body = new List<LayoutRow>
        {
            new(Label("部门名称"), new LayoutCell(targets.DepartmentName ?? department ?? string.Empty, columns - 1)),
        };
        body.AddRange(BasicInfo(targets.BasicInfo, columns));
        body.AddRange(Overview(targets.Overview, columns));
        if (targets.OverallGoal is { } goal)
        {
            body.Add(new LayoutRow(Label("总体绩效目标"), new LayoutCell(goal, columns - 1)));
        }

        body.AddRange(KeyTasks(targets.KeyTasks, columns));
        body.AddRange(IndicatorRows(targets.Indicators, targets.EmptySubcategories, values));
        return new TablePart(caption, null, [], body);
    }

    /// <summary>
    /// The columns after 三级指标: <paramref name="targets"/>, then 实际完成值/分值/得分 when any indicator has a result,
    /// 上年指标值/上年实际值 when any has its 历史标准, 调整理由 when any has one.
    /// </summary>
    public static IReadOnlyList<ValueColumn> ValueColumns(IReadOnlyList<Indicator> indicators, IReadOnlyList<ValueColumn> targets)
    {
        var columns = new List<ValueColumn>(targets);
        if (indicators.Any(i => i.Actual is not null || i.MaxScore is not null || i.Score is not null))
        {
            columns.Add(new("实际完成值", i => LayoutCell.Centred(i?.Actual ?? string.Empty)));
            columns.Add(new("分值", i => Figures.PlainCell(i?.MaxScore)));
            columns.Add(new("得分", i => Figures.PlainCell(i?.Score)));
        }

        if (indicators.Any(i => i.PriorYear is not null))
        {
            columns.Add(new("上年指标值", i => LayoutCell.Centred(i?.PriorYear?.Target ?? string.Empty)));
            columns.Add(new("上年实际值", i => LayoutCell.Centred(i?.PriorYear?.Actual ?? string.Empty)));
        }

        if (indicators.Any(i => i.ChangeReason is not null))
        {
            columns.Add(new("调整理由", i => new LayoutCell(i?.ChangeReason ?? string.Empty)));
        }

        return columns;
    }

    private static LayoutCell Label(string text, int rowSpan = 1) => LayoutCell.Centred(text, rowSpan: rowSpan);

    private static IEnumerable<LayoutRow> BasicInfo(IReadOnlyList<LabelledField> fields, int columns)
    {
        for (var i = 0; i < fields.Count; i += 2)
        {
            var cells = new List<LayoutCell>();
            if (i == 0)
            {
                cells.Add(Label("基本信息", (fields.Count + 1) / 2));
            }

            cells.Add(new LayoutCell(fields[i].Label));
            cells.Add(LayoutCell.Number(fields[i].Text ?? string.Empty));
            if (i + 1 < fields.Count)
            {
                cells.Add(new LayoutCell(fields[i + 1].Label));
                cells.Add(new LayoutCell(fields[i + 1].Text ?? string.Empty, columns - 4, Alignment: CellAlignment.Right));
            }
            else
            {
                cells.Add(new LayoutCell(string.Empty, columns - 3));
            }

            yield return new LayoutRow(cells);
        }
    }

    private static IEnumerable<LayoutRow> Overview(BudgetOverview o, int columns)
    {
        const string amount = "预算金额（万元）";
        var last = columns - 4;
        LayoutCell Money(Stated? value, int span = 1) => Figures.MoneyCell(value) with { ColumnSpan = span };
        yield return new LayoutRow(Label("预算整体情况", 6), Label("部门预算支出"), Label(amount), Label("收入来源"), LayoutCell.Centred(amount, last));
        yield return new LayoutRow(new LayoutCell("基本支出"), Money(o.Basic), new LayoutCell("财政拨款"), Money(o.FiscalAppropriation, last));
        yield return new LayoutRow(new LayoutCell("项目支出"), Money(o.Project), new LayoutCell("其他资金"), Money(o.OtherFunds, last));
        yield return new LayoutRow(Label("事业发展性支出"), Label(amount), Label("按预算级次划分"), LayoutCell.Centred(amount, last));
        yield return new LayoutRow(new LayoutCell("财政专项资金"), Money(o.SpecialFunds), new LayoutCell("本级使用资金"), Money(o.OwnLevel, last));
        yield return new LayoutRow(new LayoutCell("其他事业发展性支出"), Money(o.OtherDevelopment), new LayoutCell("拟用于对下转移支付资金"), Money(o.TransfersDown, last));
    }

    private static IEnumerable<LayoutRow> KeyTasks(IReadOnlyList<KeyTask> tasks, int columns)
    {
        yield return new LayoutRow(Label("年度重点工作任务", tasks.Count + 1), Label("名称"), Label("主要实施内容"), Label("拟投入的资金（万元）"), LayoutCell.Centred("期望达到的目标（概述）", columns - 4));
        foreach (var task in tasks)
        {
            yield return new LayoutRow(new LayoutCell(task.Name), new LayoutCell(task.Content ?? string.Empty), Figures.MoneyCell(task.Funds),
                new LayoutCell(task.Expected ?? string.Empty, columns - 4));
        }
    }

    /// <summary>
    /// The 绩效指标 block: a header row (一级/二级/三级指标 and the value columns), then the indicators grouped by 一级指标 in
    /// order of appearance, runs of one 二级指标 merged, empty subcategories kept as empty rows.
    /// </summary>
    public static IEnumerable<LayoutRow> IndicatorRows(IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorSubcategory> emptySubcategories, IReadOnlyList<ValueColumn> values)
    {
        var groups = indicators
            .GroupBy(i => i.Level1Label)
            .Select(g => (Label: g.Key, Category: g.First().Category, Rows: g.Select(i => (Level2: i.Level2Label ?? string.Empty, Indicator: (Indicator?)i)).ToList()))
            .ToList();
        foreach (var empty in emptySubcategories)
        {
            var category = IndicatorNames.CategoryOf(empty);
            var index = groups.FindIndex(g => g.Category == category);
            if (index < 0)
            {
                groups.Add((IndicatorNames.Category(category), category, []));
                index = groups.Count - 1;
            }

            groups[index].Rows.Add((IndicatorNames.Subcategory(empty), null));
        }

        var total = groups.Sum(g => g.Rows.Count);
        yield return new LayoutRow([Label("绩效指标", total + 1), Label("一级指标"), Label("二级指标"), Label("三级指标"), .. values.Select(v => Label(v.Header))]);
        foreach (var group in groups)
        {
            for (var r = 0; r < group.Rows.Count; r++)
            {
                var cells = new List<LayoutCell>();
                if (r == 0)
                {
                    cells.Add(Label(group.Label, group.Rows.Count));
                }

                var (level2, indicator) = group.Rows[r];
                if (r == 0 || group.Rows[r - 1].Level2 != level2 || level2.Length == 0)
                {
                    var run = level2.Length == 0 ? 1 : group.Rows.Skip(r).TakeWhile(x => x.Level2 == level2).Count();
                    cells.Add(Label(level2, run));
                }

                cells.Add(new LayoutCell(indicator?.Name ?? string.Empty));
                cells.AddRange(values.Select(v => v.Cell(indicator)));
                yield return new LayoutRow(cells);
            }
        }
    }

    /// <summary>One column after 三级指标: its header and the cell it prints for an indicator (null: an empty subcategory's row).</summary>
    internal sealed record ValueColumn(string Header, Func<Indicator?, LayoutCell> Cell);
}
