namespace Jixiao.Domain.Library;

/// <summary>
/// The two-character words (bigrams) of a name: each pair of adjacent Chinese characters. The indicator suggester
/// (<see cref="IndicatorSuggester"/>) looks a library entry's name up in a report by them, and JX3021 matches a key task
/// with the indicators by them.
/// </summary>
public static class ChineseBigrams
{
    /// <summary>Where the name's bigrams start, in order ("应急指挥" → 0, 1, 2).</summary>
    public static IEnumerable<int> Positions(string name) =>
        Enumerable.Range(0, Math.Max(name.Length - 1, 0)).Where(i => IsChinese(name[i]) && IsChinese(name[i + 1]));

    /// <summary>The distinct bigrams of a name in order ("应急指挥" → 应急, 急指, 指挥).</summary>
    public static IEnumerable<string> Of(string name) => Positions(name).Select(i => name.Substring(i, 2)).Distinct(StringComparer.Ordinal);

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
