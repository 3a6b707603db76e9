using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// The appendices of a generated document, each on a new page: 数据更正说明 (the changes made to the figures before
/// rendering) and 审核意见 (the audit findings, one row each); numbered when there are both.
/// </summary>
internal static class Appendices
{
    /// <param name="options">The corrections and review notes.</param>
    /// <param name="document">What the document is called in the review summary: "报告", "申报表".</param>
    /// <param name="nextTable">Numbers the next table's caption ("审核意见明细" → "表5：审核意见明细").</param>
    public static IReadOnlyList<LayoutPart> Of(CompositionOptions options, string document, Func<string, string> nextTable)
    {
        var parts = new List<LayoutPart>();
        if (options.Corrections.Count > 0)
        {
            parts.Add(new PageBreakPart());
            parts.Add(new HeadingPart(1, "附件1：数据更正说明"));
            parts.Add(new ParagraphPart("以下数字按明细表重新核算后更正："));
            parts.AddRange(ReportComposer.Numbered(options.Corrections));
        }

        if (options.ReviewNotes.Count > 0)
        {
            var notes = options.ReviewNotes;
            parts.Add(new PageBreakPart());
            parts.Add(new HeadingPart(1, options.Corrections.Count > 0 ? "附件2：审核意见" : "附件：审核意见"));
            parts.Add(new ParagraphPart($"经 Jixiao 审核，本{document}共有错误 {notes.Count(n => n.Severity == "错误")} 项、警告 {notes.Count(n => n.Severity == "警告")} 项、提示 {notes.Count(n => n.Severity == "提示")} 项，明细如下。"));
            parts.Add(ReviewTable(notes, nextTable("审核意见明细")));
        }

        return parts;
    }

    private static TablePart ReviewTable(IReadOnlyList<ReviewNote> notes, string caption) =>
        new(caption, null,
            [new LayoutRow(LayoutCell.Centred("序号"), LayoutCell.Centred("规则"), LayoutCell.Centred("级别"), LayoutCell.Centred("问题"), LayoutCell.Centred("位置"))],
            notes.Select((n, i) => new LayoutRow(LayoutCell.Centred(Figures.Count(i + 1)), new LayoutCell(n.RuleId), LayoutCell.Centred(n.Severity),
                new LayoutCell($"{n.Title}：{n.Message}"), new LayoutCell(n.Where))).ToArray());
}
