using System.Text;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic.Tests;

/// <summary>
/// Matches the findings on generated reports to their manifest: a finding belongs to an injection of the same report when
/// its rule is one of the injection's rules and it, or one of the numbers it compares, stands in the injection's section
/// (and table, when the injection is in one).
/// Counts per rule category injections found, injections missed, findings matched and findings unmatched.
/// </summary>
internal sealed class CategoryTally
{
    private readonly Dictionary<string, (int Found, int Missed, int Matched, int Unmatched)> counts = [];
    private readonly List<string> misses = [];
    private readonly List<string> strays = [];

    public IEnumerable<string> Categories => counts.Keys.Order(StringComparer.Ordinal);

    public void Add(ManifestEntry entry, IReadOnlyList<Finding> findings)
    {
        foreach (var injection in entry.Injections)
        {
            var found = findings.Any(f => Belongs(f, injection));
            Update(injection.Category, c => found ? c with { Found = c.Found + 1 } : c with { Missed = c.Missed + 1 });
            if (!found)
            {
                misses.Add($"{entry.Name}: {injection.Kind} {injection.Location} {injection.Original} → {injection.Changed}");
            }
        }

        foreach (var finding in findings)
        {
            var matched = entry.Injections.Any(i => Belongs(finding, i));
            Update(InjectionKinds.CategoryOf(finding.RuleId), c => matched ? c with { Matched = c.Matched + 1 } : c with { Unmatched = c.Unmatched + 1 });
            if (!matched)
            {
                strays.Add($"{entry.Name}: {finding.RuleId} {finding.Location} {finding.Message}");
            }
        }
    }

    private static bool Belongs(Finding finding, Injection injection) =>
        injection.RuleIds.Contains(finding.RuleId)
        && finding.Values.Select(v => v.Number.Location).Prepend(finding.Location).Any(l => SamePlace(l, injection.Location));

    private static bool SamePlace(SourceLocation found, SourceLocation injected) =>
        found.Section is { } section && injected.Section is { } expected
        && (section.StartsWith(expected, StringComparison.Ordinal) || expected.StartsWith(section, StringComparison.Ordinal))
        && (injected.Table is null || injected.Table == found.Table);

    private void Update(string category, Func<(int Found, int Missed, int Matched, int Unmatched), (int, int, int, int)> change) =>
        counts[category] = change(counts.GetValueOrDefault(category));

    public double Recall(string category) => counts[category] is var c && c.Found + c.Missed == 0 ? 1 : (double)c.Found / (c.Found + c.Missed);

    public double Precision(string category) => counts[category] is var c && c.Matched + c.Unmatched == 0 ? 1 : (double)c.Matched / (c.Matched + c.Unmatched);

    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var category in Categories)
        {
            var c = counts[category];
            text.AppendLine($"{category}: 注入 {c.Found + c.Missed}，查出 {c.Found}（召回率 {Recall(category):P1}）；发现 {c.Matched + c.Unmatched}，对应注入 {c.Matched}（精确率 {Precision(category):P1}）");
        }

        foreach (var miss in misses.Take(20))
        {
            text.AppendLine("未查出：" + miss);
        }

        foreach (var stray in strays.Take(40))
        {
            text.AppendLine("多报：" + stray);
        }

        return text.ToString();
    }
}
