using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;
using static Jixiao.Documents.Tests.Text.TextTables;

namespace Jixiao.Documents.Tests.Text;

public sealed class SuspiciousNumbersTests
{
    [Theory]
    [InlineData("IO", "IO", SuspicionKind.LettersInNumber)]
    [InlineData("1O", "1O", SuspicionKind.LettersInNumber)]
    [InlineData("l0%", "l0%", SuspicionKind.LettersInNumber)]
    [InlineData("O76%", "O76%", SuspicionKind.LettersInNumber)]
    [InlineData("M.8", "M.8", SuspicionKind.LettersInNumber)]
    [InlineData("第O份", "O", SuspicionKind.LettersInNumber)]
    [InlineData("64.864.864.8100%", "64.864.864.8100%", SuspicionKind.RunTogether)]
    [InlineData("100%92%100%22", "100%92%100%22", SuspicionKind.RunTogether)]
    [InlineData("年度总金额.32.06.5", ".32.06.5", SuspicionKind.RunTogether)]
    [InlineData("292%", "292%", SuspicionKind.OperatorReadAsDigit)]
    [InlineData("验收合格率2100%", "2100%", SuspicionKind.OperatorReadAsDigit)]
    [InlineData(".32", ".32", SuspicionKind.LeadingDigitDropped)]
    public void A_misread_figure_is_found_with_its_raw_text(string cell, string token, SuspicionKind kind)
    {
        var found = Assert.Single(SuspiciousNumbers.Find(cell));
        Assert.Equal(token, found.Token);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(cell.IndexOf(token, StringComparison.Ordinal), found.Index);
    }

    [Theory]
    [InlineData("100.00%")]
    [InlineData("238.93")]
    [InlineData("3,027.78")]
    [InlineData("≥92%")]
    [InlineData("120%")]
    [InlineData("200%")]
    [InlineData("25%")]
    [InlineData("2023.12.31")]
    [InlineData("1.2.3")]
    [InlineData("51000021R000000019951-工资性支出")]
    [InlineData("PM2.5浓度")]
    [InlineData("25.29㎡P1.5LED显示屏")]
    [InlineData("报表编号：510000_0013zp")]
    [InlineData("1.预算执行率=预算执行数/调整后预算数，未达到90%的需说明原因；2.年中调整的应说明理由；3.其他资金包括银行贷款.")]
    [InlineData("O型")]
    [InlineData("")]
    public void Ordinary_figures_and_codes_are_not_suspicious(string cell) => Assert.Empty(SuspiciousNumbers.Find(cell));

    [Fact]
    public void The_percentage_over_100_names_the_target_it_probably_was()
    {
        var found = Assert.Single(SuspiciousNumbers.Find("292%"));
        Assert.Contains("≥92%", found.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_each_figure_as_JX8007_with_the_raw_text_and_location_and_corrects_nothing()
    {
        var problems = SuspiciousNumbers.Check("IO", line: 7).ToArray();
        var problem = Assert.Single(problems);
        Assert.Equal(ReadingCodes.SuspiciousNumber, problem.Code);
        Assert.Equal(7, problem.Location.Line);
        Assert.Contains("第 7 行“IO”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_reader_checks_the_cells_of_every_table_shape_and_keeps_them_as_printed()
    {
        var document = Read(Lines(
            "指标\t指标值",                          // 1: tab table
            "验收合格率\t292%",                      // 2
            "",
            "| 指标 | 完成值 |",                      // 4: pipe table
            "| 巡查次数 | 1O次 |",                    // 5
            "",
            "预算执行情况(10分) |", "年度预算数(万元) |", "年初预算 |", "调整后预算数 |", "预算执行数 |", "预算执行率 |", // 7-12
            "总额 |", "64.864.8 |", "64.8 |", "64.8 |", "100% |"));                                                // 13-17
        var problems = document.Problems.Where(p => p.Code == ReadingCodes.SuspiciousNumber).ToArray();
        Assert.Equal(3, problems.Length);
        Assert.Equal([2, 5, 14], problems.Select(p => p.Location.Line));
        Assert.Contains("“292%”", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("“1O次”中的“1O”", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("“64.864.8”", problems[2].Message, StringComparison.Ordinal);
        var cells = AllRows(document).SelectMany(r => r.Cells).ToArray();
        Assert.Contains("292%", cells);
        Assert.Contains("1O次", cells);
    }
}
