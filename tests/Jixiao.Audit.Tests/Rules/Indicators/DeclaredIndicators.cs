using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Indicators;

/// <summary>Fixtures of a target declaration: indicators with their 历史标准 and 调整理由.</summary>
internal static class DeclaredIndicators
{
    /// <summary>A 2024 declaration holding only these indicators.</summary>
    public static ReportBuilder With(params Indicator[] indicators) =>
        new ReportBuilder().With(r => r with { Genre = Domain.Reports.ReportGenre.TargetDeclaration, Year = 2024, Targets = TargetTables.With(indicators) });

    /// <summary>An indicator with this year's target, last year's target and actual, and a reason when given.</summary>
    public static Indicator Declared(string name, string target, string? priorTarget, string? priorActual, string? reason = null,
        IndicatorCategory category = IndicatorCategory.Output, IndicatorSubcategory subcategory = IndicatorSubcategory.Quantity) =>
        TargetTables.Indicator(category, subcategory, name, target) with
        {
            Target = TargetParser.Parse(target, name),
            PriorYear = new PriorYear(2023, priorTarget, priorActual),
            ChangeReason = reason,
        };
}
