using Jixiao.Domain.Scoring;
using static Jixiao.Domain.Scoring.IndicatorScorer;

namespace Jixiao.Cli.Rendering;

/// <summary>The score sheet as text: a header, one block per line (points, awarded, stated, formula, explanation), totals, notes.</summary>
public static class ScoreSheetRenderer
{
    public static void Text(TextWriter output, ScoreSheet sheet)
    {
        output.WriteLine($"评分表：{sheet.File}{(sheet.Subject is null ? string.Empty : "（" + sheet.Subject + "）")}");
        output.WriteLine($"评分方案：{sheet.Scheme} {sheet.SchemeVersion} {sheet.SchemeTitle}" + (sheet.Overlays.Count > 0 ? $"，叠加 {string.Join("、", sheet.Overlays)}" : string.Empty));
        foreach (var basis in sheet.Basis)
        {
            output.WriteLine($"  依据：{basis}");
        }

        output.WriteLine();
        foreach (var line in sheet.Lines)
        {
            var indent = new string(' ', line.Depth * 2);
            var points = line.Points is { } p ? N(p) : "未知";
            var awarded = line.Awarded is { } a ? N(a) : line.Status switch
            {
                ScoreLineStatus.NotApplicable => "不适用",
                ScoreLineStatus.Information => "—",
                _ => "无法计算",
            };
            var stated = line.Stated is { } s ? $"  报告所列 {s.Text}" : string.Empty;
            output.WriteLine($"{indent}{line.Name}  分值 {points}  重算得分 {awarded}{stated}");
            if (line.Inputs.Count > 0)
            {
                output.WriteLine($"{indent}  输入：{string.Join("；", line.Inputs.Select(i => $"{i.Name} = {i.Text}"))}");
            }

            if (line.Formula is { Length: > 0 } formula && formula != "—")
            {
                output.WriteLine($"{indent}  公式：{formula}");
            }

            output.WriteLine($"{indent}  说明：{line.Explanation}");
        }

        output.WriteLine();
        output.WriteLine($"总分：{(sheet.Total is { } total ? N(total) : "无法计算")}" + (sheet.Available is { } available ? $"（满分 {N(available)}）" : string.Empty)
            + (sheet.Grade is { } grade ? $"，等级 {grade}" : string.Empty));
        output.WriteLine($"  说明：{sheet.TotalExplanation}");
        if (sheet.StatedTotal is { } statedTotal)
        {
            output.WriteLine($"报告所列总分：{statedTotal.Text}" + (sheet.StatedGrade is { } statedGrade ? $"，等级 {statedGrade}" : string.Empty)
                + (sheet.GradeOfStatedTotal is { } g ? $"（按方案该总分为“{g}”）" : string.Empty));
        }
        else if (sheet.StatedGrade is { } onlyGrade)
        {
            output.WriteLine($"报告所列等级：{onlyGrade}");
        }

        if (sheet.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("说明与无法计算的部分：");
            foreach (var note in sheet.Notes.Distinct(StringComparer.Ordinal))
            {
                output.WriteLine($"  - {note}");
            }
        }
    }
}
