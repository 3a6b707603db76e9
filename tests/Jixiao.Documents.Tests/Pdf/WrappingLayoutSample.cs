using System.Globalization;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// A report laid out so that, printed to PDF, its text wraps everywhere the reader has to re-join it: numbered paragraphs
/// over two or three lines (whose first line alone looks like a short heading), a paragraph dense with long figures so
/// that some figure is split at a line end, and a wide table whose narrow columns wrap figures ("5,261,400." over "00")
/// and whose long project names run over several lines, with cells merged down ("项目支出") and across ("合计").
/// </summary>
internal static class WrappingLayoutSample
{
    public const string Caption = "表3：2023年度部门预算情况";

    public const string UnitNote = "金额单位：元";

    /// <summary>The headings as printed, in order.</summary>
    public static readonly string[] Headings = ["一、部门基本情况", "（一）部门职能", "1.整体效能", "（1）部门整体绩效目标产出指标完成情况"];

    /// <summary>Numbered paragraphs long enough to wrap: the first line of each ends with a comma and looks like a heading.</summary>
    public static readonly string[] NumberedParagraphs =
    [
        "1.主管全市测试工作，指导各部门、各街道开展检查检测和监督抽查，承担测试工作综合监管和行业监管职责。",
        "2.落实测试工作政策，编制全市测试工作规划和规范性文件，组织实施年度检查计划并督促各单位整改。",
    ];

    /// <summary>Twenty-five twelve-digit sums: over a dozen lines, some sum is split at a line end.</summary>
    public static readonly string Figures = string.Concat(Enumerable.Range(1, 25).Select(i =>
        string.Create(CultureInfo.InvariantCulture, $"第{i}项调整预算数{123456789012L + (i * 7_654_321_001L)}元，"))) + "均已执行完毕。";

    /// <summary>Long project names that wrap inside their cell.</summary>
    public static readonly string[] ProjectNames =
    [
        "（示测函〔2022〕65号）示例市测试局关于全市测试工作值班值守信息系统建设项目（23n）",
        "办公场所装修改造经费",
        "（示测函〔2020〕328号）业务系统运维及示例市政府信息化服务云平台资源租赁项目（2021-2023年）",
    ];

    /// <summary>The table as the Word reader gives it: rectangular, a merged cell's text in its first grid cell, the others empty.</summary>
    public static readonly string[][] ExpandedRows =
    [
        ["支出内容", "", "", "年初预算", "预算调增数", "预算调减数", "调整后预算数", "实际支出", "支出率"],
        ["项目支出", ProjectNames[0], "应急指挥救援科", "0", "5,261,400.00", "2,630,700.00", "2,630,700.00", "2,296,445.00", "87.29%"],
        ["", ProjectNames[1], "办公室", "150,000.00", "0", "1,721.52", "148,278.48", "109,726.08", "74.00%"],
        ["", ProjectNames[2], "监管科", "148,800.00", "0", "300.00", "148,500.00", "148,500.00", "100.00%"],
        ["合计", "", "", "298,800.00", "5,261,400.00", "2,632,721.52", "2,927,478.48", "2,554,671.08", "87.27%"],
    ];

    public static LayoutDocument Document() => new(["2023年度示例市测试局", "部门整体支出绩效自评报告"], "示例市测试局",
    [
        new HeadingPart(1, Headings[0]),
        new HeadingPart(2, Headings[1]),
        new ParagraphPart(NumberedParagraphs[0]),
        new ParagraphPart(NumberedParagraphs[1]),
        new HeadingPart(3, Headings[2]),
        new ParagraphPart(Figures),
        new HeadingPart(4, Headings[3]),
        Table(),
    ]);

    private static TablePart Table()
    {
        static LayoutCell[] Numbers(string[] row) => [.. row.Skip(3).Select(LayoutCell.Number)];

        return new TablePart(
            Caption,
            UnitNote,
            [
                new LayoutRow([LayoutCell.Centred("支出内容", columnSpan: 3), .. ExpandedRows[0].Skip(3).Select(h => LayoutCell.Centred(h))]),
            ],
            [
                new LayoutRow([LayoutCell.Centred("项目支出", rowSpan: 3), new(ProjectNames[0]), new(ExpandedRows[1][2]), .. Numbers(ExpandedRows[1])]),
                new LayoutRow([new(ProjectNames[1]), new(ExpandedRows[2][2]), .. Numbers(ExpandedRows[2])]),
                new LayoutRow([new(ProjectNames[2]), new(ExpandedRows[3][2]), .. Numbers(ExpandedRows[3])]),
                new LayoutRow([LayoutCell.Centred("合计", columnSpan: 3), .. Numbers(ExpandedRows[4])], Emphasis: true),
            ]);
    }
}
