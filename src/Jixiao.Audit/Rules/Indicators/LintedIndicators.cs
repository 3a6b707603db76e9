using System.Collections.Concurrent;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Text;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// The indicators the indicator lint (JX3005–JX3009, JX3018–JX3021) reads: those of the target table (绩效目标表), of
/// each declared project (项目支出绩效目标表) and of the self-evaluation table (自评表), each with the name of its table;
/// and the small vocabulary the lint's messages use.
/// </summary>
public static class LintedIndicators
{
    public const string TargetTable = "绩效目标表";
    public const string SelfEvaluationTable = "自评表";

    /// <summary>"项目支出绩效目标表（应急指挥救援业务经费）".</summary>
    public static string ProjectTable(ProjectTargetTable project) => $"项目支出绩效目标表（{project.ProjectName}）";

    /// <summary>Every indicator of the report with the table it stands in.</summary>
    public static IEnumerable<(Indicator Indicator, string Table)> Of(Report report) =>
        (report.Targets?.Indicators ?? []).Select(i => (i, TargetTable))
            .Concat(report.ProjectTargets.SelectMany(p => p.Indicators.Select(i => (i, ProjectTable(p)))))
            .Concat((report.Table?.Indicators ?? []).Select(r => (r.Indicator, SelfEvaluationTable)));

    /// <summary>The indicator tables of the report: name, location and indicators.</summary>
    public static IEnumerable<(string Table, SourceLocation Location, IReadOnlyList<Indicator> Indicators)> Tables(Report report)
    {
        if (report.Targets is { Indicators.Count: > 0 } targets)
        {
            yield return (TargetTable, targets.Location, targets.Indicators);
        }

        foreach (var project in report.ProjectTargets.Where(p => p.Indicators.Count > 0))
        {
            yield return (ProjectTable(project), project.Location, project.Indicators);
        }

        if (report.Table is { Indicators.Count: > 0 } table)
        {
            yield return (SelfEvaluationTable, table.Location, table.Indicators.Select(r => r.Indicator).ToArray());
        }
    }

    /// <summary>"质量指标或时效指标".</summary>
    public static string Subcategories(IEnumerable<IndicatorSubcategory> subcategories) =>
        string.Join("或", subcategories.Select(AuditLabels.Subcategory));

    /// <summary>True when <paramref name="text"/> contains one of <paramref name="words"/>; the first such word.</summary>
    public static string? FirstContained(string text, IEnumerable<string> words)
    {
        // A loop, not LINQ: asked for every indicator against every keyword list, and the lambdas capture the text.
        foreach (var word in words)
        {
            if (!string.IsNullOrEmpty(word) && text.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Most units whose normalised form is remembered: reports use a few dozen; the bound keeps hostile input from growing it.</summary>
    private const int MaxRememberedUnits = 4096;

    private static readonly ConcurrentDictionary<string, string> NormalisedUnits = new(StringComparer.Ordinal);

    /// <summary>
    /// A unit as compared: full-width forms folded, "百分比" as "%", spaces dropped. Remembered per unit text, since
    /// Unicode normalisation costs far more than the lookup and the rules compare the same units for every indicator.
    /// </summary>
    public static string NormaliseUnit(string unit)
    {
        if (NormalisedUnits.TryGetValue(unit, out var remembered))
        {
            return remembered;
        }

        var folded = WidthFolding.Fold(unit).Replace(" ", string.Empty, StringComparison.Ordinal);
        var normalised = folded == "百分比" ? "%" : folded;
        if (NormalisedUnits.Count < MaxRememberedUnits)
        {
            NormalisedUnits.TryAdd(unit, normalised);
        }

        return normalised;
    }

    /// <summary>True when the unit is one of <paramref name="units"/> (after <see cref="NormaliseUnit"/>).</summary>
    public static bool IsOneOf(string? unit, IEnumerable<string> units)
    {
        if (unit is null)
        {
            return false;
        }

        var normalised = NormaliseUnit(unit);
        foreach (var candidate in units)
        {
            if (NormaliseUnit(candidate) == normalised)
            {
                return true;
            }
        }

        return false;
    }
}
