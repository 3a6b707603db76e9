using System.Runtime.CompilerServices;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Scoring;

namespace Jixiao.Audit.Rules.Scoring;

/// <summary>A chosen scheme: a base scheme (null = the default for the report's genre) and overlays on top of it.</summary>
public sealed record SchemeChoice(ScoringScheme? Base, IReadOnlyList<ScoringScheme> Overlays)
{
    /// <summary>The name as the result records it ("mof-2020-project+execution-caps").</summary>
    public string Name => string.Join("+", (Base is null ? [] : new[] { Base.Name }).Concat(Overlays.Select(o => o.Name)));

    /// <summary>The scheme for a report: the base (or the genre's default) with the overlays applied.</summary>
    public ScoringScheme For(Report report) =>
        Overlays.Aggregate(Base ?? SchemeLibrary.DefaultFor(report), (scheme, overlay) => scheme.With(overlay));
}

/// <summary>
/// The shipped schemes (schemes/*.json, embedded), the default scheme per genre, the scheme chosen for the current
/// audit (set by the CLI around a run) and a cache of score sheets for the rules.
/// </summary>
public static class SchemeLibrary
{
    public const string ProjectDefault = "mof-2020-project";
    public const string DepartmentDefault = "guangdong-department";

    private static readonly AsyncLocal<SchemeChoice?> Current = new();
    private static readonly ConditionalWeakTable<Report, Tuple<SchemeChoice?, ScoreSheet>> Sheets = new();
    private static readonly Lazy<IReadOnlyDictionary<string, ScoringScheme>> Shipped = new(LoadShipped);

    /// <summary>Names of the shipped schemes.</summary>
    public static IReadOnlyList<string> Names => [.. Shipped.Value.Keys.Order(StringComparer.Ordinal)];

    public static ScoringScheme? Named(string name) => Shipped.Value.TryGetValue(name, out var scheme) ? scheme : null;

    /// <summary>mof-2020-project for self-evaluation tables, guangdong-department for department reports.</summary>
    public static ScoringScheme DefaultFor(Report report) =>
        Named(report.Genre == ReportGenre.DepartmentSelfEvaluationReport || (report.Table is null && report.Genre != ReportGenre.ProjectSelfEvaluationTable)
            ? DepartmentDefault
            : ProjectDefault)!;

    /// <summary>A choice from scheme texts (already read): the first non-overlay is the base, overlays follow.</summary>
    public static SchemeChoice Choose(IEnumerable<ScoringScheme> schemes)
    {
        var list = schemes.ToList();
        var first = list.FirstOrDefault(s => !s.Overlay);
        return new SchemeChoice(first, [.. list.Where(s => s.Overlay)]);
    }

    /// <summary>Uses <paramref name="choice"/> for the scoring rules until disposed.</summary>
    public static IDisposable Use(SchemeChoice? choice)
    {
        var previous = Current.Value;
        Current.Value = choice;
        return new Restore(() => Current.Value = previous);
    }

    /// <summary>The score sheet of a report under the current choice, computed once per report.</summary>
    public static ScoreSheet SheetFor(Report report)
    {
        var choice = Current.Value;
        if (Sheets.TryGetValue(report, out var cached) && Equals(cached.Item1, choice))
        {
            return cached.Item2;
        }

        var sheet = ScoreSheetBuilder.Build(report, choice?.For(report) ?? DefaultFor(report));
        Sheets.AddOrUpdate(report, Tuple.Create(choice, sheet));
        return sheet;
    }

    private static Dictionary<string, ScoringScheme> LoadShipped()
    {
        var assembly = typeof(SchemeLibrary).Assembly;
        var schemes = new Dictionary<string, ScoringScheme>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Jixiao.Audit.schemes.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var (scheme, error) = SchemeReader.Parse(reader.ReadToEnd());
            schemes[scheme?.Name ?? resource] = scheme ?? throw new InvalidOperationException($"{resource}: {error}");
        }

        return schemes;
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
