using Jixiao.Audit.Engine;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;

namespace Jixiao.Web.Workbench;

/// <summary>
/// What changed between two versions of a report, figure by figure: the key figures of both (<see cref="FactFigure"/>,
/// keyed by field and label) compared as changed, added and removed, in the newer version's order (removed ones last);
/// and the findings compared by fingerprint (<see cref="FindingFingerprint"/>): new ones, and resolved ones the older
/// version had. A finding whose figures changed has a new fingerprint, so it shows as resolved and new.
/// </summary>
public sealed record FactsDiff(IReadOnlyList<FigureChange> Figures, IReadOnlyList<Finding> NewFindings, IReadOnlyList<Finding> ResolvedFindings, int UnchangedFindings)
{
    /// <summary>Compares two models: their key figures and their findings under the default rules.</summary>
    public static FactsDiff Of(Report from, Report to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var engine = new AuditEngine();
        return Compare(KeyFigures.Of(from), KeyFigures.Of(to), engine.Audit(from).Findings, engine.Audit(to).Findings);
    }

    public static FactsDiff Compare(KeyFigures from, KeyFigures to, IReadOnlyList<Finding> fromFindings, IReadOnlyList<Finding> toFindings)
    {
        ArgumentNullException.ThrowIfNull(fromFindings);
        ArgumentNullException.ThrowIfNull(toFindings);
        var before = FactFigure.Of(from);
        var after = FactFigure.Of(to);
        var old = before.ToDictionary(f => f.Key, StringComparer.Ordinal);
        var keys = after.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var figures = new List<FigureChange>();
        foreach (var figure in after)
        {
            if (!old.TryGetValue(figure.Key, out var was))
            {
                figures.Add(new FigureChange(FigureChangeKind.Added, figure.Key, figure.Place, figure.Name, null, figure.Value));
            }
            else if (was.Value != figure.Value)
            {
                figures.Add(new FigureChange(FigureChangeKind.Changed, figure.Key, figure.Place, figure.Name, was.Value, figure.Value));
            }
        }

        figures.AddRange(before.Where(f => !keys.Contains(f.Key)).Select(f => new FigureChange(FigureChangeKind.Removed, f.Key, f.Place, f.Name, f.Value, null)));

        var oldPrints = fromFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        var newPrints = toFindings.Select(FindingFingerprint.Of).ToHashSet(StringComparer.Ordinal);
        return new FactsDiff(
            figures,
            [.. toFindings.Where(f => !oldPrints.Contains(FindingFingerprint.Of(f)))],
            [.. fromFindings.Where(f => !newPrints.Contains(FindingFingerprint.Of(f)))],
            toFindings.Count(f => oldPrints.Contains(FindingFingerprint.Of(f))));
    }

    /// <summary>The figures of one kind of change.</summary>
    public IReadOnlyList<FigureChange> OfKind(FigureChangeKind kind) => [.. Figures.Where(f => f.Kind == kind)];
}
