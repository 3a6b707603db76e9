using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads a performance-monitoring table (绩效运行监控表) from table rows: a budget header (项目名称, 年度预算数,
/// 1-N月执行数, 执行率, 全年预计执行数, 偏差原因) and an indicator header (一级/二级/三级指标, 年度指标值,
/// 1-N月实际完成值, 全年预计完成值, 偏差原因, 完成目标可能性), in one table or several. Columns are found by their
/// header words, not by position; the month N comes from the header ("1-6月执行数") or the title ("截至6月").
/// </summary>
public static partial class MonitoringTableExtractor
{
    /// <summary>The table name findings and cell addresses use.</summary>
    public const string TableName = "监控表";

    private const string FormName = "绩效运行监控表";

    private enum Column
    {
        Name,
        Budget,
        Executed,
        Rate,
        Forecast,
        Cause,
        Explanation,
        Level1,
        Level2,
        Level3,
        Target,
        ToDate,
        ForecastValue,
        Likelihood,
    }

    public static Report Extract(Report report, string title, IReadOnlyList<SectionedBlock> blocks, List<ReadingProblem> problems)
    {
        var budgets = new List<MonitoringBudgetRow>();
        var indicators = new List<MonitoringIndicator>();
        string? periodText = null;
        int? month = null;
        var moneyUnit = MoneyUnits.TenThousandYuan;
        SourceLocation? location = null;

        foreach (var item in blocks)
        {
            if (item.Block is not TableBlock table)
            {
                continue;
            }

            Dictionary<Column, int>? columns = null;
            string[] headerCells = [];
            var indicatorMode = false;
            string? level1 = null;
            string? level2 = null;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var cells = row.Cells.Select(c => c.Trim()).ToArray();
                if (HeaderColumns(cells) is { } header)
                {
                    columns = header;
                    headerCells = cells;
                    indicatorMode = header.ContainsKey(Column.Level3) || header.ContainsKey(Column.Target);
                    level1 = level2 = null;
                    location ??= new SourceLocation(item.SectionPath, TableName, Line: table.Line, Page: table.Page);
                    if (month is null && cells.Select(c => (Cell: c, Month: MonthOf(c))).FirstOrDefault(x => x.Month is not null) is { Month: { } m } found)
                    {
                        (month, periodText) = (m, found.Cell);
                    }

                    if (!indicatorMode && cells.Concat([table.UnitNote ?? string.Empty, table.Caption ?? string.Empty]).Any(c => YuanUnit().IsMatch(c)))
                    {
                        moneyUnit = MoneyUnits.Yuan;
                    }

                    continue;
                }

                if (columns is null || cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var reader = new CellReader(cells, headerCells, columns, item.SectionPath, row, r, problems);
                if (indicatorMode)
                {
                    level1 = reader.Text(Column.Level1) ?? level1;
                    level2 = reader.Text(Column.Level2) ?? level2;
                    var name = reader.Text(Column.Level3);
                    if (name is null || (reader.Text(Column.Target) is null && reader.Text(Column.ForecastValue) is null))
                    {
                        continue;
                    }

                    reader.RowLabel = name;
                    var (cause, explanation) = CauseOf(reader.Text(Column.Cause), reader.Text(Column.Explanation));
                    var toDateText = reader.Text(Column.ToDate);
                    var forecastText = reader.Text(Column.ForecastValue);
                    indicators.Add(new MonitoringIndicator(level1, level2, name,
                        TargetParser.Parse(reader.Text(Column.Target), name),
                        toDateText, reader.Value(Column.ToDate),
                        forecastText, reader.Value(Column.ForecastValue),
                        cause, explanation, MonitoringWords.LikelihoodOf(reader.Text(Column.Likelihood)),
                        reader.RowLocation()));
                }
                else
                {
                    var name = reader.Text(Column.Name) ?? cells.FirstOrDefault(c => c.Length > 0 && !NumberReader.IsNumeric(c));
                    if (name is null)
                    {
                        continue;
                    }

                    reader.RowLabel = name;
                    var (cause, explanation) = CauseOf(reader.Text(Column.Cause), reader.Text(Column.Explanation));
                    budgets.Add(new MonitoringBudgetRow(name,
                        reader.Money(Column.Budget, moneyUnit), reader.Money(Column.Executed, moneyUnit), reader.Percent(Column.Rate),
                        reader.Money(Column.Forecast, moneyUnit), cause, explanation, reader.RowLocation()));
                }
            }
        }

        if (month is null && MonthOf(title) is { } titleMonth)
        {
            (month, periodText) = (titleMonth, title);
        }

        var year = report.Year;
        var monitoring = new MonitoringTable
        {
            Title = title.Length == 0 ? null : title,
            Period = month is { } n ? new MonitoringPeriod(year, n, periodText!) : null,
            MoneyUnit = moneyUnit,
            Budgets = budgets,
            Indicators = indicators,
            Location = location ?? new SourceLocation(Table: TableName),
        };

        ReportGaps(monitoring, problems);
        var hasContent = budgets.Count > 0 || indicators.Count > 0;
        return report with
        {
            Department = report.Department ?? TableGenreExtractor.DepartmentOf(title),
            Monitoring = hasContent ? monitoring : null,
            ReadingProblems = problems,
        };
    }

    private static void ReportGaps(MonitoringTable table, List<ReadingProblem> problems)
    {
        if (table.Budgets.Count == 0 && table.Indicators.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing,
                $"没有找到{FormName}的表格（预算执行和绩效指标都没有读到；表头应有“项目名称”“年度预算数”“1-N月执行数”或“三级指标”“年度指标值”等）", SourceLocation.Unknown));
            return;
        }

        if (table.Period is null)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{FormName}的表头和标题中都没有监控期间（如“1-6月执行数”“截至6月”），无法计算时间进度", table.Location));
        }

        if (table.Budgets.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{FormName}没有读到预算执行情况（年度预算数、1-N月执行数）", table.Location));
        }
        else if (table.Budgets.Where(b => !b.IsTotal).All(b => b.AnnualBudget is null || b.Executed is null))
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{FormName}的预算行没有同时列出年度预算数和 1-N月执行数，无法计算执行率", table.Location));
        }

        if (table.Indicators.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{FormName}没有读到绩效指标（年度指标值、1-N月实际完成值）", table.Location));
        }
    }

    /// <summary>The columns a header row names, or null when the row is no budget or indicator header.</summary>
    private static Dictionary<Column, int>? HeaderColumns(string[] cells)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (ColumnOf(cells[i]) is { } column)
            {
                columns.TryAdd(column, i);
            }
        }

        var isBudget = columns.ContainsKey(Column.Budget) && (columns.ContainsKey(Column.Executed) || columns.ContainsKey(Column.Rate));
        var isIndicator = columns.ContainsKey(Column.Level3) && (columns.ContainsKey(Column.Target) || columns.ContainsKey(Column.ForecastValue));
        return isBudget || isIndicator ? columns : null;
    }

    private static Column? ColumnOf(string raw)
    {
        var cell = Regex.Replace(raw, @"\s+", string.Empty);
        return cell switch
        {
            "" => null,
            _ when cell.Contains("一级指标", StringComparison.Ordinal) => Column.Level1,
            _ when cell.Contains("二级指标", StringComparison.Ordinal) => Column.Level2,
            _ when cell.Contains("三级指标", StringComparison.Ordinal) => Column.Level3,
            _ when cell.Contains("可能性", StringComparison.Ordinal) => Column.Likelihood,
            _ when cell.Contains("偏差原因", StringComparison.Ordinal) || cell == "原因" => Column.Cause,
            _ when cell.Contains("原因说明", StringComparison.Ordinal) || cell.Contains("情况说明", StringComparison.Ordinal) => Column.Explanation,
            _ when cell.Contains("预计执行", StringComparison.Ordinal) => Column.Forecast,
            _ when cell.Contains("预计完成", StringComparison.Ordinal) => Column.ForecastValue,
            _ when cell.Contains("执行率", StringComparison.Ordinal) => Column.Rate,
            _ when cell.Contains("执行数", StringComparison.Ordinal) || cell.Contains("支出数", StringComparison.Ordinal) => Column.Executed,
            _ when cell.Contains("完成值", StringComparison.Ordinal) || cell.Contains("完成情况", StringComparison.Ordinal) => Column.ToDate,
            _ when cell.Contains("指标值", StringComparison.Ordinal) => Column.Target,
            _ when cell.Contains("预算数", StringComparison.Ordinal) || cell.Contains("预算金额", StringComparison.Ordinal) => Column.Budget,
            _ when cell.Contains("名称", StringComparison.Ordinal) || cell is "项目" or "部门" or "单位" => Column.Name,
            _ => null,
        };
    }

    /// <summary>N of "1-6月", "1—7月", "1至8月", "截至6月", "截止6月底", "上半年" (6).</summary>
    public static int? MonthOf(string text)
    {
        var match = MonthPattern().Match(text);
        if (match.Success && int.TryParse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            return m;
        }

        return text.Contains("上半年", StringComparison.Ordinal) ? 6 : null;
    }

    private static (DeviationCause? Cause, string? Explanation) CauseOf(string? causeCell, string? explanationCell)
    {
        var cause = MonitoringWords.CauseOf(causeCell);
        var explanation = explanationCell;
        if (explanation is null && causeCell is not null)
        {
            var rest = cause is { } c ? causeCell.Replace(MonitoringWords.Name(c), string.Empty, StringComparison.Ordinal).Trim(' ', '：', ':', '，', ',', '；', ';') : causeCell;
            explanation = rest.Length == 0 ? null : rest;
        }

        return (cause, explanation);
    }

    private sealed class CellReader(string[] cells, string[] header, Dictionary<Column, int> columns, string section, TableRow row, int rowIndex, List<ReadingProblem> problems)
    {
        public string? RowLabel { get; set; }

        public string? Text(Column column)
        {
            if (!columns.TryGetValue(column, out var index) || index >= cells.Length)
            {
                return null;
            }

            var text = cells[index];
            return text.Length == 0 || text is "/" or "—" or "－" or "-" or "——" or "无" ? null : text;
        }

        public SourceLocation RowLocation() => new(section, TableName, RowLabel, Line: row.Line, Page: row.Page);

        public SourceLocation At(Column column, string columnLabel) =>
            new(section, TableName, RowLabel, columnLabel, CellAddress.Of(TableName, columns[column], rowIndex), row.Line, row.Page);

        public Stated? Money(Column column, string unit) =>
            Read(column, text => NumberReader.Money(text, unit, At(column, LabelOf(column))));

        public Stated? Percent(Column column) =>
            Read(column, text => NumberReader.Percent(text.EndsWith('%') ? text : text + "%", At(column, LabelOf(column))));

        /// <summary>A completion value: a rate ("96%") or a count with its unit ("118公里"); words stay text only.</summary>
        public Stated? Value(Column column)
        {
            if (Text(column) is not { } text)
            {
                return null;
            }

            return NumberReader.Completion(text, At(column, LabelOf(column)));
        }

        private Stated? Read(Column column, Func<string, Stated?> read)
        {
            if (Text(column) is not { } text || NumberReader.IsBlank(text))
            {
                return null;
            }

            if (read(text) is { } value)
            {
                return value;
            }

            problems.Add(new ReadingProblem(ReadingCodes.NotANumber, $"{TableName}“{RowLabel}”的{LabelOf(column)}“{text}”不是数字", At(column, LabelOf(column))));
            return null;
        }

        private string LabelOf(Column column) =>
            columns.TryGetValue(column, out var index) && index < header.Length && header[index].Length > 0
                ? Regex.Replace(header[index], @"\s+", string.Empty)
                : DefaultLabel(column);

        private static string DefaultLabel(Column column) => column switch
        {
            Column.Budget => "年度预算数",
            Column.Executed => "1-N月执行数",
            Column.Rate => "执行率",
            Column.Forecast => "全年预计执行数",
            Column.Target => "年度指标值",
            Column.ToDate => "1-N月实际完成值",
            Column.ForecastValue => "全年预计完成值",
            _ => column.ToString(),
        };
    }

    [GeneratedRegex(@"(?:1\s*[-—–~～至到]\s*|截[至止]\s*(?:(?:19|20)\d{2}\s*年\s*)?)(?<m>1[0-2]|[1-9])\s*月")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"[（(]\s*元\s*[）)]|单位\s*[：:]\s*元(?!\w)|^元$")]
    private static partial Regex YuanUnit();
}
