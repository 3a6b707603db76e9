using System.Text;
using Jixiao.Domain.Statements;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>
/// The sentences of 部门整体收支情况 and 自评结论, every figure taken from the model and printed in 万元 as
/// departments write them ("2023年本单位预算收入3916.29万元，调整预算数…").
/// </summary>
internal static class FinanceParagraphs
{
    public static string? Revenue(RevenueStatement? revenue, int? year)
    {
        if (revenue is null)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(year is { } y ? $"{y}年本单位" : "本单位");
        text.Append(Line(revenue.Total, string.Empty, "决算数"));
        if (revenue.Sources.Count > 0)
        {
            text.Append("其中，");
            text.Append(string.Join("；", revenue.Sources.Select(s => Line(s, s.Source ?? string.Empty, string.Empty).TrimEnd('。'))));
            text.Append('。');
        }

        return text.ToString();
    }

    /// <summary>"预算收入X万元，调整预算数Y万元，决算数Z万元，决算数比上年增加D万元，增长率G%。"</summary>
    private static string Line(RevenueLine line, string source, string increaseSubject)
    {
        var parts = new List<string>();
        if (line.Initial is { } initial)
        {
            parts.Add($"{source}预算收入{Figures.Money(initial)}万元");
        }

        if (line.Adjusted is { } adjusted)
        {
            parts.Add($"调整预算数{Figures.Money(adjusted)}万元");
        }

        if (line.Final is { } final)
        {
            parts.Add(parts.Count == 0 ? $"{source}收入决算数{Figures.Money(final)}万元" : $"决算数{Figures.Money(final)}万元");
        }

        if (line.Increase is { } increase)
        {
            parts.Add($"{increaseSubject}比上年{(increase.Value < 0 ? "减少" : "增加")}{Figures.Money(increase).TrimStart('-')}万元");
        }

        if (line.GrowthRate is { } growth)
        {
            parts.Add($"增长率{Figures.Percent(growth)}");
        }

        return string.Join("，", parts) + "。";
    }

    public static string? Expenditure(ExpenditureStatement? expenditure, int? year)
    {
        if (expenditure is null)
        {
            return null;
        }

        var parts = new List<string>();
        if (expenditure.Initial is { } initial)
        {
            parts.Add($"年初预算支出{Figures.Money(initial)}万元");
        }

        if (expenditure.Adjusted is { } adjusted)
        {
            parts.Add($"调整预算支出{Figures.Money(adjusted)}万元");
        }

        var split = new List<string>();
        if (expenditure.Basic is { } basic)
        {
            split.Add($"基本支出{Figures.Money(basic)}万元" + (expenditure.BasicShare is { } share ? $"，占比为{Figures.Percent(share)}" : string.Empty));
        }

        if (expenditure.Project is { } project)
        {
            split.Add($"项目支出{Figures.Money(project)}万元" + (expenditure.ProjectShare is { } share ? $"，占比为{Figures.Percent(share)}" : string.Empty));
        }

        if (expenditure.Actual is { } actual)
        {
            parts.Add($"决算支出{Figures.Money(actual)}万元" + (split.Count > 0 ? $"（其中，{string.Join("；", split)}）" : string.Empty));
        }

        if (expenditure.ExecutionRate is { } rate)
        {
            parts.Add($"部门预算执行率{Figures.Percent(rate)}");
        }

        var text = new StringBuilder(year is { } y ? $"{y}年，本单位" : "本单位");
        text.Append(string.Join("，", parts)).Append('。');
        var detail = new List<string>();
        if (expenditure.Personnel is { } personnel)
        {
            detail.Add($"人员经费{Figures.Money(personnel)}万元");
        }

        if (expenditure.Operating is { } operating)
        {
            detail.Add($"日常公用经费{Figures.Money(operating)}万元");
        }

        if (detail.Count > 0)
        {
            text.Append("基本支出中，").Append(string.Join("，", detail)).Append('。');
        }

        if (expenditure.EconomicClasses.Count > 0)
        {
            text.Append("从经济分类来看，");
            text.Append(string.Join("；", expenditure.EconomicClasses.Select(c =>
                $"{c.Name}{Figures.Money(c.Amount)}万元" + (c.Share is { } share ? $"，占比为{Figures.Percent(share)}" : string.Empty))));
            text.Append('。');
        }

        return text.ToString();
    }

    /// <summary>自评结论: "部门整体支出绩效自评综述：全年预算数X万元，执行数Y万元，完成预算的Z%。"</summary>
    public static string? Conclusion(SelfEvaluationConclusion? conclusion)
    {
        if (conclusion is null || (conclusion.Budget is null && conclusion.Executed is null))
        {
            return null;
        }

        var parts = new List<string>();
        if (conclusion.Budget is { } budget)
        {
            parts.Add($"全年预算数{Figures.Money(budget)}万元");
        }

        if (conclusion.Executed is { } executed)
        {
            parts.Add($"执行数{Figures.Money(executed)}万元");
        }

        if (conclusion.ExecutionRate is { } rate)
        {
            parts.Add($"完成预算的{Figures.Percent(rate)}");
        }

        return "部门整体支出绩效自评综述：" + string.Join("，", parts) + "。";
    }
}
