using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>An indicator's completion rate (1 = 100%) from its target and actual value, by the scorer of DOMAIN §6.3; null when it cannot be computed.</summary>
internal static class IndicatorCompletion
{
    public static decimal? Rate(Indicator indicator) =>
        IndicatorScorer.Score(new IndicatorInput(indicator.Name, indicator.Subcategory, indicator.Target, null, indicator.Actual, indicator.MaxScore?.Value),
            new IndicatorParameters()).Rate;
}
