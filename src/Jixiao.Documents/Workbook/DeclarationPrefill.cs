using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using static Jixiao.Documents.Workbook.PrefillValues;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// What `jixiao targets new` pre-fills from last year's report (`--from`): the department, the year after, the basic
/// counts, 部门职能 and the key tasks as values to keep; last year's 预算整体情况 and 总体绩效目标 for reference only;
/// every indicator with last year's target and actual in the 历史标准 columns and the new target pre-filled with last
/// year's target, so that an untouched workbook keeps the targets; and the projects — those of last year's declaration or
/// project self-evaluation table (with their indicators), the key tasks (with their expected results as the project's
/// goal), then the other projects of 表3 with their names and units, funds blank.
/// </summary>
public static class DeclarationPrefill
{
    public static TemplateContent Build(int? year, string? department, Report? previous)
    {
        year ??= previous?.Year + 1;
        department ??= previous?.Department ?? previous?.Targets?.DepartmentName;
        var content = new TemplateContent { Workbook = DeclarationLayout.Definition, Year = year };
        content.Field(DeclarationLayout.BasicForm, "department", TextOf(department));
        content.Field(DeclarationLayout.BasicForm, "year", year is { } y ? new TemplateValue.Number(y) : null);
        TemplatePrefill.Functions(content, previous);
        if (previous?.Targets is { } targets)
        {
            foreach (var (key, last) in BasicInfo(targets))
            {
                content.Field(DeclarationLayout.BasicForm, key, last, last);
            }

            TemplatePrefill.Overview(content, targets.Overview, PrefillMode.NextYear);
            content.Field(DeclarationLayout.GoalForm, "goal", null, TextOf(targets.OverallGoal));
            foreach (var task in targets.KeyTasks)
            {
                content.Row(WorkbookLayout.KeyTasks, Cells(("name", TextOf(task.Name)), ("content", TextOf(task.Content)), ("expected", TextOf(task.Expected))));
            }

            foreach (var indicator in targets.Indicators)
            {
                content.Row(DeclarationLayout.Indicators, IndicatorCells(indicator));
            }
        }

        Projects(content, department, previous);
        return content;
    }

    /// <summary>The indicator's place and last year's target, carried as the new target and kept as 历史标准 with last year's actual.</summary>
    private static Dictionary<string, TemplateValue> IndicatorCells(Indicator indicator, string? project = null) =>
        Cells([("project", TextOf(project)), .. PrefillValues.Indicator(indicator), ("priorTarget", TextOf(indicator.AnnualTarget)), ("priorActual", TextOf(indicator.Actual))]);

    private static void Projects(TemplateContent content, string? department, Report? previous)
    {
        var budgetRows = previous?.BudgetTable?.Projects ?? [];
        var listed = new HashSet<string>(StringComparer.Ordinal);

        void Project(string name, string? supervising, string? unit, string? goal, IEnumerable<Indicator> indicators)
        {
            if (!listed.Add(name))
            {
                return;
            }

            var budget = budgetRows.FirstOrDefault(r => r.Label == name);
            content.Row(DeclarationLayout.Projects, Cells(
                ("name", TextOf(name)),
                ("department", TextOf(supervising ?? department)),
                ("implementingUnit", TextOf(unit ?? budget?.ImplementingUnit)),
                ("goal", TextOf(goal)),
                ("reference", Amount(budget?.Actual))));
            foreach (var indicator in indicators)
            {
                content.Row(DeclarationLayout.ProjectIndicators, IndicatorCells(indicator, name));
            }
        }

        if (previous?.Table is { ProjectName: { } tableProject } table)
        {
            Project(tableProject, table.SupervisingDepartment, table.ImplementingUnit, table.ExpectedGoal, table.Indicators.Select(r => r.Indicator));
        }

        foreach (var project in previous?.ProjectTargets ?? [])
        {
            Project(project.ProjectName, project.Department, project.ImplementingUnit, project.OverallGoal, project.Indicators);
        }

        foreach (var task in previous?.Targets?.KeyTasks ?? [])
        {
            Project(task.Name, null, null, task.Expected, []);
        }

        foreach (var row in budgetRows)
        {
            Project(row.Label, null, null, null, []);
        }
    }
}
