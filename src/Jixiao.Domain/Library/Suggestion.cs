namespace Jixiao.Domain.Library;

/// <summary>
/// A suggested library entry with its fit (得分) and why (依据): the keywords and the parts of its name found in the
/// department's or project's text, the missing category it fills, and whether the report already has it.
/// </summary>
public sealed record Suggestion(
    IndicatorEntry Entry,
    double Score,
    IReadOnlyList<MatchedWord> Keywords,
    IReadOnlyList<MatchedWord> NameParts,
    string? Fills,
    bool AlreadyInReport)
{
    /// <summary>The reason in one Chinese sentence: "关键词：执法×12（部门职能、年度工作）；名称：执法监察；补充缺少的成本指标".</summary>
    public string Reason
    {
        get
        {
            var parts = new List<string>();
            if (Keywords.Count > 0)
            {
                parts.Add("关键词：" + string.Join("、", Keywords.Select(Describe)));
            }

            if (NameParts.Count > 0)
            {
                parts.Add("名称：" + string.Join("、", NameParts.Select(Describe)));
            }

            if (Fills is not null)
            {
                parts.Add($"补充缺少的{Fills}");
            }

            if (AlreadyInReport)
            {
                parts.Add("报告中已有此指标");
            }

            return parts.Count == 0 ? "没有匹配的词" : string.Join("；", parts);
        }
    }

    private static string Describe(MatchedWord word) => $"{word.Word}×{word.Occurrences}（{string.Join("、", word.Sources)}）";
}
