using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>A piece of text the suggestions are matched against, and where it comes from ("部门职能", "项目").</summary>
public sealed record ContextText(string Source, string Text);

/// <summary>
/// What indicators are suggested for: the department's or project's own words (functions, annual work, key tasks,
/// project names and goals) and the indicators it already has (for the category check).
/// </summary>
public sealed record SuggestionContext(IReadOnlyList<ContextText> Texts, IReadOnlyList<Indicator> Indicators)
{
    public const string Functions = "部门职能";
    public const string AnnualWork = "年度工作";
    public const string KeyTasks = "重点工作任务";
    public const string OverallGoal = "总体绩效目标";
    public const string Projects = "项目";

    /// <summary>
    /// The context of a report: functions, annual work, key tasks (name, content, expected result) and overall goal of
    /// a department report; project names and goals of the budget table, the self-evaluation table and project target
    /// tables; and all the report's indicators.
    /// </summary>
    public static SuggestionContext From(Report report)
    {
        var texts = new List<ContextText>();
        texts.AddRange(report.Profile.Functions.Select(f => new ContextText(Functions, f)));
        texts.AddRange(report.Profile.AnnualWork.Select(w => new ContextText(AnnualWork, w)));
        texts.AddRange((report.Targets?.KeyTasks ?? []).Select(t => new ContextText(KeyTasks, Join(t.Name, t.Content, t.Expected))));
        if (report.Targets?.OverallGoal is { } goal)
        {
            texts.Add(new ContextText(OverallGoal, goal));
        }

        texts.AddRange((report.BudgetTable?.Projects ?? []).Select(p => new ContextText(Projects, p.Label)));
        if (report.Table is { } table)
        {
            texts.Add(new ContextText(Projects, Join(table.ProjectName, table.ExpectedGoal)));
        }

        texts.AddRange(report.ProjectTargets.Select(p => new ContextText(Projects, Join(p.ProjectName, p.OverallGoal))));
        return new SuggestionContext([.. texts.Where(t => t.Text.Length > 0)], [.. LibraryHarvest.IndicatorsOf(report)]);
    }

    private static string Join(params string?[] parts) =>
        string.Join("。", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
