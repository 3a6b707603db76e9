using System.Text.RegularExpressions;
using Jixiao.Domain.Claims;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads typed claims from narrative sentences: indicator counts (产出指标7个，其中数量指标1个…),
/// completion bands (完成率在100-150%的指标有7个), scores (指标得分20分，自评得分18.43分), dates of
/// monitoring and self-evaluation, project coverage and evaluated funds.
/// </summary>
public static partial class ClaimSentenceExtractor
{
    private const string Num = NumberReader.NumberPattern;

    private const string Indicator = "指标";

    public static IEnumerable<Claim> IndicatorClaims(Sentence paragraph, string sectionTitle)
    {
        // Every claim read here names 指标 (…指标7个, 完成率…的指标有, 指标得分): other paragraphs and clauses hold none.
        if (!paragraph.Contains(Indicator))
        {
            yield break;
        }

        IndicatorCategory? lastCategory = null;
        foreach (var clause in paragraph.Split('；', '。'))
        {
            if (!clause.Contains(Indicator))
            {
                continue;
            }

            var count = clause.Find(CategoryCountPattern());
            if (count.Success && Vocabulary.CategoryOf(count.Groups["cat"].Value) is { } category)
            {
                lastCategory = category;
                var parts = new List<SubcategoryCount>();
                if (clause.After("其中") is { } rest)
                {
                    foreach (Match part in rest.FindAll(SubcategoryCountPattern()))
                    {
                        if (Vocabulary.SubcategoryOf(part.Groups["sub"].Value) is { } sub)
                        {
                            parts.Add(new SubcategoryCount(sub, rest.CountOf(part, "个", part.Groups["sub"].Value + "指标个数")!));
                        }
                    }
                }

                yield return new IndicatorCountClaim(category, clause.CountOf(count, "个", count.Groups["cat"].Value + "指标个数")!, parts, clause.LocationOf(count.Index, count.Groups["cat"].Value + "指标个数"));

                // "共设立产出指标7个、效益指标7个、满意度指标1个": the categories listed after the first, before any 其中.
                var head = clause.Before("其中");
                foreach (Match listed in head.FindAll(FollowingCountPattern()))
                {
                    if (listed.Index > count.Index && Vocabulary.CategoryOf(listed.Groups["cat"].Value) is { } listedCategory)
                    {
                        yield return new IndicatorCountClaim(listedCategory, head.CountOf(listed, "个", listed.Groups["cat"].Value + "指标个数")!, [], head.LocationOf(listed.Index, listed.Groups["cat"].Value + "指标个数"));
                    }
                }
            }
            else if (clause.Contains("包括"))
            {
                foreach (Match listed in clause.FindAll(ListedCountPattern()))
                {
                    if (Vocabulary.CategoryOf(listed.Groups["cat"].Value) is { } listedCategory)
                    {
                        yield return new IndicatorCountClaim(listedCategory, clause.CountOf(listed, "个", listed.Groups["cat"].Value + "指标个数")!, [], clause.LocationOf(listed.Index, listed.Groups["cat"].Value + "指标个数"));
                    }
                }
            }

            var band = clause.Find(BandPattern());
            if (band.Success && (lastCategory ?? CategoryOfTitle(sectionTitle)) is { } bandCategory
                && NumberReader.TryParse(band.Groups["lo"].Value, out var low, out _) && NumberReader.TryParse(band.Groups["hi"].Value, out var high, out _))
            {
                yield return new CompletionBandClaim(bandCategory, low, high,
                    clause.CountOf(band, "个", "完成率区间指标个数")!, ScoreOf(clause, band, "score", "合计得分"), clause.LocationOf(band.Index, "完成率区间指标个数"));
            }

            var score = clause.Find(ScorePattern());
            if (score.Success)
            {
                yield return new ScoreClaim(sectionTitle, ScoreOf(clause, score, "max", "指标得分"), ScoreOf(clause, score, "self", "自评得分"), clause.LocationOf(score.Index, sectionTitle));
            }
        }
    }

    public static IEnumerable<Claim> ManagementClaims(Sentence paragraph)
    {
        foreach (var sentence in paragraph.Split('。'))
        {
            var kind = sentence.Contains("监控") ? DateKind.Monitoring : sentence.Contains("自评") ? DateKind.SelfEvaluation : (DateKind?)null;
            var date = sentence.Find(DatePattern());
            if (kind is { } k && date.Success && IsValidDate(date) && !sentence.Contains("二级项目"))
            {
                yield return new DateClaim(k, date.Value, int.Parse(date.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    date.Groups["d"].Success ? int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                    sentence.LocationOf(date.Index, k == DateKind.Monitoring ? "绩效运行监控日期" : "绩效自评日期"));
            }

            if (sentence.Contains("二级项目"))
            {
                var level1 = sentence.Find(Level1Pattern());
                var level2 = sentence.Find(Level2Pattern());
                var funds = sentence.Find(CoverageFundsPattern());
                var share = sentence.Find(CoverageSharePattern());
                yield return new ProjectCoverageClaim(sentence.CountOf(level1, "个", "一级项目个数"), sentence.CountOf(level2, "个", "二级项目个数"),
                    sentence.MoneyOf(funds, "自评项目涉及资金"), sentence.PercentOf(share, "自评项目资金占比"), sentence.LocationOf(0, "项目自评覆盖"));
            }

            var generalFunds = sentence.Find(GeneralBudgetFundsPattern());
            if (generalFunds.Success && sentence.Contains("重点绩效评价") && sentence.Contains("“"))
            {
                var names = sentence.FindAll(QuotedPattern()).Select(m => m.Groups["name"].Value).ToArray();
                var count = sentence.Find(ProjectCountPattern());
                yield return new EvaluatedFundsClaim(EvaluationScope.KeyProjects, names, sentence.CountOf(count, "个", "重点评价项目个数"),
                    sentence.MoneyOf(generalFunds, "重点评价涉及一般公共预算支出"), sentence.LocationOf(0, "重点绩效评价"));
            }
            else if (generalFunds.Success && sentence.Contains("部门整体支出绩效自评"))
            {
                yield return new EvaluatedFundsClaim(EvaluationScope.Department, [], null,
                    sentence.MoneyOf(generalFunds, "部门整体自评涉及一般公共预算支出"), sentence.LocationOf(0, "部门整体支出绩效自评"));
            }
        }
    }

    /// <summary>Dates in the sentences that cannot exist ("2023年13月", "2024年2月30日"): reported, never shifted into another month.</summary>
    public static IEnumerable<ReadingProblem> InvalidDates(Sentence paragraph) =>
        from Match date in paragraph.FindAll(DatePattern())
        where !IsValidDate(date)
        select new ReadingProblem(ReadingCodes.NotANumber, $"日期“{date.Value}”不是有效日期，未读取", paragraph.LocationOf(date.Index, "日期"));

    private static bool IsValidDate(Match date)
    {
        var year = int.Parse(date.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12
            && (!date.Groups["d"].Success || int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month));
    }

    private static Stated? ScoreOf(Sentence clause, Match match, string group, string label) =>
        match.Groups[group].Success ? NumberReader.Score(match.Groups[group].Value, clause.LocationOf(match.Groups[group].Index, label)) : null;

    private static IndicatorCategory? CategoryOfTitle(string title) =>
        title.Contains("产出", StringComparison.Ordinal) ? IndicatorCategory.Output
        : title.Contains("效益", StringComparison.Ordinal) ? IndicatorCategory.Benefit
        : title.Contains("满意度", StringComparison.Ordinal) ? IndicatorCategory.Satisfaction
        : null;

    [GeneratedRegex(@"(?:设立|设置|设)(?<cat>产出|效益|满意度|成本)指标(?<n>\d+)个")]
    private static partial Regex CategoryCountPattern();

    [GeneratedRegex(@"(?<=[、，和及])(?<cat>产出|效益|满意度|成本)指标(?<n>\d+)个")]
    private static partial Regex FollowingCountPattern();

    [GeneratedRegex(@"(?<sub>[\p{IsCJKUnifiedIdeographs}]+?)(?:指标)(?<n>\d+)个")]
    private static partial Regex SubcategoryCountPattern();

    [GeneratedRegex(@"(?<n>\d+)个(?<cat>产出|效益|满意度|成本)指标")]
    private static partial Regex ListedCountPattern();

    [GeneratedRegex(@"完成率在(?<lo>\d+)%?\s*[-—~～至]\s*(?<hi>\d+)%的指标有(?<n>\d+)个(?:，合计得分为?(?<score>" + Num + ")分)?")]
    private static partial Regex BandPattern();

    [GeneratedRegex(@"指标得分(?<max>" + Num + @")分，自评得分(?<self>" + Num + ")分")]
    private static partial Regex ScorePattern();

    [GeneratedRegex(@"(?<y>\d{4})年(?<m>\d{1,2})月(?:(?<d>\d{1,2})日)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"一级项目(?<n>\d+)个")]
    private static partial Regex Level1Pattern();

    [GeneratedRegex(@"二级项目(?<n>\d+)个")]
    private static partial Regex Level2Pattern();

    [GeneratedRegex(@"涉及资金(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex CoverageFundsPattern();

    [GeneratedRegex(@"占[^，。；]*?(?<v>" + Num + ")%")]
    private static partial Regex CoverageSharePattern();

    [GeneratedRegex(@"一般公共预算支出\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex GeneralBudgetFundsPattern();

    [GeneratedRegex(@"“(?<name>[^”]+)”")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"(?<n>\d+)个项目")]
    private static partial Regex ProjectCountPattern();
}
