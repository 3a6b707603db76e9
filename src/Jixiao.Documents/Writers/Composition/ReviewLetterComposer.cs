using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// Lays out a <see cref="ReviewLetter"/> as a <see cref="LayoutDocument"/> in the style of an official letter (GB/T 9704:
/// title "关于XX单位2023年度部门整体支出绩效自评报告的审核意见", addressee, numbered sections), so the .docx and .html
/// writers format it like the generated reports.
/// </summary>
public static class ReviewLetterComposer
{
    private const string None = "无。";

    public static LayoutDocument Compose(ReviewLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var parts = new List<LayoutPart>
        {
            new ParagraphPart($"{letter.Department}："),
            new ParagraphPart($"你单位报送的{letter.Year}年度{letter.Genre}（第{letter.Version}版）已收悉。经审核，现将审核意见反馈如下。"),
            new HeadingPart(1, "一、审核结论"),
            new ParagraphPart(letter.Reason is { Length: > 0 } reason ? $"{letter.Conclusion}。理由：{reason}" : $"{letter.Conclusion}。"),
            new HeadingPart(1, "二、评分情况"),
            new ParagraphPart(ScoreSentence(letter.Score)),
        };
        if (letter.Score.Items.Count > 0)
        {
            parts.Add(new TablePart("表1：评分表摘要", "单位：分",
                [new LayoutRow(LayoutCell.Centred("评分项"), LayoutCell.Centred("分值"), LayoutCell.Centred("重算得分"), LayoutCell.Centred("报告所列得分"))],
                [.. letter.Score.Items.Select(i => new LayoutRow(new LayoutCell(i.Name), LayoutCell.Number(i.Points), LayoutCell.Number(i.Recomputed), LayoutCell.Number(i.Stated)))]));
        }

        Section(parts, "三、需要修改的问题", letter.Open, note: null);
        Section(parts, "四、已说明的问题", letter.Explained, note: "说明");
        Section(parts, "五、认定为误报的问题（不要求修改）", letter.FalsePositives, note: "理由");
        parts.Add(new ParagraphPart(letter.Open.Count > 0 ? "请对照上述问题逐项核实修改，并在修改后重新报送。" : "特此函告。"));
        parts.Add(new ParagraphPart((letter.Reviewer is { Length: > 0 } reviewer ? $"审核人：{reviewer}　" : string.Empty) + $"{letter.Date.Year}年{letter.Date.Month}月{letter.Date.Day}日"));
        return new LayoutDocument([$"关于{letter.Department}{letter.Year}年度{letter.Genre}的审核意见"], null, parts);
    }

    private static string ScoreSentence(ReviewLetterScore score)
    {
        var recomputed = score.Recomputed is { } total
            ? $"按评分方案“{score.Scheme}”重算，得分 {total} 分" + (score.Grade is { } grade ? $"（{grade}）" : string.Empty)
            : $"按评分方案“{score.Scheme}”无法由公布的数字重算总分";
        var stated = score.Stated is { } printed
            ? $"；报告所列得分 {printed} 分" + (score.StatedGrade is { } statedGrade ? $"（{statedGrade}）" : string.Empty)
            : "；报告未列总分";
        return recomputed + stated + "。";
    }

    private static void Section(List<LayoutPart> parts, string heading, IReadOnlyList<ReviewLetterFinding> findings, string? note)
    {
        parts.Add(new HeadingPart(1, heading));
        if (findings.Count == 0)
        {
            parts.Add(new ParagraphPart(None));
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var where = f.Where.Length > 0 ? $"（位置：{f.Where}）" : string.Empty;
            var noted = note is not null && f.Note is { Length: > 0 } text ? $"{note}：{text}" : string.Empty;
            parts.Add(new ParagraphPart($"{i + 1}．【{f.Severity}】{f.Title}（{f.RuleId}）：{f.Message}{where}{noted}"));
        }
    }
}
