using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Testing;

/// <summary>
/// A 2024 target declaration (绩效目标申报表) built from the bundled 2023 sample: its department target table with each
/// indicator's 2023 target as 历史标准 (and a few 2023 actuals), two targets raised or completed with their 调整理由; and
/// three 项目支出绩效目标表 — the sample's key task and two of its 表3 projects with their funds.
/// </summary>
public static class DeclarationSample
{
    public const int Year = 2024;

    private static readonly SourceLocation Nowhere = SourceLocation.Unknown;

    private static readonly Lazy<Report> Built = new(Build);

    public static Report Report => Built.Value;

    private static Report Build()
    {
        var sample = BundledSample.Report;
        var targets = sample.Targets!;
        var actuals = new Dictionary<string, string> { ["执法监察数量"] = "2150家", ["安全隐患消除率"] = "100%", ["安全事故发生次数"] = "0次" };
        var changes = new Dictionary<string, (string Target, string Reason)>
        {
            ["执法监察数量"] = ("≥2100家", "2023年实际完成2150家，按实际完成情况提高目标"),
            ["开展企业应急与安全生产培训"] = ("≥6万人次", "补充计量单位"),
        };
        var indicators = targets.Indicators.Select(i =>
        {
            var declared = i with { PriorYear = new PriorYear(Year - 1, i.AnnualTarget, actuals.GetValueOrDefault(i.Name)) };
            return changes.TryGetValue(i.Name, out var change)
                ? declared with { CycleTarget = change.Target, AnnualTarget = change.Target, Target = TargetParser.Parse(change.Target, i.Name), ChangeReason = change.Reason }
                : declared;
        }).ToArray();

        var task = targets.KeyTasks[0];
        var projects = sample.BudgetTable!.Projects;
        var unitOf = (string name) => projects.First(p => p.Label == name).ImplementingUnit;
        var forestry = projects.First(p => p.Label == "天河区森林防火经费");
        var floods = projects.First(p => p.Label == "三防办购置经费");
        ProjectTargetTable Project(string name, string? unit, Stated funds, string goal, params Indicator[] projectIndicators) => new()
        {
            ProjectName = name,
            Department = sample.Department,
            ImplementingUnit = unit,
            TotalFunds = funds,
            FiscalFunds = funds,
            OtherFunds = Stated.Money("0.00", 0m, 2, MoneyUnits.TenThousandYuan, Nowhere),
            OverallGoal = goal,
            Indicators = projectIndicators,
        };

        return new Report
        {
            Genre = ReportGenre.TargetDeclaration,
            Title = $"{Year}年度{sample.Department}绩效目标申报表",
            Department = sample.Department,
            Year = Year,
            Targets = targets with { Indicators = indicators },
            ProjectTargets =
            [
                Project(task.Name, unitOf(task.Name), task.Funds!, task.Expected!,
                    ProjectIndicator(indicators, "应急响应启动及时率"),
                    New(IndicatorCategory.Output, IndicatorSubcategory.Quantity, "开展综合应急演练", "≥4次", prior: new PriorYear(Year - 1, "≥3次", "4次"), reason: "2023年实际开展4次，目标相应提高"),
                    ProjectIndicator(indicators, "宣传活动群众满意度")),
                Project(forestry.Label, forestry.ImplementingUnit, forestry.Initial!, "做好森林火灾预防和扑救准备，全年不发生较大以上的森林火灾。",
                    ProjectIndicator(indicators, "控制森林火灾受害率"),
                    New(IndicatorCategory.Output, IndicatorSubcategory.Cost, "森林防火经费支出", "≤75.592万元"),
                    ProjectIndicator(indicators, "生态环境有效保护率")),
                Project(floods.Label, floods.ImplementingUnit, floods.Initial!, "购置三防应急物资，保障汛期抢险救援。",
                    New(IndicatorCategory.Output, IndicatorSubcategory.Quality, "应急物资验收合格率", "100%", prior: new PriorYear(Year - 1, "100%", null)),
                    ProjectIndicator(indicators, "汛期事故抢险成功率")),
            ],
        };
    }

    /// <summary>A department indicator as a project declares it: one 指标值, no 实施周期指标值.</summary>
    private static Indicator ProjectIndicator(IEnumerable<Indicator> indicators, string name) =>
        indicators.First(i => i.Name == name) with { CycleTarget = null, Location = Nowhere };

    private static Indicator New(IndicatorCategory category, IndicatorSubcategory subcategory, string name, string target, PriorYear? prior = null, string? reason = null) =>
        new(category, subcategory, IndicatorNames.Category(category), IndicatorNames.Subcategory(subcategory), name, null, target, TargetParser.Parse(target, name), null, null, null, Nowhere)
        {
            PriorYear = prior,
            ChangeReason = reason,
        };
}
