namespace Jixiao.Domain.Library;

/// <summary>
/// Ranks library entries by how well they fit a department or project (docs/library.md): no network, no model — the
/// entry's keywords and the two-character pieces (bigrams) of its name are looked up in the context's text.
/// <list type="bullet">
/// <item>Keywords: each keyword found scores 1 plus up to 1 more for frequency (4 occurrences or more), at most 6 in all.</item>
/// <item>Name: 6 × the share of the name's bigrams found in the text; generic bigrams (数量, 完成, 满意, 覆盖 …) are not counted.</item>
/// <item>An entry that fills a category the report's indicators leave out (<see cref="CategoryCoverage"/>) scores 25% more.</item>
/// </list>
/// An entry is suggested when a keyword is found or at least half of its name's bigrams are.
/// </summary>
public static class IndicatorSuggester
{
    public const double MaxKeywordScore = 6;
    public const double NameWeight = 6;
    public const double GapBonus = 1.25;
    public const double MinNameShare = 0.5;

    /// <summary>Candidates named for each missing category.</summary>
    public const int CandidatesPerGap = 3;

    /// <summary>Bigrams that say what kind of indicator a name is, not what it is about.</summary>
    private static readonly HashSet<string> GenericBigrams = new(StringComparer.Ordinal)
    {
        "数量", "质量", "完成", "及时", "时率", "工作", "开展", "情况", "指标", "满意", "意度", "有效", "提高", "提升", "水平",
        "管理", "建设", "服务", "相关", "合格", "格率", "达标", "标率", "覆盖", "盖率", "发生", "生率", "次数", "人次", "个数",
        "率达", "实施", "组织", "保障", "控制", "制率", "成率", "行率", "用率", "理率", "项目", "人员", "人数", "经费",
        "要求", "实际", "成功",
    };

    /// <summary>The <paramref name="top"/> best entries of <paramref name="library"/> for <paramref name="context"/>, and the missing categories.</summary>
    public static SuggestionResult Suggest(IndicatorLibrary library, SuggestionContext context, int top)
    {
        var texts = context.Texts.Select(t => (t.Source, Text: LibraryKey.Normalise(t.Text))).ToList();
        var gaps = CategoryCoverage.Missing(context.Indicators);
        var existing = context.Indicators.Select(i => LibraryKey.Of(i.Category, i.Subcategory, i.Name)).ToHashSet();
        var ranked = library.Entries
            .Select((entry, order) => (Scored: Score(entry, texts, gaps, existing), Order: order))
            .OrderByDescending(s => s.Scored.Suggestion.Score).ThenBy(s => s.Order).Select(s => s.Scored).ToList();
        var suggestions = ranked.Where(s => s.Fits).Take(top).Select(s => s.Suggestion).ToList();
        var missing = gaps.Select(g => g with
        {
            Candidates = [.. ranked.Where(s => g.IsFilledBy(s.Suggestion.Entry)).Take(CandidatesPerGap).Select(s => s.Suggestion.Entry.Name)],
        }).ToList();
        return new SuggestionResult(suggestions, missing, context.Indicators.Count);
    }

    private static (Suggestion Suggestion, bool Fits) Score(IndicatorEntry entry, List<(string Source, string Text)> texts, IReadOnlyList<MissingCategory> gaps, HashSet<LibraryKey> existing)
    {
        var keywords = entry.Keywords.Select(LibraryKey.Normalise).Distinct(StringComparer.Ordinal)
            .Select(k => Find(k, texts)).OfType<MatchedWord>().ToList();
        var keywordScore = Math.Min(keywords.Sum(k => 1 + (Math.Min(k.Occurrences, 4) / 4.0)), MaxKeywordScore);

        var name = LibraryKey.Normalise(entry.Name);
        var bigrams = Bigrams(name);
        var found = bigrams.Where(b => Occurs(name.Substring(b, 2), texts)).ToHashSet();
        var parts = Runs(name, bigrams, found).SelectMany(r => Pieces(r, texts)).Select(p => Find(p, texts)!).ToList();
        var share = bigrams.Count == 0 ? 0 : parts.Sum(p => p.Word.Length - 1) / (double)bigrams.Count;

        var fills = gaps.FirstOrDefault(g => g.IsFilledBy(entry));
        var score = (keywordScore + (NameWeight * share)) * (fills is null ? 1 : GapBonus);
        var suggestion = new Suggestion(entry, Math.Round(score, 2), keywords, parts, fills?.Label, existing.Contains(entry.Key));
        return (suggestion, keywords.Count > 0 || share >= MinNameShare);
    }

    /// <summary>Start positions of the name's bigrams of two Chinese characters, generic ones left out.</summary>
    private static List<int> Bigrams(string name) => [.. ChineseBigrams.Positions(name).Where(i => !GenericBigrams.Contains(name.Substring(i, 2)))];

    /// <summary>The found bigrams joined where they overlap: "执法监察数量" with 执法, 法监, 监察 found → "执法监察".</summary>
    private static IEnumerable<string> Runs(string name, List<int> bigrams, HashSet<int> found)
    {
        var start = -1;
        var end = -1;
        foreach (var at in bigrams.Where(found.Contains))
        {
            if (at > end)
            {
                if (start >= 0)
                {
                    yield return name[start..(end + 1)];
                }

                start = at;
            }

            end = at + 1;
        }

        if (start >= 0)
        {
            yield return name[start..(end + 1)];
        }
    }

    /// <summary>A run of found bigrams cut into the longest pieces that occur in the text as a whole.</summary>
    private static IEnumerable<string> Pieces(string run, List<(string Source, string Text)> texts)
    {
        var start = 0;
        while (start < run.Length - 1)
        {
            var end = start + 2;
            while (end < run.Length && Occurs(run[start..(end + 1)], texts))
            {
                end++;
            }

            yield return run[start..end];
            start = end - 1;
        }
    }

    private static bool Occurs(string word, List<(string Source, string Text)> texts) =>
        texts.Exists(t => t.Text.Contains(word, StringComparison.Ordinal));

    private static MatchedWord? Find(string word, List<(string Source, string Text)> texts)
    {
        var count = 0;
        var sources = new List<string>();
        foreach (var (source, text) in texts)
        {
            var n = Occurrences(text, word);
            if (n > 0)
            {
                count += n;
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }
        }

        return count == 0 ? null : new MatchedWord(word, count, sources);
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
