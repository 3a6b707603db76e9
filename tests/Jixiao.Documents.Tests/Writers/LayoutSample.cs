using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Tests.Writers;

/// <summary>
/// A small report laid out by hand for the writers (Word, PDF, HTML, Markdown) and the chart renderer: a two-line title,
/// headings of all four levels, paragraphs and cells with characters that need escaping (&lt;, &amp;, |, quotes), a table
/// whose header has a cell spanning two rows and one spanning two columns, a body cell spanning two rows and a bold total
/// row, a bar chart, a horizontal bar chart with a reference line, a page break and the issuer.
/// </summary>
internal static class LayoutSample
{
    public static readonly string[] Title = ["2023年度示例市应急管理局", "部门整体支出绩效自评报告"];

    public const string Issuer = "示例市应急管理局";

    public const string Caption = "表1：部门预算支出执行情况";

    public const string UnitNote = "单位：万元";

    public static readonly string[] FigureCaptions = ["图1：基本支出与项目支出预算执行", "图2：各项目预算执行率"];

    /// <summary>The headings in order: level and text as printed.</summary>
    public static readonly (int Level, string Text)[] Headings =
    [
        (1, "一、部门基本情况"),
        (2, "（一）部门职能"),
        (3, "1.主要职能"),
        (4, "（1）综合协调"),
        (1, "二、绩效自评情况"),
        (1, "三、存在的主要问题"),
    ];

    public static readonly string[] Paragraphs =
    [
        "示例市应急管理局负责全市应急管理工作的统筹协调，全年检查企业120家，完成率100%。",
        "资金到位率<100%的项目有2个，“A&B”两类资金合计3,027.78万元，按“预算|决算”口径列示。",
        "牵头拟订全市应急管理工作规划，组织实施年度检查计划<含专项检查>。",
        "协调各科室按季度报送工作进度，全年召开协调会议12次。",
        "2023年部门整体支出预算执行率为98.21%，各项目执行情况见下图。",
        "部分项目预算执行进度偏慢，年初预算编制的准确性有待提高。",
    ];

    /// <summary>The table as a reader sees it: rectangular, merged cells empty.</summary>
    public static readonly string[][] ExpandedRows =
    [
        ["类别", "项目", "预算数", "", "执行数", "执行率"],
        ["", "", "年初预算数", "全年预算数", "", ""],
        ["基本支出", "人员经费", "1,234.56", "1,300.00", "1,288.10", "99.08%"],
        ["", "公用经费&其他", "210.00", "215.50", "201.33", "93.42%"],
        ["项目支出", "应急物资储备<一期>", "800.00", "760.00", "745.25", "98.06%"],
        ["合计", "", "2,244.56", "2,275.50", "2,234.68", "98.21%"],
    ];

    public static readonly Chart Bars = new(
        "基本支出与项目支出预算执行",
        ChartKind.Bars,
        ["基本支出", "项目支出"],
        [new ChartSeries("全年预算数", [1515.50m, 760.00m]), new ChartSeries("执行数", [1489.43m, 745.25m])],
        "万元");

    public static readonly Chart HorizontalBars = new(
        "各项目预算执行率",
        ChartKind.HorizontalBars,
        ["应急物资储备（一期）项目", "安全生产监管执法专项经费", "防灾减灾宣传"],
        [new ChartSeries("执行率", [98.06m, 100.00m, 45.50m])],
        "%",
        new ChartReferenceLine(100m, "时间进度 100%"));

    /// <summary>Every number printed in the table.</summary>
    public static IEnumerable<string> Figures => ExpandedRows.Skip(2).SelectMany(row => row.Skip(2));

    /// <summary>The heading that opens the page after the page break.</summary>
    public static string HeadingAfterPageBreak => Headings[^1].Text;

    public static LayoutDocument Document() => new(Title, Issuer,
    [
        new HeadingPart(1, Headings[0].Text),
        new ParagraphPart(Paragraphs[0]),
        new HeadingPart(2, Headings[1].Text),
        new ParagraphPart(Paragraphs[1]),
        new HeadingPart(3, Headings[2].Text),
        new ParagraphPart(Paragraphs[2]),
        new HeadingPart(4, Headings[3].Text),
        new ParagraphPart(Paragraphs[3]),
        Table(),
        new FigurePart(FigureCaptions[0], Bars),
        new HeadingPart(1, Headings[4].Text),
        new ParagraphPart(Paragraphs[4]),
        new FigurePart(FigureCaptions[1], HorizontalBars),
        new PageBreakPart(),
        new HeadingPart(1, Headings[5].Text),
        new ParagraphPart(Paragraphs[5]),
    ]);

    private static TablePart Table() => new(
        Caption,
        UnitNote,
        [
            new LayoutRow(
                LayoutCell.Centred("类别", rowSpan: 2),
                LayoutCell.Centred("项目", rowSpan: 2),
                LayoutCell.Centred("预算数", columnSpan: 2),
                LayoutCell.Centred("执行数", rowSpan: 2),
                LayoutCell.Centred("执行率", rowSpan: 2)),
            new LayoutRow(LayoutCell.Centred("年初预算数"), LayoutCell.Centred("全年预算数")),
        ],
        [
            new LayoutRow(
                LayoutCell.Centred("基本支出", rowSpan: 2),
                new LayoutCell("人员经费"),
                LayoutCell.Number("1,234.56"),
                LayoutCell.Number("1,300.00"),
                LayoutCell.Number("1,288.10"),
                LayoutCell.Number("99.08%")),
            new LayoutRow(
                new LayoutCell("公用经费&其他"),
                LayoutCell.Number("210.00"),
                LayoutCell.Number("215.50"),
                LayoutCell.Number("201.33"),
                LayoutCell.Number("93.42%")),
            new LayoutRow(
                LayoutCell.Centred("项目支出"),
                new LayoutCell("应急物资储备<一期>"),
                LayoutCell.Number("800.00"),
                LayoutCell.Number("760.00"),
                LayoutCell.Number("745.25"),
                LayoutCell.Number("98.06%")),
            new LayoutRow(
                [
                    LayoutCell.Centred("合计", columnSpan: 2),
                    LayoutCell.Number("2,244.56"),
                    LayoutCell.Number("2,275.50"),
                    LayoutCell.Number("2,234.68"),
                    LayoutCell.Number("98.21%"),
                ],
                Emphasis: true),
        ]);
}
