using Jixiao.Documents.Neutral;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads a 项目支出绩效目标表: 项目名称, 主管部门, 实施单位, 项目资金 (年度资金总额, 其中：财政拨款, 其他资金; 万元 unless the
/// label says 元), 年度总体目标 and the indicator tree (<see cref="IndicatorTreeReader"/>). Labels stand in the first column
/// or, for 主管部门 and 实施单位, anywhere in their row; merged cells are empty.
/// </summary>
public static class ProjectTargetTableExtractor
{
    private const string FallbackName = "项目支出绩效目标表";
    private const string DepartmentLabel = "主管部门";
    private const string UnitLabel = "实施单位";
    private const string FundsLabel = "项目资金";

    /// <summary>A table with a 项目名称 row, a 项目资金 block and a 绩效指标 block.</summary>
    public static bool IsProjectTargetTable(TableBlock table) =>
        table.Rows.Any(r => FirstCell(r) == "项目名称")
        && table.Rows.Any(r => FirstCell(r).StartsWith(FundsLabel, StringComparison.Ordinal))
        && table.Rows.Any(r => FirstCell(r) == "绩效指标");

    /// <param name="table">The table.</param>
    /// <param name="section">The section it stands in.</param>
    /// <param name="year">The year the targets are for: the 历史标准 columns are the year before.</param>
    public static ProjectTargetTable Extract(TableBlock table, string section, int? year)
    {
        var name = TableNames.ShortName(table.Caption, FallbackName);
        string? project = null;
        string? department = null;
        string? unit = null;
        string? goal = null;
        Stated? total = null;
        Stated? fiscal = null;
        Stated? other = null;
        var indicators = new IndicatorTreeReader(year - 1);
        var block = string.Empty;

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = row.Cells;
            if (FirstCell(row).Length > 0)
            {
                block = cells[0];
            }

            SourceLocation At(int column, string? rowLabel, string? columnLabel) =>
                new(section, name, rowLabel, columnLabel, CellAddress.Of(name, column, r), row.Line, row.Page ?? table.Page);

            switch (block)
            {
                case "项目名称":
                    project ??= Field(cells, 0);
                    break;
                case DepartmentLabel or UnitLabel:
                    department ??= Field(cells, IndexOf(cells, DepartmentLabel));
                    unit ??= Field(cells, IndexOf(cells, UnitLabel));
                    break;
                case "年度总体目标":
                    goal ??= Field(cells, 0);
                    break;
                case "绩效指标":
                    indicators.Read(cells, At);
                    break;
                case var funds when funds.StartsWith(FundsLabel, StringComparison.Ordinal) && cells.Count > 2:
                    var label = cells[1];
                    var column = cells.Skip(2).TakeWhile(c => c.Length == 0).Count() + 2;
                    var amount = column < cells.Count
                        ? NumberReader.Money(cells[column], funds.Contains("（元）", StringComparison.Ordinal) ? MoneyUnits.Yuan : MoneyUnits.TenThousandYuan, At(column, label, FundsLabel))
                        : null;
                    if (label.Contains("总额", StringComparison.Ordinal))
                    {
                        total ??= amount;
                    }
                    else if (label.Contains("财政", StringComparison.Ordinal))
                    {
                        fiscal ??= amount;
                    }
                    else if (label.Contains("其他", StringComparison.Ordinal))
                    {
                        other ??= amount;
                    }

                    break;
            }
        }

        return new ProjectTargetTable
        {
            ProjectName = project ?? string.Empty,
            Department = department,
            ImplementingUnit = unit,
            TotalFunds = total,
            FiscalFunds = fiscal,
            OtherFunds = other,
            OverallGoal = goal,
            Indicators = indicators.Indicators,
            Location = new SourceLocation(section, name, Line: table.Line, Page: table.Page),
        };
    }

    private static string FirstCell(TableRow row) => row.Cells.Count > 0 ? row.Cells[0] : string.Empty;

    private static int IndexOf(IReadOnlyList<string> cells, string label)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first filled cell after the label at <paramref name="labelIndex"/>, up to the next label of the row; null when none.</summary>
    private static string? Field(IReadOnlyList<string> cells, int labelIndex) =>
        labelIndex < 0
            ? null
            : cells.Skip(labelIndex + 1).TakeWhile(c => c is not (DepartmentLabel or UnitLabel)).FirstOrDefault(c => c.Length > 0);
}
