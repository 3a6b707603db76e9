using Jixiao.Documents.Loading;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Extraction;

/// <summary>
/// Every figure of 表2 and 表3 of the reference report, compared with an independent reading of the
/// published text (Expectations/tianhe-2023-tables.tsv): text as printed, exact value, unit and line.
/// </summary>
public sealed class TianheSampleTablesTests
{
    public static TheoryData<string, string, string, string, int> Cells()
    {
        var data = new TheoryData<string, string, string, string, int>();
        var path = Path.Combine(AppContext.BaseDirectory, "Expectations", "tianhe-2023-tables.tsv");
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            data.Add(f[0], f[1], f[2], f[3], int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Fact]
    public void The_expectations_cover_every_cell_of_both_tables() => Assert.Equal(22 + (51 * 6), Cells().Count);

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_figure_is_read_as_printed_with_its_location(string table, string row, string column, string text, int line)
    {
        var normalisedRow = row.Replace('(', '（').Replace(')', '）').Replace(" ", string.Empty, StringComparison.Ordinal);
        var matches = StatedValues.All(TianheSample.Report)
            .Where(s => s.Location.Table == table && s.Location.Row == normalisedRow && s.Location.Column == column)
            .ToArray();
        var stated = Assert.Single(matches);
        Assert.Equal(text, stated.Text);
        Assert.Equal(line, stated.Location.Line);
        Assert.Matches($@"^{table}![A-Z]+\d+$", stated.Location.Cell);
        Assert.Equal("一、（四）", stated.Location.Section);

        var printed = decimal.Parse(text.TrimEnd('%').Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        if (text.EndsWith('%'))
        {
            Assert.Equal(Quantity.Percent, stated.Kind);
            Assert.Equal(printed, stated.Value);
        }
        else
        {
            var unit = table == "表3" && row.Contains("基本支出", StringComparison.Ordinal) ? MoneyUnits.TenThousandYuan : MoneyUnits.Yuan;
            Assert.Equal(unit, stated.Unit);
            Assert.Equal(printed * MoneyUnits.FactorOf(unit), stated.Value);
        }
    }

    [Fact]
    public void The_budget_table_has_the_department_block_two_units_and_32_projects()
    {
        var table = TianheSample.Report.BudgetTable!;
        Assert.Equal(["基本支出", "局本级基本支出", "森防办基本支出"], table.BasicBlocks.Select(b => b.Name));
        Assert.True(table.BasicBlocks[0].IsDepartment);
        Assert.All(table.BasicBlocks, b => Assert.Equal(5, b.Lines.Count));
        Assert.Equal(32, table.Projects.Count);
        Assert.Equal("区森防办", table.Projects[^1].ImplementingUnit);
        Assert.Equal(11_259_991.55m, table.ProjectTotal!.Actual!.Value);
    }
}
