using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>表2 部门预算按经济分类执行情况: 合计 first, then each class with its share, amounts in the unit they were stated in.</summary>
internal static class EconomicTableLayout
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

    public static TablePart Build(EconomicClassificationTable table, string caption)
    {
        var unit = table.Rows.Append(table.Total).OfType<EconomicRow>().Select(r => r.Amount).OfType<Stated>().Select(s => s.Unit).FirstOrDefault()
            ?? MoneyUnits.Yuan;
        var body = new List<LayoutRow>();
        if (table.Total is { } total)
        {
            body.Add(new LayoutRow([new LayoutCell("合计"), Figures.MoneyCell(total.Amount, unit), Figures.PercentCell(total.Share)], Emphasis: true));
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var name = i < Numerals.Length ? $"{Numerals[i]}、{row.Name}" : row.Name;
            body.Add(new LayoutRow(new LayoutCell(name), Figures.MoneyCell(row.Amount, unit), Figures.PercentCell(row.Share)));
        }

        return new TablePart(caption, $"金额单位：{unit}", [new LayoutRow(LayoutCell.Centred("支出经济分类"), LayoutCell.Centred("实际支出数"), LayoutCell.Centred("占比"))], body);
    }
}
