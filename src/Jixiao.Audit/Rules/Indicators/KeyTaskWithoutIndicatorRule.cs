using Jixiao.Audit.Engine;
using Jixiao.Domain.Library;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Rules.Indicators;

/// <summary>
/// JX3021: a key task of the year (年度重点工作任务) that no indicator measures: no indicator name shares a two-character
/// word (a bigram of Chinese characters, <see cref="ChineseBigrams"/>) with the task's name once <see cref="AuditSettings.KeyTaskStopWords"/> (经费,
/// 专项, 工作…) are taken out of it, and no declared project of the task's name has indicators. A keyword overlap is a rough test, so
/// the finding is an info.
/// </summary>
public sealed class KeyTaskWithoutIndicatorRule : IAuditRule
{
    private const int ShownKeywords = 6;

    public RuleDescriptor Descriptor { get; } = RuleTexts.Describe(RuleIds.KeyTaskWithoutIndicator, RuleCategory.Indicators, Severity.Info);

    public IEnumerable<Finding> Check(Report report, AuditSettings settings)
    {
        var names = LintedIndicators.Of(report).Select(i => i.Indicator.Name).ToArray();
        foreach (var task in report.Targets?.KeyTasks ?? [])
        {
            var keywords = ChineseBigrams.Of(Without(task.Name, settings.KeyTaskStopWords)).ToArray();
            if (keywords.Length == 0
                || names.Any(name => LintedIndicators.FirstContained(name, keywords) is not null)
                || report.ProjectTargets.Any(p => p.ProjectName == task.Name && p.Indicators.Count > 0))
            {
                continue;
            }

            yield return Findings.Create(Descriptor, task.Location, [], new Dictionary<string, string>
            {
                ["Task"] = task.Name,
                ["Keywords"] = string.Join("、", keywords.Take(ShownKeywords)),
            });
        }
    }

    /// <summary>The name with each stop word replaced by a space, so that no bigram spans one ("专项经费" → "  ").</summary>
    private static string Without(string name, IEnumerable<string> stopWords) =>
        stopWords.Where(w => w.Length > 0).Aggregate(name, (text, word) => text.Replace(word, " ", StringComparison.Ordinal));
}
