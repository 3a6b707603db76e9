using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// Lays out a target declaration (绩效目标申报表): the title "{年度}年度{部门}" / "绩效目标申报表", then 一、 the
/// 部门整体支出绩效目标表 (<see cref="TargetTableLayout"/>) and 二、 one 项目支出绩效目标表 per project
/// (<see cref="ProjectTargetTableLayout"/>), tables numbered in order; the appendices as in the report (the review notes
/// are the indicator lint's findings).
/// </summary>
internal static class DeclarationComposer
{
    private static readonly string[] SectionNumbers = ["一、", "二、"];

    public static LayoutDocument Compose(Report report, CompositionOptions options)
    {
        var parts = new List<LayoutPart>();
        var sections = 0;
        var tables = 0;
        string NextTable(string name) => $"表{++tables}：{name}";

        var yearPrefix = ReportComposer.YearPrefix(report.Year);
        if (report.Targets is { } targets)
        {
            parts.Add(new HeadingPart(1, $"{SectionNumbers[sections++]}部门整体支出绩效目标"));
            parts.Add(TargetTableLayout.Build(targets, report.Department, NextTable($"{yearPrefix}部门整体支出绩效目标表")));
        }

        if (report.ProjectTargets.Count > 0)
        {
            parts.Add(new HeadingPart(1, $"{SectionNumbers[sections]}项目支出绩效目标"));
            parts.AddRange(report.ProjectTargets.Select(p => ProjectTargetTableLayout.Build(p, NextTable($"项目支出绩效目标表（{p.ProjectName}）"))));
        }

        parts.AddRange(Appendices.Of(options, "申报表", NextTable));
        var title = new[] { $"{yearPrefix}{report.Department}".Trim(), "绩效目标申报表" };
        return new LayoutDocument(title.Where(t => t.Length > 0).ToArray(), report.Department, parts);
    }
}
