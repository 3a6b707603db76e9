using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Statements;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// The funds sentence of a narrative 项目支出绩效自评报告 ("项目财政资金总额16.20万元…拨付使用16.20万元，预算执行率100%"):
/// the project's budget, its actual spending and the stated execution rate, read into an <see cref="ExpenditureStatement"/>.
/// </summary>
public static partial class ProjectFundsSentenceExtractor
{
    private const string Num = NumberReader.NumberPattern;

    public static ExpenditureStatement? Extract(IEnumerable<SectionedBlock> blocks)
    {
        foreach (var item in blocks)
        {
            if (item.Block is not ParagraphBlock paragraph)
            {
                continue;
            }

            foreach (var sentence in Sentence.Whole(paragraph, item.SectionPath).Split('。'))
            {
                var budget = sentence.Find(BudgetPattern());
                var actual = sentence.Find(ActualPattern());
                if (!budget.Success || !actual.Success)
                {
                    continue;
                }

                return new ExpenditureStatement
                {
                    Adjusted = sentence.MoneyOf(budget, "项目资金总额"),
                    Actual = sentence.MoneyOf(actual, "项目实际支出"),
                    ExecutionRate = sentence.PercentOf(sentence.Find(RatePattern()), "预算执行率"),
                    Location = sentence.LocationOf(0, "项目资金"),
                };
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:资金总额|预算总额|预算资金|批复预算|下达资金|资金)(?:为|共计?)?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"(?:拨付使用|实际支出|实际使用|已支出|支出资金|使用资金|执行数)(?:为|共计?)?\s*(?<v>" + Num + ")" + Sentence.Money)]
    private static partial Regex ActualPattern();

    [GeneratedRegex(@"(?:预算)?执行率(?:为|达)?\s*(?<v>" + Num + ")%")]
    private static partial Regex RatePattern();
}
