using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Web.Workbench;

/// <summary>
/// 收支情况: the revenue and expenditure figures the report states in its text, as a table of the figures as printed,
/// each cell carrying where it was stated (the composed report only has them inside sentences).
/// </summary>
public static class FinanceTable
{
    private static readonly string[] RevenueHeaders = ["收入", "预算收入", "调整预算数", "决算数", "比上年增减", "增长率"];

    /// <summary>The table, or null when the report states neither revenue nor expenditure.</summary>
    public static TablePart? Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = new List<LayoutRow>();
        if (report.Revenue is { } revenue)
        {
            body.Add(new LayoutRow([.. RevenueHeaders.Select(h => LayoutCell.Centred(h))]));
            foreach (var line in revenue.Sources.Prepend(revenue.Total))
            {
                body.Add(new LayoutRow([new LayoutCell(line.Source ?? "收入合计"), Cell(line.Initial), Cell(line.Adjusted), Cell(line.Final), Cell(line.Increase), Cell(line.GrowthRate)]));
            }
        }

        if (report.Expenditure is { } expenditure)
        {
            body.Add(new LayoutRow(LayoutCell.Centred("支出", RevenueHeaders.Length)));
            foreach (var (label, stated) in Expenditure(expenditure).Where(e => e.Stated is not null))
            {
                body.Add(new LayoutRow(new LayoutCell(label), Cell(stated) with { ColumnSpan = RevenueHeaders.Length - 1 }));
            }
        }

        return body.Count == 0 ? null : new TablePart("部门整体收支情况（正文所列数字）", null, [], body);
    }

    private static IEnumerable<(string Label, Stated? Stated)> Expenditure(ExpenditureStatement e) =>
    [
        ("年初预算支出", e.Initial),
        ("调整预算支出", e.Adjusted),
        ("决算支出", e.Actual),
        ("基本支出", e.Basic),
        ("基本支出占比", e.BasicShare),
        ("项目支出", e.Project),
        ("项目支出占比", e.ProjectShare),
        ("人员经费", e.Personnel),
        ("日常公用经费", e.Operating),
        ("预算执行率", e.ExecutionRate),
    ];

    private static LayoutCell Cell(Stated? stated) =>
        LayoutCell.Number(stated is null ? string.Empty : stated.Text.EndsWith(stated.Unit, StringComparison.Ordinal) ? stated.Text : stated.Text + stated.Unit)
            with { Source = stated?.Location };
}
