using Jixiao.Documents.Extraction;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Profile;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Reads a filled Jixiao workbook (`jixiao import`, and `audit`/`extract`/`facts`/`score` through the loader) into a
/// <see cref="Report"/>: the self-evaluation workbook as a 部门整体支出绩效自评报告, the target-declaration workbook
/// (told apart by the marker on its 说明 sheet) as a 绩效目标申报表 (<see cref="DeclarationImporter"/>). Every number keeps its text as typed, its exact value
/// (amounts in 元) and its cell ("预算执行明细!F12") with the sheet as table, the row's label and the column header.
/// Inputs are read; derived cells are recomputed from them (see <see cref="SheetReader"/>). A cell that cannot be read
/// is an error and nothing is imported; an empty required cell or a missing part is a warning kept in the report's
/// reading problems.
/// </summary>
public static class WorkbookImporter
{
    /// <summary>The sentence for a workbook that is not a Jixiao workbook.</summary>
    public const string NotJixiaoWorkbook = "不是 Jixiao 工作簿（“说明”工作表中没有模板标记）；请用 jixiao template（自评工作簿）或 jixiao targets new（目标申报工作簿）生成工作簿后填写";

    /// <summary>The kinds of Jixiao workbook, told apart by the marker on their 说明 sheet.</summary>
    private static readonly WorkbookDefinition[] Definitions = [WorkbookLayout.Definition, DeclarationLayout.Definition];

    public static ImportResult Import(string fileName, byte[] bytes, ReaderLimits limits)
    {
        var (package, failure) = WorkbookPackage.Open(bytes, limits);
        if (package is null)
        {
            return new ImportResult(null, [ImportProblem.Error(null, failure!)], IsJixiaoWorkbook: false);
        }

        using (package)
        {
            var (instructions, unreadable) = package.Sheet(WorkbookLayout.InstructionsSheet);
            if (unreadable is not null)
            {
                return new ImportResult(null, [ImportProblem.Error(null, unreadable)], IsJixiaoWorkbook: false);
            }

            var marker = CellReference.TryParse(WorkbookLayout.MarkerCell, out var markerCell) ? instructions?.Text(markerCell.Row, markerCell.Column) : null;
            if (Definitions.FirstOrDefault(d => marker?.StartsWith(d.MarkerPrefix, StringComparison.Ordinal) == true) is not { } definition)
            {
                return new ImportResult(null, [ImportProblem.Error(null, NotJixiaoWorkbook)], IsJixiaoWorkbook: false);
            }

            if (marker != definition.Marker)
            {
                return ImportResult.Failed(ImportProblem.Error($"{WorkbookLayout.InstructionsSheet}!{WorkbookLayout.MarkerCell}", $"模板版本“{marker}”不是本版本能读取的“{definition.Marker}”")) with { Workbook = definition };
            }

            var log = new ImportLog();
            var sheets = definition.Sheets.ToDictionary(s => s, s => SheetReader.Read(package, s, log));
            var report = definition == DeclarationLayout.Definition ? new DeclarationImporter(sheets, log).Build(fileName) : new Builder(sheets, log).Build(fileName);
            return log.HasErrors
                ? new ImportResult(null, [.. log.Errors], Workbook: definition)
                : new ImportResult(report with { ReadingProblems = [.. log.Warnings.Select(ToReadingProblem)] }, [], Workbook: definition);
        }
    }

    private static ReadingProblem ToReadingProblem(ImportProblem problem)
    {
        var sheet = problem.Cell?.Split('!')[0];
        return new ReadingProblem(problem.Code, problem.ToString(), new SourceLocation(Table: sheet, Cell: problem.Cell?.Contains('!', StringComparison.Ordinal) == true ? problem.Cell : null));
    }

    /// <summary>Builds the report's parts from the sheets, one method per part.</summary>
    private sealed class Builder(IReadOnlyDictionary<SheetSpec, SheetReader> sheets, ImportLog log)
    {
        public Report Build(string fileName)
        {
            var profile = sheets[WorkbookLayout.Profile];
            var form = profile.Form(WorkbookLayout.ProfileForm);
            var department = form.Text("department");
            var year = form.Whole("year");
            var monitoring = Monitoring(year);
            return new Report
            {
                File = fileName,
                Genre = ReportGenre.DepartmentSelfEvaluationReport,
                Source = new DocumentSource("xlsx"),
                Title = form.Text("title"),
                Department = department,
                Year = year,
                Profile = new DepartmentProfile
                {
                    SubUnits = profile.Texts(WorkbookLayout.Units, "name"),
                    Functions = profile.Texts(WorkbookLayout.Functions, "text"),
                    AnnualWork = profile.Texts(WorkbookLayout.AnnualWork, "text"),
                },
                Targets = Targets(department),
                Revenue = Revenue(),
                Expenditure = Expenditure(),
                EconomicTable = Economic(),
                BudgetTable = Budget(),
                Conclusion = Conclusion(),
                Monitoring = monitoring,
                Claims = [.. Management(), .. Scores()],
                Problems = sheets[WorkbookLayout.Issues].Texts(WorkbookLayout.Problems, "text"),
                Measures = sheets[WorkbookLayout.Issues].Texts(WorkbookLayout.Measures, "text"),
            };
        }

        private PerformanceTargetTable? Targets(string? department)
        {
            var sheet = sheets[WorkbookLayout.Targets];
            var form = sheet.Form(WorkbookLayout.TargetForm);
            var overview = sheet.Form(WorkbookLayout.Overview);
            var tasks = sheet.Table(WorkbookLayout.KeyTasks);
            var indicators = sheet.Table(WorkbookLayout.Indicators).Select(r => TargetBlocks.Indicator(r, log)).OfType<Indicator>().ToList();
            if (indicators.Count == 0)
            {
                Missing(WorkbookLayout.Targets, "没有填写绩效指标");
            }

            if (form.IsEmpty && overview.IsEmpty && tasks.Count == 0 && indicators.Count == 0)
            {
                return null;
            }

            return new PerformanceTargetTable
            {
                DepartmentName = department,
                OverallGoal = form.Text("goal"),
                BasicInfo = TargetBlocks.BasicInfo(form),
                Overview = TargetBlocks.Overview(overview),
                KeyTasks = TargetBlocks.KeyTasks(tasks),
                Indicators = indicators,
                Location = form.Location,
            };
        }

        private RevenueStatement? Revenue()
        {
            if (Filled(WorkbookLayout.Finance, WorkbookLayout.Revenue, "没有填写收入") is not { } rows)
            {
                return null;
            }

            RevenueLine Line(RowValues row)
            {
                var source = row.IsTotal ? null : row.Text("source");
                var path = row.Text("source");
                return new RevenueLine(source, row.Number("initial", path), row.Number("adjusted", path), row.Number("final", path),
                    row.Number("increase", path), row.Number("growthRate", path), row.Location(path));
            }

            var (lines, total) = LinesAndTotal(rows, Line);
            return new RevenueStatement(total ?? new RevenueLine(null, null, null, null, null, null, new SourceLocation(Table: WorkbookLayout.Finance.Name)), lines);
        }

        private ExpenditureStatement? Expenditure()
        {
            var form = sheets[WorkbookLayout.Finance].Form(WorkbookLayout.Expenditure);
            if (form.Number("actual") is null)
            {
                Missing(WorkbookLayout.Finance, "没有填写决算支出");
            }

            return form.IsEmpty ? null : new ExpenditureStatement
            {
                Initial = form.Number("initial"),
                Adjusted = form.Number("adjusted"),
                Actual = form.Number("actual"),
                Basic = form.Number("basic"),
                BasicShare = form.Number("basicShare"),
                Personnel = form.Number("personnel"),
                Operating = form.Number("operating"),
                Project = form.Number("project"),
                ProjectShare = form.Number("projectShare"),
                ExecutionRate = form.Number("executionRate"),
                Location = form.Location,
            };
        }

        private EconomicClassificationTable? Economic()
        {
            if (Filled(WorkbookLayout.EconomicSheet, WorkbookLayout.Economic, "没有填写经济分类") is not { } rows)
            {
                return null;
            }

            EconomicRow Row(RowValues row)
            {
                var name = row.Text("name") ?? string.Empty;
                return new EconomicRow(name, row.Number("amount", name), row.Number("share", name), row.Location(name));
            }

            var (lines, total) = LinesAndTotal(rows, Row);
            return new EconomicClassificationTable(null, lines, total, new SourceLocation(Table: WorkbookLayout.EconomicSheet.Name));
        }

        private BudgetExecutionTable? Budget()
        {
            var sheet = sheets[WorkbookLayout.Budget];
            var blocks = new List<BudgetBlock>();
            if (Block(WorkbookLayout.DepartmentBlockName, isDepartment: true, sheet.Table(WorkbookLayout.DepartmentBasic)) is { } department)
            {
                blocks.Add(department);
            }

            foreach (var unit in sheet.Table(WorkbookLayout.UnitBasic).GroupBy(r => r.Text("unit")!))
            {
                blocks.Add(Block(unit.Key, isDepartment: false, [.. unit])!);
            }

            var rows = sheet.Table(WorkbookLayout.Projects);
            if (blocks.Count == 0 && rows.Count == 0)
            {
                Missing(WorkbookLayout.Budget, "没有填写预算执行明细");
                return null;
            }

            var (projects, total) = LinesAndTotal(
                rows,
                r => Row(r, r.Text("name") ?? string.Empty, r.Text("name"), BudgetLineKind.Project, r.Text("implementingUnit")),
                r => Row(r, WorkbookLayout.ProjectTotalLabel, WorkbookLayout.ProjectTotalLabel, BudgetLineKind.ProjectTotal, null));
            return new BudgetExecutionTable(null, blocks, projects, total, new SourceLocation(Table: WorkbookLayout.Budget.Name));
        }

        private static BudgetBlock? Block(string name, bool isDepartment, IReadOnlyList<RowValues> rows)
        {
            if (rows.Count == 0)
            {
                return null;
            }

            BudgetRow Line(RowValues row)
            {
                var label = row.Text("item") ?? string.Empty;
                return Row(row, label, $"{name}/{label}", Vocabulary.LineKindOf(label), null);
            }

            var (lines, total) = LinesAndTotal(rows, Line);
            return new BudgetBlock(name, isDepartment, lines, total);
        }

        private static BudgetRow Row(RowValues row, string label, string? path, BudgetLineKind kind, string? implementingUnit) => new(
            label,
            kind,
            implementingUnit,
            row.Number("initial", path),
            row.Number("increase", path),
            row.Number("decrease", path),
            row.Number("adjusted", path),
            row.Number("actual", path),
            row.Number("executionRate", path),
            row.Location(path));

        private IEnumerable<Claim> Management()
        {
            var form = sheets[WorkbookLayout.ManagementSheet].Form(WorkbookLayout.Management);
            foreach (var (key, kind) in new[] { ("monitoringDate", DateKind.Monitoring), ("selfEvaluationDate", DateKind.SelfEvaluation) })
            {
                if (form.Date(key) is { } date)
                {
                    yield return new DateClaim(kind, date.Text, date.Year, date.Month, date.Day, form.LocationOf(key));
                }
            }

            var coverage = new[] { form.Number("level1Projects"), form.Number("level2Projects"), form.Number("coverageFunds"), form.Number("coverageShare") };
            if (coverage.Any(n => n is not null))
            {
                yield return new ProjectCoverageClaim(coverage[0], coverage[1], coverage[2], coverage[3], form.LocationOf("level1Projects"));
            }

            var names = form.Text("keyProjects")?.Split(['、', '，', ',', '；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            if (names.Length > 0 || form.Number("keyProjectCount") is not null || form.Number("keyProjectFunds") is not null)
            {
                yield return new EvaluatedFundsClaim(EvaluationScope.KeyProjects, names, form.Number("keyProjectCount"), form.Number("keyProjectFunds"), form.LocationOf("keyProjects"));
            }

            if (form.Number("departmentFunds") is { } funds)
            {
                yield return new EvaluatedFundsClaim(EvaluationScope.Department, [], null, funds, form.LocationOf("departmentFunds"));
            }
        }

        private SelfEvaluationConclusion? Conclusion()
        {
            var form = sheets[WorkbookLayout.Evaluation].Form(WorkbookLayout.Conclusion);
            return form.IsEmpty ? null : new SelfEvaluationConclusion(form.Number("budget"), form.Number("executed"), form.Number("executionRate"), form.Location);
        }

        private IEnumerable<Claim> Scores() =>
            sheets[WorkbookLayout.Evaluation].Table(WorkbookLayout.Scores)
                .Where(r => r.Text("item") is not null)
                .Select(r => new ScoreClaim(r.Text("item")!, r.Number("maxScore", r.Text("item")), r.Number("score", r.Text("item")), r.Location(r.Text("item"))));

        private MonitoringTable? Monitoring(int? year)
        {
            var sheet = sheets[WorkbookLayout.Monitoring];
            var form = sheet.Form(WorkbookLayout.MonitoringForm);
            var budgets = sheet.Table(WorkbookLayout.MonitoringBudgets);
            var indicators = sheet.Table(WorkbookLayout.MonitoringIndicators);
            if (form.Whole("month") is null && budgets.Count == 0 && indicators.Count == 0)
            {
                return null;
            }

            return new MonitoringTable
            {
                Title = form.Text("title"),
                Period = form.Whole("month") is { } month ? new MonitoringPeriod(year, month, $"1-{month}月") : null,
                MoneyUnit = sheet.MoneyUnit,
                Budgets = [.. budgets.Select(r =>
                {
                    var name = r.Text("name") ?? string.Empty;
                    return new MonitoringBudgetRow(name, r.Number("budget", name), r.Number("executed", name), r.Number("executionRate", name),
                        r.Number("forecast", name), MonitoringWords.CauseOf(r.Text("cause")), r.Text("explanation"), r.Location(name));
                })],
                Indicators = [.. indicators.Select(r =>
                {
                    var name = r.Text("name") ?? string.Empty;
                    var toDate = r.Text("toDate");
                    var forecast = r.Text("forecast");
                    return new MonitoringIndicator(r.Text("level1"), r.Text("level2"), name, TargetParser.Parse(r.Text("target"), name),
                        toDate, toDate is null ? null : NumberReader.Completion(toDate, r.LocationOf("toDate", name)),
                        forecast, forecast is null ? null : NumberReader.Completion(forecast, r.LocationOf("forecast", name)),
                        MonitoringWords.CauseOf(r.Text("cause")), r.Text("explanation"), MonitoringWords.LikelihoodOf(r.Text("likelihood")), r.Location(name));
                })],
                Location = form.Location,
            };
        }

        /// <summary>
        /// A table's rows made into lines: the lines of the rows other than the total row, by <paramref name="line"/>,
        /// and the total row's line, by <paramref name="totalLine"/> (<paramref name="line"/> when not given), if the table has one.
        /// </summary>
        private static (IReadOnlyList<T> Lines, T? Total) LinesAndTotal<T>(IReadOnlyList<RowValues> rows, Func<RowValues, T> line, Func<RowValues, T>? totalLine = null)
            where T : class
        {
            var total = rows.FirstOrDefault(r => r.IsTotal);
            return ([.. rows.Where(r => !r.IsTotal).Select(line)], total is null ? null : (totalLine ?? line)(total));
        }

        /// <summary>The rows of a table the report needs, or null, with the warning <paramref name="missing"/>, when none is filled in.</summary>
        private IReadOnlyList<RowValues>? Filled(SheetSpec sheet, TableSpec table, string missing)
        {
            var rows = sheets[sheet].Table(table);
            if (rows.Count == 0)
            {
                Missing(sheet, missing);
                return null;
            }

            return rows;
        }

        private void Missing(SheetSpec sheet, string message) => log.Warning(sheet.Name, message, ReadingCodes.PartMissing);
    }
}
