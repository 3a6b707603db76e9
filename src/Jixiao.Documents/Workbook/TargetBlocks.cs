using Jixiao.Documents.Extraction;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Workbook;

/// <summary>
/// Reads the target-table blocks both workbooks share into the model: 预算整体情况, 年度重点工作任务, the basic counts
/// and indicator rows (the columns of <see cref="WorkbookLayout.Indicators"/>; a table without 实际完成值, 分值, 得分
/// reads them as null).
/// </summary>
internal static class TargetBlocks
{
    public static BudgetOverview Overview(FormValues overview) => new()
    {
        Basic = overview.Number("basic"),
        Project = overview.Number("project"),
        FiscalAppropriation = overview.Number("fiscalAppropriation"),
        OtherFunds = overview.Number("otherFunds"),
        SpecialFunds = overview.Number("specialFunds"),
        OtherDevelopment = overview.Number("otherDevelopment"),
        OwnLevel = overview.Number("ownLevel"),
        TransfersDown = overview.Number("transfersDown"),
    };

    public static List<KeyTask> KeyTasks(IReadOnlyList<RowValues> tasks) =>
    [
        .. tasks.Select(t =>
        {
            var name = t.Text("name") ?? string.Empty;
            return new KeyTask(name, t.Text("content"), t.Number("funds", name), t.Text("expected"), t.Location(name));
        }),
    ];

    /// <summary>The basic counts (<see cref="WorkbookLayout.BasicInfoFields"/>: 财政供养人员数, 下属二级单位数) of a target form as labelled fields.</summary>
    public static List<LabelledField> BasicInfo(FormValues form) =>
    [
        .. WorkbookLayout.BasicInfoFields.Select(field =>
        {
            var number = form.Number(field.Key);
            return new LabelledField(field.Label, number?.Text ?? string.Empty, number, form.LocationOf(field.Key));
        }),
    ];

    /// <summary>The indicator of a row; null when the row names no indicator (a warning) or no 一级指标 (an error).</summary>
    public static Indicator? Indicator(RowValues row, ImportLog log)
    {
        var name = row.Text("name");
        var level1 = row.Text("level1");
        if (name is null)
        {
            log.Warning(row.LocationOf("name", null).Cell, "没有填写三级指标，这一行未读取", ReadingCodes.PartMissing);
            return null;
        }

        if (level1 is null)
        {
            log.Error(row.LocationOf("level1", name).Cell, "没有填写一级指标");
            return null;
        }

        if (Vocabulary.CategoryOf(level1) is not { } category)
        {
            return null;
        }

        var level2 = row.Text("level2");
        var annual = TargetText.Compose(row.Text("nature"), row.Text("value"), row.Text("unit"));
        return new Indicator(
            category,
            level2 is null ? null : Vocabulary.SubcategoryOf(level2),
            level1,
            level2,
            name,
            row.Text("cycle"),
            annual,
            TargetParser.Parse(annual, name),
            row.Text("actual"),
            row.Number("maxScore", name),
            row.Number("score", name),
            row.LocationOf("name", name));
    }
}
