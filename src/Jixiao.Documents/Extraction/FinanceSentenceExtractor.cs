using System.Text.RegularExpressions;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the 收支 sentences (revenue: 预算收入/调整预算数/决算数/比上年增加/增长率 per fund source;
/// expenditure: 初预算/调整预算/决算支出, basic and project with shares, 执行率, economic classes)
/// and the 自评结论 sentence (全年预算数/执行数/完成预算的%).
/// </summary>
public static partial class FinanceSentenceExtractor
{
    private const string Num = NumberReader.NumberPattern;

    public static bool IsRevenueParagraph(Sentence s) => s.Contains("收入") && (s.Contains("决算数") || s.Find(RevenueHeadingPattern()).Success);

    public static bool IsExpenditureParagraph(Sentence s) => s.Contains("决算支出") || s.Find(ExpenditureHeadingPattern()).Success;

    public static bool IsConclusionParagraph(Sentence s) => s.Contains("全年预算数") && s.Contains("执行数");

    public static RevenueStatement Revenue(Sentence paragraph)
    {
        var head = paragraph.Before("其中");
        var total = RevenueLineOf(head, null);
        var sources = new List<RevenueLine>();
        if (paragraph.After("其中") is { } rest)
        {
            foreach (var clause in rest.Split('；', '。'))
            {
                var source = SourcePattern().Match(clause.Text);
                if (source.Success)
                {
                    sources.Add(RevenueLineOf(clause, source.Groups["src"].Value.TrimStart('，')));
                }
            }
        }

        return new RevenueStatement(total, sources);
    }

    private static RevenueLine RevenueLineOf(Sentence clause, string? source)
    {
        var prefix = source is null ? string.Empty : source;
        var increase = clause.Find(IncreasePattern());
        var increaseValue = clause.MoneyOf(increase, prefix + "比上年增减");
        if (increaseValue is not null && increase.Groups["dir"].Value is "减少" or "下降")
        {
            increaseValue = increaseValue with { Value = -increaseValue.Value };
        }

        var growth = clause.Find(GrowthPattern());
        var initial = clause.Find(RevenueInitialPattern());
        var final = clause.Find(FinalPattern());
        if (!final.Success && !initial.Success)
        {
            // "收入：792.22万元" / "财政拨款收入792.22万元" with no 预算 or 决算 word: the year's actual revenue.
            final = clause.Find(RevenueAmountPattern());
        }

        return new RevenueLine(
            source,
            clause.MoneyOf(initial, prefix + "预算收入"),
            clause.MoneyOf(clause.Find(AdjustedPattern()), prefix + "调整预算数"),
            clause.MoneyOf(final, prefix + "决算数"),
            increaseValue,
            clause.PercentOf(growth, prefix + "增长率"),
            clause.LocationOf(0, source ?? "收入"));
    }

    public static ExpenditureStatement Expenditure(Sentence paragraph)
    {
        var basic = paragraph.Find(BasicPattern());
        var project = paragraph.Find(ProjectPattern());
        var classes = new List<EconomicRow>();
        if ((paragraph.After("分类来看，") ?? paragraph.After("经济分类")) is { } economic)
        {
            foreach (var clause in economic.Split('；', '。'))
            {
                var match = clause.Find(EconomicPattern());
                if (match.Success)
                {
                    var name = match.Groups["name"].Value;
                    classes.Add(new EconomicRow(name, clause.MoneyOf(match, name), clause.PercentOf(match, name + "占比", "s"), clause.LocationOf(match.Index, name)));
                }
            }
        }

        return new ExpenditureStatement
        {
            Initial = paragraph.MoneyOf(paragraph.Find(ExpenditureInitialPattern()), "年初预算支出"),
            Adjusted = paragraph.MoneyOf(paragraph.Find(ExpenditureAdjustedPattern()), "调整预算支出"),
            Actual = paragraph.MoneyOf(paragraph.Find(ExpenditureActualPattern()), "决算支出")
                ?? paragraph.MoneyOf(paragraph.Find(ExpenditureHeadingPattern()), "决算支出"),
            Personnel = paragraph.MoneyOf(paragraph.Find(PersonnelPattern()), "人员经费"),
            Operating = paragraph.MoneyOf(paragraph.Find(OperatingPattern()), "公用经费"),
            Basic = paragraph.MoneyOf(basic, "基本支出"),
            BasicShare = paragraph.PercentOf(basic, "基本支出占比", "s"),
            Project = paragraph.MoneyOf(project, "项目支出"),
            ProjectShare = paragraph.PercentOf(project, "项目支出占比", "s"),
            ExecutionRate = paragraph.PercentOf(paragraph.Find(ExecutionRatePattern()), "部门预算执行率"),
            EconomicClasses = classes,
            Location = paragraph.LocationOf(0, "支出"),
        };
    }

    public static SelfEvaluationConclusion Conclusion(Sentence paragraph) => new(
        paragraph.MoneyOf(paragraph.Find(YearBudgetPattern()), "全年预算数"),
        paragraph.MoneyOf(paragraph.Find(ExecutedPattern()), "执行数"),
        paragraph.PercentOf(paragraph.Find(CompletedPattern()), "完成预算的比例"),
        paragraph.LocationOf(0, "自评结论"));

    [GeneratedRegex(@"^[，：:]?(?<src>[^，；。]*?)(?:预算(?:财政拨款)?)?收入[：:]?" + Num)]
    private static partial Regex SourcePattern();

    [GeneratedRegex(@"预算(?:财政拨款)?收入\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex RevenueInitialPattern();

    [GeneratedRegex(@"收入[：:]?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex RevenueAmountPattern();

    /// <summary>"1、收入：792.22万元" — a revenue paragraph that opens with the year's revenue.</summary>
    [GeneratedRegex(@"^(?:\d+[、.])?\s*(?:本年)?收入[：:]\s*" + Num + Sentence.Money)]
    private static partial Regex RevenueHeadingPattern();

    /// <summary>"2、支出：799.12万元" — an expenditure paragraph that opens with the year's expenditure.</summary>
    [GeneratedRegex(@"^(?:\d+[、.])?\s*(?:本年)?支出[：:]\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ExpenditureHeadingPattern();

    [GeneratedRegex(@"人员经费(?:支出)?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex PersonnelPattern();

    [GeneratedRegex(@"(?<!日常)(?:日常)?公用经费(?:支出)?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex OperatingPattern();

    [GeneratedRegex(@"调整(?:后)?预算数?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex AdjustedPattern();

    [GeneratedRegex(@"决算数?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex FinalPattern();

    [GeneratedRegex(@"(?:比上年|较上年|同比上年度?|同比)(?<dir>增加|减少|增长|下降)\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex IncreasePattern();

    /// <summary>"增长率25.22%", or "增加31.39%" right after the increase.</summary>
    [GeneratedRegex(@"(?:增长率为?|(?<=万元[，,]?)(?:增加|增长))\s*(?<v>" + Num + ")%")]
    private static partial Regex GrowthPattern();

    [GeneratedRegex(@"初预算(?:支出)?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ExpenditureInitialPattern();

    [GeneratedRegex(@"调整(?:后)?预算(?:支出|数)\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ExpenditureAdjustedPattern();

    [GeneratedRegex(@"决算支出\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ExpenditureActualPattern();

    [GeneratedRegex(@"基本支出\s*(?<v>" + Num + ")" + Sentence.Money + @"(?:，占比为?\s*(?<s>" + Num + ")%)?")]
    private static partial Regex BasicPattern();

    [GeneratedRegex(@"项目支出\s*(?<v>" + Num + ")" + Sentence.Money + @"(?:，占比为?\s*(?<s>" + Num + ")%)?")]
    private static partial Regex ProjectPattern();

    [GeneratedRegex(@"预算执行率为?\s*(?<v>" + Num + ")%")]
    private static partial Regex ExecutionRatePattern();

    [GeneratedRegex(@"^(?<name>[^，；。：（）\d]+?)\s*(?<v>" + Num + ")" + Sentence.Money + @"，占比为?\s*(?<s>" + Num + ")%")]
    private static partial Regex EconomicPattern();

    [GeneratedRegex(@"全年预算数\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex YearBudgetPattern();

    [GeneratedRegex(@"(?<!预算)执行数\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ExecutedPattern();

    [GeneratedRegex(@"(?:完成预算的|执行率为?)\s*(?<v>" + Num + ")%")]
    private static partial Regex CompletedPattern();
}
