using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// A 项目支出绩效目标表 in the MOF declaration layout: 项目名称, 主管部门 and 实施单位, 项目资金（万元）(年度资金总额,
/// 其中：财政拨款, 其他资金), 年度总体目标 and the indicator tree of the department table (<see cref="TargetTableLayout.IndicatorRows"/>)
/// with one 指标值 column, plus 历史标准 and 调整理由 when the indicators have them.
/// </summary>
internal static class ProjectTargetTableLayout
{
    public static TablePart Build(ProjectTargetTable project, string caption)
    {
        var values = TargetTableLayout.ValueColumns(project.Indicators, TargetTableLayout.ProjectTargets);
        var columns = TargetTableLayout.LabelColumns + values.Count;
        LayoutCell Money(Stated? amount) => Figures.MoneyCell(amount) with { ColumnSpan = columns - 2 };
        var body = new List<LayoutRow>
        {
            new(LayoutCell.Centred("项目名称"), new LayoutCell(project.ProjectName, columns - 1)),
            new(LayoutCell.Centred("主管部门"), new LayoutCell(project.Department ?? string.Empty, 2), LayoutCell.Centred("实施单位"),
                new LayoutCell(project.ImplementingUnit ?? string.Empty, columns - 4)),
            new(LayoutCell.Centred("项目资金（万元）", rowSpan: 3), new LayoutCell("年度资金总额"), Money(project.TotalFunds)),
            new(new LayoutCell("其中：财政拨款"), Money(project.FiscalFunds)),
            new(new LayoutCell("其他资金"), Money(project.OtherFunds)),
            new(LayoutCell.Centred("年度总体目标"), new LayoutCell(project.OverallGoal ?? string.Empty, columns - 1)),
        };
        body.AddRange(TargetTableLayout.IndicatorRows(project.Indicators, [], values));
        return new TablePart(caption, null, [], body);
    }
}
