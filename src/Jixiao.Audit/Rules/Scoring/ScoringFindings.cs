using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>Shared pieces of the scoring rules: which sheet lines are indicators, labels and number texts.</summary>
internal static class ScoringFindings
{
    /// <summary>The indicator lines of a self-evaluation table's sheet.</summary>
    public static IEnumerable<ScoreLine> IndicatorLines(Report report) =>
        report.Table is null ? [] : SchemeLibrary.SheetFor(report).Lines.Where(l => l.Row is not null && l.Outcome is not null);

    public static SourceLocation Where(ScoreLine line) => line.Location ?? line.Stated?.Location ?? SourceLocation.Unknown;

    public static string TableName(Report report) => report.Table?.Location.Table ?? "自评表";

    public static Stated Score(decimal value, SourceLocation location, string row) =>
        Stated.Score(IndicatorScorer.N(value), value, 2, location with { Row = row });

    public static IReadOnlyDictionary<string, string> Arguments(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static Finding Create(RuleDescriptor descriptor, SourceLocation location, IReadOnlyList<FindingValue> values,
        IReadOnlyDictionary<string, string> arguments, string? expected = null, string? actual = null, string? difference = null) =>
        Findings.Create(descriptor, location, values, arguments, expected, actual, difference);
}
