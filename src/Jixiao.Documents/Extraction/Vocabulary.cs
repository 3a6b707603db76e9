using Jixiao.Domain.Budgets;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>The Chinese words extraction recognises: genre titles, section titles, table labels, categories.</summary>
public static class Vocabulary
{
    public static ReportGenre GenreOf(string title) => title switch
    {
        _ when title.Contains("部门整体支出绩效自评报告", StringComparison.Ordinal) => ReportGenre.DepartmentSelfEvaluationReport,
        // "部门整体和项目支出绩效自评报告": a department-wide report that also covers its projects.
        _ when title.Contains("部门整体", StringComparison.Ordinal) && title.Contains("自评报告", StringComparison.Ordinal) => ReportGenre.DepartmentSelfEvaluationReport,
        _ when title.Contains("整体支出绩效自评表", StringComparison.Ordinal) => ReportGenre.DepartmentSelfEvaluationTable,
        _ when title.Contains("项目支出绩效自评表", StringComparison.Ordinal) => ReportGenre.ProjectSelfEvaluationTable,
        _ when IsDepartmentTableTitle(title) => ReportGenre.DepartmentSelfEvaluationTable,
        _ when IsProjectTableTitle(title) => ReportGenre.ProjectSelfEvaluationTable,
        _ when IsProjectReportTitle(title) => ReportGenre.ProjectSelfEvaluationReport,
        _ when title.Contains("项目支出绩效自评报告", StringComparison.Ordinal) || title.Contains("项目绩效自评报告", StringComparison.Ordinal) => ReportGenre.ProjectSelfEvaluationReport,
        _ when title.Contains("运行监控", StringComparison.Ordinal) || title.Contains("监控表", StringComparison.Ordinal) => ReportGenre.MonitoringTable,
        _ when title.Contains("整体支出", StringComparison.Ordinal) && (title.Contains("自评", StringComparison.Ordinal) || title.Contains("评价报告", StringComparison.Ordinal)) => ReportGenre.DepartmentSelfEvaluationReport,
        // A self-evaluation report of one fund or transfer payment ("…转移支付2022年度绩效自评报告", "…经费的绩效自评报告").
        _ when title.Contains("绩效自评报告", StringComparison.Ordinal) => ReportGenre.ProjectSelfEvaluationReport,
        _ when IsDeclarationTitle(title) => ReportGenre.TargetDeclaration,
        _ => ReportGenre.Unknown,
    };

    /// <summary>绩效目标申报表, or a target table's name (部门整体支出绩效目标表, 项目支出绩效目标表) outside a self-evaluation.</summary>
    private static bool IsDeclarationTitle(string title) =>
        title.Contains("绩效目标申报表", StringComparison.Ordinal)
        || (title.Contains("绩效目标表", StringComparison.Ordinal) && !title.Contains(SelfEvaluation, StringComparison.Ordinal));

    /// <summary>部门整体绩效自评表 (Chongqing), 部门整体支出绩效评价表 / 评价自评表 (Hunan, Anhui).</summary>
    private static bool IsDepartmentTableTitle(string title) =>
        !title.Contains("自评报告", StringComparison.Ordinal)
        && (title.Contains("整体绩效自评表", StringComparison.Ordinal) || title.Contains("整体支出绩效评价表", StringComparison.Ordinal)
            || title.Contains("整体支出绩效评价自评表", StringComparison.Ordinal) || title.Contains("整体支出绩效自评表", StringComparison.Ordinal));

    /// <summary>项目绩效自评表, 项目支出绩效评价自评表, 项目支出绩效目标自评表.</summary>
    private static bool IsProjectTableTitle(string title) =>
        !title.Contains("自评报告", StringComparison.Ordinal)
        && (title.Contains("项目绩效自评表", StringComparison.Ordinal) || title.Contains("项目支出绩效评价自评表", StringComparison.Ordinal)
            || title.Contains("项目支出绩效目标自评表", StringComparison.Ordinal));

    /// <summary>项目支出绩效单位自评报告, 项目支出绩效自评报告及自评表, 项目绩效评价报告.</summary>
    private static bool IsProjectReportTitle(string title) =>
        !title.Contains("部门整体", StringComparison.Ordinal)
        && ((title.Contains("项目支出绩效", StringComparison.Ordinal) && title.Contains("自评报告", StringComparison.Ordinal))
            || title.Contains("项目绩效评价报告", StringComparison.Ordinal) || title.Contains("项目支出绩效评价报告", StringComparison.Ordinal));

    public const string FunctionsSection = "部门职能";
    public const string WorkSection = "年度总体工作";
    public const string TargetsSection = "绩效目标";
    public const string FinanceSection = "收支情况";
    public const string ManagementSection = "绩效管理情况";
    public const string ConclusionSection = "自评结论";
    public const string ProblemsSection = "存在的主要问题";
    public const string MeasuresSection = "改进措施";

    /// <summary>自评: a title or section with it belongs to a self-evaluation, not to a target declaration.</summary>
    public const string SelfEvaluation = "自评";

    public const string TargetTableName = "绩效目标表";

    /// <summary>Sections every 部门整体支出绩效自评报告 has; a report without them is probably cut short.</summary>
    public static readonly IReadOnlyList<string> RequiredSections = [ConclusionSection, ProblemsSection, MeasuresSection];

    public static IndicatorCategory? CategoryOf(string label) => label switch
    {
        _ when label.StartsWith("产出", StringComparison.Ordinal) => IndicatorCategory.Output,
        _ when label.StartsWith("效益", StringComparison.Ordinal) => IndicatorCategory.Benefit,
        _ when label.StartsWith("满意度", StringComparison.Ordinal) => IndicatorCategory.Satisfaction,
        _ when label.StartsWith("成本", StringComparison.Ordinal) => IndicatorCategory.Cost,
        _ => null,
    };

    public static IndicatorSubcategory? SubcategoryOf(string label) => label switch
    {
        _ when label.StartsWith("数量", StringComparison.Ordinal) => IndicatorSubcategory.Quantity,
        _ when label.StartsWith("质量", StringComparison.Ordinal) => IndicatorSubcategory.Quality,
        _ when label.StartsWith("时效", StringComparison.Ordinal) => IndicatorSubcategory.Timeliness,
        _ when label.Contains("成本", StringComparison.Ordinal) => IndicatorSubcategory.Cost,
        _ when label.StartsWith("经济效益", StringComparison.Ordinal) => IndicatorSubcategory.Economic,
        _ when label.StartsWith("社会效益", StringComparison.Ordinal) => IndicatorSubcategory.Social,
        _ when label.StartsWith("生态效益", StringComparison.Ordinal) => IndicatorSubcategory.Ecological,
        _ when label.StartsWith("文化效益", StringComparison.Ordinal) => IndicatorSubcategory.Cultural,
        _ when label.StartsWith("可持续", StringComparison.Ordinal) => IndicatorSubcategory.Sustainable,
        _ when label.Contains("满意度", StringComparison.Ordinal) => IndicatorSubcategory.ServiceSatisfaction,
        _ => null,
    };

    public static BudgetLineKind LineKindOf(string label) => label switch
    {
        _ when label.Contains("合计", StringComparison.Ordinal) => BudgetLineKind.BasicTotal,
        _ when label.StartsWith("人员经费", StringComparison.Ordinal) => BudgetLineKind.Personnel,
        _ when label.StartsWith("日常公用经费", StringComparison.Ordinal) || label.StartsWith("公用经费", StringComparison.Ordinal) => BudgetLineKind.Operating,
        _ when label.Contains("出国", StringComparison.Ordinal) => BudgetLineKind.OverseasTravel,
        _ when label.Contains("公务用车", StringComparison.Ordinal) => BudgetLineKind.OfficialVehicles,
        _ when label.Contains("公务接待", StringComparison.Ordinal) => BudgetLineKind.OfficialReception,
        _ => BudgetLineKind.Other,
    };

    public const string BasicExpenditure = "基本支出";
    public const string ProjectExpenditure = "项目支出";
    public const string Total = "合计";

    /// <summary>The column names of a budget-execution row, in printed order.</summary>
    public static readonly IReadOnlyList<string> BudgetColumnNames = ["年初预算", "预算调增数", "预算调减数", "调整后预算数", "实际支出", "支出率"];
}
