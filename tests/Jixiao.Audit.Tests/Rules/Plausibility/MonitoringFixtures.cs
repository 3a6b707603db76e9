using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Testing.Builders;

namespace Jixiao.Audit.Tests.Rules.Plausibility;

/// <summary>Monitoring tables (绩效运行监控表) for the JX5003–JX5006 tests.</summary>
internal static class MonitoringFixtures
{
    public static MonitoringBudgetRow Budget(string name, string budget, string executed, string? rate = null, string? forecast = null, int line = 7) =>
        new(name, Num.Wan(budget, name, line), Num.Wan(executed, name, line), rate is null ? null : Num.Pct(rate, name, line),
            forecast is null ? null : Num.Wan(forecast, name, line), null, null, Num.At(name, line));

    public static MonitoringIndicator Indicator(string name, string target, string? forecast, CompletionLikelihood? likelihood,
        DeviationCause? cause = null, string? explanation = null)
    {
        var forecastValue = forecast is null ? null
            : forecast.EndsWith('%') ? Num.Pct(forecast, name, 20)
            : Num.Count(new string(forecast.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()), new string(forecast.SkipWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()), name, 20);
        return new MonitoringIndicator("产出指标", "数量指标", name, TargetParser.Parse(target, name), null, null, forecast, forecastValue,
            cause, explanation, likelihood, Num.At(name, 20));
    }

    public static ReportBuilder Table(int? month, params MonitoringBudgetRow[] rows) =>
        new ReportBuilder().With(r => r with
        {
            Genre = ReportGenre.MonitoringTable,
            Monitoring = new MonitoringTable { Period = month is { } m ? new MonitoringPeriod(2024, m, $"1-{m}月") : null, Budgets = rows },
        });

    public static ReportBuilder WithIndicators(params MonitoringIndicator[] indicators) =>
        new ReportBuilder().With(r => r with
        {
            Genre = ReportGenre.MonitoringTable,
            Monitoring = new MonitoringTable { Period = new MonitoringPeriod(2024, 6, "1-6月"), Indicators = indicators },
        });
}
