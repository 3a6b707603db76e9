using System.Globalization;
using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Testing;

/// <summary>
/// What a target declaration declares, as indented JSON for round-trip comparisons: genre, department, year, the department
/// table (basic information, overview amounts, goal, key tasks, indicators with targets, 历史标准 and 调整理由) and each
/// project table field by field. Amounts by value (a rendered 元 amount prints in 万元), locations left out; a failure
/// shows the first field that differs.
/// </summary>
public static class DeclarationFacts
{
    private static readonly JsonSerializerOptions Indented = new(ModelJson.Options) { WriteIndented = true };

    public static string Of(Report report) => JsonSerializer.Serialize(new
    {
        report.Genre,
        report.Department,
        report.Year,
        Targets = report.Targets is { } t
            ? new
            {
                t.DepartmentName,
                BasicInfo = t.BasicInfo.Select(f => new { f.Label, f.Text }),
                Overview = new[]
                {
                    t.Overview.Basic, t.Overview.Project, t.Overview.FiscalAppropriation, t.Overview.OtherFunds,
                    t.Overview.SpecialFunds, t.Overview.OtherDevelopment, t.Overview.OwnLevel, t.Overview.TransfersDown,
                }.Select(Amount),
                t.OverallGoal,
                KeyTasks = t.KeyTasks.Select(k => new { k.Name, k.Content, Funds = Amount(k.Funds), k.Expected }),
                Indicators = t.Indicators.Select(Of),
                t.EmptySubcategories,
            }
            : null,
        Projects = report.ProjectTargets.Select(p => new
        {
            p.ProjectName,
            p.Department,
            p.ImplementingUnit,
            TotalFunds = Amount(p.TotalFunds),
            FiscalFunds = Amount(p.FiscalFunds),
            OtherFunds = Amount(p.OtherFunds),
            p.OverallGoal,
            Indicators = p.Indicators.Select(Of),
        }),
    }, Indented);

    private static object Of(Indicator i) => new
    {
        i.Category, i.Subcategory, i.Level1Label, i.Level2Label, i.Name, i.CycleTarget, i.AnnualTarget, i.Target.Kind, i.Actual, i.PriorYear, i.ChangeReason,
    };

    private static string? Amount(Stated? stated) => stated?.Value.ToString("0.##########", CultureInfo.InvariantCulture);
}
