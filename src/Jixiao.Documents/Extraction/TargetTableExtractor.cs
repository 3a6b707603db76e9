using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the 部门整体支出绩效目标表: department name, 基本信息, 预算整体情况, 总体绩效目标,
/// 年度重点工作任务 and the indicator tree (merged 一级/二级 cells carried down).
/// </summary>
public static class TargetTableExtractor
{
    public static bool IsTargetTable(TableBlock table) =>
        table.Rows.Any(r => r.Cells.Count > 0 && (r.Cells[0] == "绩效指标" || r.Cells[0] == "预算整体情况"));

    public static PerformanceTargetTable Extract(TableBlock table, string section, List<ReadingProblem> problems)
    {
        string? department = null;
        string? goal = null;
        var basicInfo = new List<LabelledField>();
        var overview = new Dictionary<string, Stated>();
        var tasks = new List<KeyTask>();
        var indicators = new List<Indicator>();
        var empty = new List<IndicatorSubcategory>();
        var block = string.Empty;
        var overviewUnit = MoneyUnits.TenThousandYuan;
        string? level1 = null;
        string? level2 = null;
        var columns = IndicatorColumns.ByPosition;

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
                    if (cells.Count > 1 && cells[1] == "一级指标")
                    {
                        columns = IndicatorColumns.Of(cells);
                    }

                    ReadIndicatorRow(cells, columns, ref level1, ref level2, indicators, empty, (c, rl, cl) => At(c, rl, cl));
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
            Indicators = indicators,
            EmptySubcategories = empty,
            Location = new SourceLocation(section, Vocabulary.TargetTableName, Line: table.Line, Page: table.Page),
        };
    }

    private static void ReadIndicatorRow(IReadOnlyList<string> cells, IndicatorColumns columns, ref string? level1, ref string? level2,
        List<Indicator> indicators, List<IndicatorSubcategory> empty, Func<int, string?, string?, SourceLocation> at)
    {
        if (cells.Count < 2 || cells[1] == "一级指标")
        {
            return;
        }

        if (cells[1].Length > 0)
        {
            level1 = cells[1];
            level2 = null;
        }

        if (cells.Count > 2 && cells[2].Length > 0)
        {
            level2 = cells[2];
        }

        var category = level1 is null ? null : Vocabulary.CategoryOf(level1);
        if (category is null)
        {
            return;
        }

        var subcategory = level2 is null ? null : Vocabulary.SubcategoryOf(level2);
        var nameIndex = 3;
        var name = cells.Count > nameIndex ? cells[nameIndex] : string.Empty;
        if (name.Length == 0)
        {
            if (subcategory is { } s && cells.Skip(nameIndex).All(c => c.Length == 0))
            {
                empty.Add(s);
            }

            return;
        }

        if (columns.HasResults)
        {
            var annualText = Cell(cells, columns.Annual ?? nameIndex + 2) ?? string.Empty;
            indicators.Add(new Indicator(category.Value, subcategory, level1!, level2, name, columns.Cycle is { } c ? Cell(cells, c) : null,
                annualText.Length == 0 ? null : annualText, TargetParser.Parse(annualText, name), columns.Actual is { } a ? Cell(cells, a) : null,
                ScoreAt(cells, columns.Weight, name, "分值", at), ScoreAt(cells, columns.Score, name, "得分", at), at(nameIndex, name, "三级指标")));
            return;
        }

        var targets = cells.Skip(nameIndex + 1).Select((text, offset) => (text, column: nameIndex + 1 + offset)).Where(t => t.text.Length > 0).ToArray();
        var annual = targets.Length > 0 ? targets[^1] : (text: string.Empty, column: nameIndex + 1);
        string? cycle = targets.Length > 1 ? targets[0].text : null;
        indicators.Add(new Indicator(category.Value, subcategory, level1!, level2, name, cycle, annual.text.Length == 0 ? null : annual.text,
            TargetParser.Parse(annual.text, name), null, null, null, at(nameIndex, name, "三级指标")));
    }

    private static Stated? ScoreAt(IReadOnlyList<string> cells, int? column, string name, string columnName, Func<int, string?, string?, SourceLocation> at) =>
        column is { } c && Cell(cells, c) is { } text ? NumberReader.Score(text, at(c, name, columnName)) : null;

    private static Stated? Find(Dictionary<string, Stated> values, string keyword) =>
        values.FirstOrDefault(kv => kv.Key.Contains(keyword, StringComparison.Ordinal)).Value;

    private static string? Cell(IReadOnlyList<string> cells, int index) =>
        index < cells.Count && cells[index].Length > 0 ? cells[index] : null;
}
