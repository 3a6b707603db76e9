using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// 表3 部门预算情况: the basic-expenditure blocks (department, then each unit; 三公经费 lines merged under one label)
/// and the projects with their implementing units, each part in the unit its figures were stated in, named once in
/// the unit note.
/// </summary>
internal static class BudgetTableLayout
{
    private static readonly string[] FigureHeaders = ["年初预算", "预算调增数", "预算调减数", "调整后预算数", "实际支出", "支出率"];

    public static TablePart Build(BudgetExecutionTable table, string caption)
    {
        var basicUnit = UnitOf(table.BasicBlocks.SelectMany(b => b.Lines.Append(b.Total)).OfType<BudgetRow>());
        var projectUnit = UnitOf(table.Projects.Append(table.ProjectTotal).OfType<BudgetRow>());
        var note = table.Projects.Count == 0 || basicUnit == projectUnit
            ? $"金额单位：{basicUnit}"
            : $"金额单位：基本支出：{basicUnit}，项目支出：{projectUnit}";

        var header = new LayoutRow([LayoutCell.Centred("支出内容", 3), .. FigureHeaders.Select(h => LayoutCell.Centred(h))]);
        var body = new List<LayoutRow>();
        foreach (var block in table.BasicBlocks)
        {
            body.AddRange(Block(block, basicUnit));
        }

        if (table.Projects.Count > 0 || table.ProjectTotal is not null)
        {
            body.AddRange(Projects(table, projectUnit));
        }

        return new TablePart(caption, note, [header], body);
    }

    /// <summary>The unit most figures of a part were stated in (万元 when none).</summary>
    private static string UnitOf(IEnumerable<BudgetRow> rows) =>
        rows.SelectMany(r => new[] { r.Initial, r.Adjusted, r.Actual })
            .OfType<Stated>()
            .Where(s => s.Kind == Quantity.Money)
            .GroupBy(s => s.Unit)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? MoneyUnits.TenThousandYuan;

    private static IEnumerable<LayoutRow> Block(BudgetBlock block, string unit)
    {
        var lines = block.Lines;
        var span = lines.Count + (block.Total is null ? 0 : 1);
        var memoCount = lines.Count(l => l.IsMemoLine);
        var memoSeen = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = new List<LayoutCell>();
            if (i == 0)
            {
                cells.Add(LayoutCell.Centred(block.Name, rowSpan: span));
            }

            if (line.IsMemoLine)
            {
                if (memoSeen++ == 0)
                {
                    cells.Add(LayoutCell.Centred("三公经费", rowSpan: memoCount));
                }

                cells.Add(new LayoutCell(line.Label));
            }
            else
            {
                cells.Add(new LayoutCell(line.Label, 2));
            }

            cells.AddRange(FigureCells(line, unit));
            yield return new LayoutRow(cells);
        }

        if (block.Total is { } total)
        {
            var label = total.Label.Contains("合计", StringComparison.Ordinal) ? total.Label : "基本支出合计";
            yield return new LayoutRow([new LayoutCell(label, 2), .. FigureCells(total, unit)], Emphasis: true);
        }
    }

    private static IEnumerable<LayoutRow> Projects(BudgetExecutionTable table, string unit)
    {
        var span = table.Projects.Count + 1 + (table.ProjectTotal is null ? 0 : 1);
        yield return new LayoutRow([LayoutCell.Centred("项目支出", rowSpan: span), LayoutCell.Centred("项目名称"), LayoutCell.Centred("实施单位（科室）"),
            .. FigureHeaders.Select(h => LayoutCell.Centred(h))]);
        foreach (var project in table.Projects)
        {
            yield return new LayoutRow([new LayoutCell(project.Label), new LayoutCell(project.ImplementingUnit ?? string.Empty), .. FigureCells(project, unit)]);
        }

        if (table.ProjectTotal is { } total)
        {
            yield return new LayoutRow([new LayoutCell("项目支出合计", 2), .. FigureCells(total, unit)], Emphasis: true);
        }
    }

    private static IEnumerable<LayoutCell> FigureCells(BudgetRow row, string unit) =>
    [
        Figures.MoneyCell(row.Initial, unit),
        Figures.MoneyCell(row.Increase, unit),
        Figures.MoneyCell(row.Decrease, unit),
        Figures.MoneyCell(row.Adjusted, unit),
        Figures.MoneyCell(row.Actual, unit),
        Figures.PercentCell(row.ExecutionRate),
    ];
}
