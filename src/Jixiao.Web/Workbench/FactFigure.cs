using System.Globalization;
using Jixiao.Domain.Facts;

namespace Jixiao.Web.Workbench;

/// <summary>
/// One figure of a report's key figures (<see cref="KeyFigures"/>, what `jixiao facts` prints) under a key that stays
/// the same from version to version: the field's path, with projects, indicators and score items named by their labels
/// rather than their position (“projects[应急物资储备].actual”), so a row inserted above does not shift the others.
/// <see cref="Place"/> and <see cref="Name"/> say in Chinese where the figure stands and which figure it is.
/// </summary>
public sealed record FactFigure(string Key, string Place, string Name, string Value)
{
    /// <summary>The stated figures of <paramref name="facts"/>, in the order `jixiao facts` prints them; figures that are null are left out.</summary>
    public static IReadOnlyList<FactFigure> Of(KeyFigures facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var figures = new Figures();
        figures.Money("revenue", "收入", ("initial", "年初预算", facts.Revenue.Initial), ("adjusted", "调整预算数", facts.Revenue.Adjusted), ("final", "决算数", facts.Revenue.Final));
        figures.Money("expenditure", "支出", ("initial", "年初预算", facts.Expenditure.Initial), ("adjusted", "调整预算数", facts.Expenditure.Adjusted), ("actual", "决算支出", facts.Expenditure.Actual));
        figures.Add("expenditure.executionRate", "支出", "预算执行率", Percent(facts.Expenditure.ExecutionRate));
        figures.Money("basic", "基本支出", ("initial", "年初预算", facts.Basic.Initial), ("adjusted", "调整后预算数", facts.Basic.Adjusted), ("actual", "实际支出", facts.Basic.Actual));
        figures.Money("project", "项目支出", ("initial", "年初预算", facts.ProjectSpending.Initial), ("adjusted", "调整后预算数", facts.ProjectSpending.Adjusted), ("actual", "实际支出", facts.ProjectSpending.Actual));
        foreach (var p in facts.Projects)
        {
            var key = figures.Element("projects", p.Name);
            var place = $"项目“{p.Name}”";
            figures.Money(key, place, ("initial", "年初预算", p.Initial), ("adjusted", "调整后预算数", p.Adjusted), ("actual", "实际支出", p.Actual));
            figures.Add(key + ".executionRate", place, "支出率", Percent(p.ExecutionRate));
        }

        foreach (var i in facts.Indicators)
        {
            var label = string.Join("/", new[] { i.Level1, i.Level2, i.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var key = figures.Element("indicators", label);
            var place = $"指标“{label}”";
            figures.Add(key + ".target", place, "年度指标值", i.Target);
            figures.Add(key + ".actual", place, "实际完成值", i.Actual);
            figures.Add(key + ".weight", place, "分值", Points(i.Weight));
            figures.Add(key + ".score", place, "得分", Points(i.Score));
        }

        figures.Add("score.stated", "评分", "总得分", Points(facts.Score.Stated));
        figures.Add("score.max", "评分", "满分", Points(facts.Score.Max));
        foreach (var item in facts.Score.Items)
        {
            var key = figures.Element("score.items", item.Name);
            var place = $"评分项“{item.Name}”";
            figures.Add(key + ".stated", place, "自评得分", Points(item.Stated));
            figures.Add(key + ".max", place, "指标得分", Points(item.Max));
        }

        return figures.List;
    }

    private static string? Percent(decimal? value) => value is { } v ? Number(v) + "%" : null;

    private static string? Points(decimal? value) => value is { } v ? Number(v) + " 分" : null;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The figures collected so far, and the element keys already used (a repeated label gets “#2”, “#3”…).</summary>
    private sealed class Figures
    {
        private readonly HashSet<string> elements = new(StringComparer.Ordinal);

        public List<FactFigure> List { get; } = [];

        public string Element(string list, string label)
        {
            var key = $"{list}[{label}]";
            for (var n = 2; !elements.Add(key); n++)
            {
                key = $"{list}[{label}#{n.ToString(CultureInfo.InvariantCulture)}]";
            }

            return key;
        }

        public void Money(string prefix, string place, params (string Field, string Name, decimal? Value)[] fields)
        {
            foreach (var (field, name, value) in fields)
            {
                Add($"{prefix}.{field}", place, name, value is { } v ? Number(v) + " 万元" : null);
            }
        }

        public void Add(string key, string place, string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                List.Add(new FactFigure(key, place, name, value.Trim()));
            }
        }
    }
}
