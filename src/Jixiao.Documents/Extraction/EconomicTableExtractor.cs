using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Extraction;

/// <summary>Reads expenditure by economic classification (表2): name, amount, share; and its 合计 row.</summary>
public static partial class EconomicTableExtractor
{
    /// <summary>Amounts above this many 元 with no unit printed are read as 元: no department spends 100 亿元 a year.</summary>
    private const decimal YuanThreshold = 1_000_000m;

    public static bool IsEconomicTable(TableBlock table) =>
        (table.Caption?.Contains("经济分类", StringComparison.Ordinal) ?? false)
        || table.Rows.Any(r => r.Cells.Count > 0 && r.Cells[0].Contains("工资福利支出", StringComparison.Ordinal));

    public static EconomicClassificationTable Extract(TableBlock table, string section, List<ReadingProblem> problems)
    {
        var name = TableNames.ShortName(table.Caption, "表2");
        var note = UnitNote.Parse(table.UnitNote ?? HeaderUnit(table));
        var unit = note.Default ?? InferUnit(table, name, section, problems);
        var rows = new List<EconomicRow>();
        EconomicRow? total = null;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            var label = cells.Count > 0 ? cells[0] : string.Empty;
            var figures = cells.Select((text, index) => (text, index)).Skip(1).Where(c => c.text.Length > 0).ToArray();
            if (label.Length == 0 || figures.Length == 0 || !NumberReader.IsNumeric(figures[0].text))
            {
                continue;
            }

            var rowName = NumberingPrefix().Replace(label, string.Empty);
            var line = table.Rows[r].Line;
            var page = table.Rows[r].Page ?? table.Page;
            SourceLocation At(int column, string columnName) => new(section, name, rowName, columnName, CellAddress.Of(name, column, r), line, page);
            var amount = NumberReader.Money(figures[0].text, unit, At(figures[0].index, "实际支出数"));
            var share = figures.Length > 1 ? NumberReader.Percent(figures[1].text, At(figures[1].index, "占比")) : null;
            var economicRow = new EconomicRow(rowName, amount, share, new SourceLocation(section, name, rowName, null, CellAddress.Of(name, 0, r), line, page));
            if (rowName.Contains(Vocabulary.Total, StringComparison.Ordinal))
            {
                total = economicRow;
            }
            else
            {
                rows.Add(economicRow);
            }
        }

        return new EconomicClassificationTable(table.Caption, rows, total, new SourceLocation(section, name, Line: table.Line, Page: table.Page));
    }

    private static string? HeaderUnit(TableBlock table) =>
        table.Rows.SelectMany(r => r.Cells).FirstOrDefault(c => c.Contains("（万元）", StringComparison.Ordinal) || c.Contains("（元）", StringComparison.Ordinal)) is { } header
            ? "单位：" + (header.Contains("万元", StringComparison.Ordinal) ? MoneyUnits.TenThousandYuan : MoneyUnits.Yuan)
            : null;

    private static string InferUnit(TableBlock table, string name, string section, List<ReadingProblem> problems)
    {
        var largest = table.Rows
            .Select(r => r.Cells.Count > 1 && NumberReader.TryParse(r.Cells[1], out var v, out _) ? Math.Abs(v) : 0)
            .DefaultIfEmpty(0)
            .Max();
        var unit = largest >= YuanThreshold ? MoneyUnits.Yuan : MoneyUnits.TenThousandYuan;
        problems.Add(new ReadingProblem(ReadingCodes.UnitAssumed,
            $"{name}未注明金额单位，按数值大小读作“{unit}”", new SourceLocation(section, name, Line: table.Line, Page: table.Page)));
        return unit;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]\s*")]
    private static partial Regex NumberingPrefix();
}
