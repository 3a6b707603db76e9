using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the 部门整体支出绩效目标表: department name, 基本信息, 预算整体情况, 总体绩效目标,
/// 年度重点工作任务 and the indicator tree (<see cref="IndicatorTreeReader"/>).
/// </summary>
public static class TargetTableExtractor
{
    public static bool IsTargetTable(TableBlock table) =>
        table.Rows.Any(r => r.Cells.Count > 0 && (r.Cells[0] == "绩效指标" || r.Cells[0] == "预算整体情况"));

    /// <param name="table">The table.</param>
    /// <param name="section">The section it stands in.</param>
    /// <param name="problems">Where reading problems go.</param>
    /// <param name="year">The year the table's targets are for: its 历史标准 columns (上年指标值, 上年实际值) are the year before.</param>
    public static PerformanceTargetTable Extract(TableBlock table, string section, List<ReadingProblem> problems, int? year)
    {
        string? department = null;
        string? goal = null;
        var basicInfo = new List<LabelledField>();
        var overview = new Dictionary<string, Stated>();
        var tasks = new List<KeyTask>();
        var indicators = new IndicatorTreeReader(year - 1);
        var block = string.Empty;
        var overviewUnit = MoneyUnits.TenThousandYuan;

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = row.Cells;
            if (cells.Count > 0 && cells[0].Length > 0)
            {
                block = cells[0];
            }

            SourceLocation At(int column, string? rowLabel, string? columnLabel) =>
                new(section, Vocabulary.TargetTableName, rowLabel, columnLabel, CellAddress.Of(Vocabulary.TargetTableName, column, r), row.Line, row.Page ?? table.Page);

            switch (block)
            {
                case "部门名称":
                    department = cells.Skip(1).FirstOrDefault(c => c.Length > 0);
                    break;
                case "基本信息":
                    for (var c = 1; c + 1 <= cells.Count; c += 2)
                    {
                        if (cells[c].Length == 0)
                        {
                            continue;
                        }

                        var text = c + 1 < cells.Count ? cells[c + 1] : string.Empty;
                        var location = At(c + 1, cells[c], cells[c]);
                        basicInfo.Add(new LabelledField(cells[c], text, NumberReader.Count(text, "个", location), location));
                    }

                    break;
                case "预算整体情况":
                    for (var c = 1; c + 1 < cells.Count; c += 2)
                    {
                        var label = cells[c];
                        if (label.Contains("万元", StringComparison.Ordinal) || cells[c + 1].Contains("万元", StringComparison.Ordinal))
                        {
                            overviewUnit = cells[c + 1].Contains("（元）", StringComparison.Ordinal) ? MoneyUnits.Yuan : MoneyUnits.TenThousandYuan;
                            continue;
                        }

                        var value = NumberReader.Money(cells[c + 1], overviewUnit, At(c + 1, label, "预算金额"));
                        if (label.Length > 0 && value is not null)
                        {
                            overview[label] = value;
                        }
                    }

                    break;
                case "总体绩效目标":
                    goal = cells.Skip(1).FirstOrDefault(c => c.Length > 0);
                    break;
                case "年度重点工作任务":
                    if (cells.Count > 1 && cells[1].Length > 0 && cells[1] != "名称")
                    {
                        var funds = cells.Count > 3 ? NumberReader.Money(cells[3], MoneyUnits.TenThousandYuan, At(3, cells[1], "拟投入的资金")) : null;
                        tasks.Add(new KeyTask(cells[1], Cell(cells, 2), funds, Cell(cells, 4), At(1, cells[1], "名称")));
                    }

                    break;
                case "绩效指标":
                    indicators.Read(cells, At);
                    break;
            }
        }

        return new PerformanceTargetTable
        {
            DepartmentName = department,
            BasicInfo = basicInfo,
            Overview = new BudgetOverview
            {
                Basic = Find(overview, "基本支出"),
                Project = Find(overview, "项目支出"),
                FiscalAppropriation = Find(overview, "财政拨款"),
                OtherFunds = Find(overview, "其他资金"),
                SpecialFunds = Find(overview, "财政专项资金"),
                OtherDevelopment = Find(overview, "其他事业发展性支出"),
                OwnLevel = Find(overview, "本级使用资金"),
                TransfersDown = Find(overview, "转移支付"),
            },
            OverallGoal = goal,
            KeyTasks = tasks,
            Indicators = indicators.Indicators,
            EmptySubcategories = indicators.EmptySubcategories,
            Location = new SourceLocation(section, Vocabulary.TargetTableName, Line: table.Line, Page: table.Page),
        };
    }

    private static Stated? Find(Dictionary<string, Stated> values, string keyword) =>
        values.FirstOrDefault(kv => kv.Key.Contains(keyword, StringComparison.Ordinal)).Value;

    private static string? Cell(IReadOnlyList<string> cells, int index) =>
        index < cells.Count && cells[index].Length > 0 ? cells[index] : null;
}
