using Jixiao.Domain.Profile;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Builds the report of a filled target-declaration workbook (<see cref="DeclarationLayout"/>): genre 绩效目标申报表,
/// the department, the year, 部门职能, the 部门整体支出绩效目标表 (<see cref="Report.Targets"/>) and one 项目支出绩效目标表
/// per project (<see cref="Report.ProjectTargets"/>). Each indicator keeps its 历史标准 (last year's target and actual)
/// as <see cref="Indicator.PriorYear"/>, and its 调整理由, 指标解释 and 佐证材料.
/// </summary>
internal sealed class DeclarationImporter(IReadOnlyDictionary<SheetSpec, SheetReader> sheets, ImportLog log)
{
    public Report Build(string fileName)
    {
        var sheet = sheets[DeclarationLayout.Department];
        var form = sheet.Form(DeclarationLayout.BasicForm);
        var department = form.Text("department");
        var year = form.Whole("year");
        var indicators = sheets[DeclarationLayout.IndicatorSheet].Table(DeclarationLayout.Indicators)
            .Select(r => Indicator(r, year)).OfType<Indicator>().ToList();
        if (indicators.Count == 0)
        {
            log.Warning(DeclarationLayout.IndicatorSheet.Name, "没有填写绩效指标", ReadingCodes.PartMissing);
        }

        return new Report
        {
            File = fileName,
            Genre = ReportGenre.TargetDeclaration,
            Source = new DocumentSource("xlsx"),
            Department = department,
            Year = year,
            Profile = new DepartmentProfile { Functions = sheet.Texts(WorkbookLayout.Functions, "text") },
            Targets = new PerformanceTargetTable
            {
                DepartmentName = department,
                BasicInfo = TargetBlocks.BasicInfo(form),
                Overview = TargetBlocks.Overview(sheet.Form(WorkbookLayout.Overview)),
                OverallGoal = sheet.Form(DeclarationLayout.GoalForm).Text("goal"),
                KeyTasks = TargetBlocks.KeyTasks(sheet.Table(WorkbookLayout.KeyTasks)),
                Indicators = indicators,
                Location = new SourceLocation(Table: DeclarationLayout.Department.Name),
            },
            ProjectTargets = Projects(year),
        };
    }

    /// <summary>An indicator row with its 历史标准 (of the year before <paramref name="year"/>) and the declaration's texts.</summary>
    private Indicator? Indicator(RowValues row, int? year)
    {
        if (TargetBlocks.Indicator(row, log) is not { } indicator)
        {
            return null;
        }

        var (target, actual) = (row.Text("priorTarget"), row.Text("priorActual"));
        return indicator with
        {
            PriorYear = target is null && actual is null ? null : new PriorYear(year - 1, target, actual),
            ChangeReason = row.Text("reason"),
            Explanation = row.Text("explanation"),
            Evidence = row.Text("evidence"),
        };
    }

    /// <summary>
    /// The projects of 【项目】 in order, then any project named only in 【项目绩效指标】, each with its indicators; an
    /// row that names no project is not read (a warning).
    /// </summary>
    private List<ProjectTargetTable> Projects(int? year)
    {
        var sheet = sheets[DeclarationLayout.ProjectSheet];
        var indicatorRows = Named(sheet.Table(DeclarationLayout.ProjectIndicators), "project");
        var indicatorsOf = indicatorRows.ToLookup(r => r.Name, r => r.Row, StringComparer.Ordinal);
        var rows = Named(sheet.Table(DeclarationLayout.Projects), "name");
        var named = rows.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        List<Indicator> Indicators(string name) => [.. indicatorsOf[name].Select(r => Indicator(r, year)).OfType<Indicator>()];

        var projects = rows.Select(p =>
        {
            var (name, r) = p;
            return new ProjectTargetTable
            {
                ProjectName = name,
                Department = r.Text("department"),
                ImplementingUnit = r.Text("implementingUnit"),
                TotalFunds = r.Number("total", name),
                FiscalFunds = r.Number("fiscal", name),
                OtherFunds = r.Number("other", name),
                OverallGoal = r.Text("goal"),
                Indicators = Indicators(name),
                Location = r.Location(name),
            };
        }).ToList();
        foreach (var name in indicatorRows.Select(r => r.Name).Where(p => !named.Contains(p)).Distinct(StringComparer.Ordinal))
        {
            projects.Add(new ProjectTargetTable { ProjectName = name, Indicators = Indicators(name), Location = indicatorsOf[name].First().Location(name) });
        }

        return projects;
    }

    /// <summary>The rows that name their project (<paramref name="key"/>), with the name; the others are not read (a warning).</summary>
    private List<(string Name, RowValues Row)> Named(IReadOnlyList<RowValues> rows, string key)
    {
        var named = new List<(string Name, RowValues Row)>();
        foreach (var row in rows)
        {
            if (row.Text(key) is { } name)
            {
                named.Add((name, row));
            }
            else
            {
                log.Warning(row.LocationOf(key, null).Cell, "没有填写“项目名称”，这一行未读取", ReadingCodes.PartMissing);
            }
        }

        return named;
    }
}
