using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// Counts of the target table's indicators by category and level-2 category, following the report's own
/// convention: where it lists 服务对象满意度 under 效益指标, satisfaction indicators count as benefit ones.
/// </summary>
public sealed class IndicatorTally
{
    private readonly IReadOnlyList<Indicator> _indicators;
    private readonly bool _satisfactionCountedAsBenefit;

    public IndicatorTally(Report report)
    {
        _indicators = report.Targets?.Indicators ?? [];
        _satisfactionCountedAsBenefit = report.Claims.OfType<IndicatorCountClaim>()
            .Any(c => c.Category == IndicatorCategory.Benefit && c.Parts.Any(p => p.Subcategory == IndicatorSubcategory.ServiceSatisfaction));
        Location = report.Targets?.Location ?? SourceLocation.Unknown;
    }

    public bool HasTable => _indicators.Count > 0;

    public SourceLocation Location { get; }

    public int Count(IndicatorCategory category) =>
        _indicators.Count(i => i.Category == category
            || (_satisfactionCountedAsBenefit && category == IndicatorCategory.Benefit && i.Category == IndicatorCategory.Satisfaction));

    public int Count(IndicatorSubcategory subcategory) => _indicators.Count(i => i.Subcategory == subcategory);

    /// <summary>A table count as a stated number located at the target table, so findings can name it.</summary>
    public Stated AsStated(int count, string label) =>
        Stated.Count(count.ToString(System.Globalization.CultureInfo.InvariantCulture), count, "个", Location with { Row = label });
}
