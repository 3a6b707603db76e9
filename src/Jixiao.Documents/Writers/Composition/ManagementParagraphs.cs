using Jixiao.Domain.Claims;

namespace Jixiao.Documents.Writers.Composition;

/// <summary>The sentences of 部门整体绩效管理情况 from the model's statements: when the self-evaluation and the monitoring were done, project coverage, evaluated funds.</summary>
internal static class ManagementParagraphs
{
    public static IEnumerable<string> From(IReadOnlyList<Claim> claims, int? year)
    {
        var dates = claims.OfType<DateClaim>().ToArray();
        if (dates.FirstOrDefault(d => d.Kind == DateKind.SelfEvaluation) is { } selfEvaluation)
        {
            yield return $"按照财政部门的安排，于{Date(selfEvaluation)}组织本单位各业务科室对部门整体、项目支出开展了绩效自评。";
        }

        if (dates.FirstOrDefault(d => d.Kind == DateKind.Monitoring) is { } monitoring)
        {
            yield return $"于{Date(monitoring)}前开展了部门整体及重点项目绩效运行监控，按要求将材料在规定时间内报送财政部门。";
        }

        foreach (var coverage in claims.OfType<ProjectCoverageClaim>())
        {
            var parts = new List<string>();
            if (coverage.Level1Projects is { } level1)
            {
                parts.Add($"一级项目{Figures.Plain(level1)}个");
            }

            if (coverage.Level2Projects is { } level2)
            {
                parts.Add($"二级项目{Figures.Plain(level2)}个");
            }

            var funds = coverage.Funds is { } f ? $"，共涉及资金{Figures.Money(f)}万元" : string.Empty;
            var share = coverage.Share is { } s ? $"，占一般公共预算项目支出总额的{Figures.Percent(s)}" : string.Empty;
            yield return $"根据预算绩效管理要求，我部门组织对{(year is { } y ? $"{y}年度" : "本年度")}一般公共预算项目支出开展绩效自评，其中{string.Join("，", parts)}{funds}{share}。";
        }

        foreach (var evaluated in claims.OfType<EvaluatedFundsClaim>())
        {
            var funds = evaluated.GeneralBudgetFunds is { } f ? $"，涉及一般公共预算支出{Figures.Money(f)}万元" : string.Empty;
            if (evaluated.Scope == EvaluationScope.KeyProjects)
            {
                var names = string.Join("、", evaluated.ProjectNames.Select(n => $"“{n}”"));
                var count = evaluated.ProjectCount is { } c ? Figures.Plain(c) : Figures.Count(evaluated.ProjectNames.Count);
                yield return $"共组织对{names}{count}个项目开展了重点绩效评价{funds}。";
            }
            else
            {
                yield return $"组织部门整体支出绩效自评{funds}。";
            }
        }
    }

    private static string Date(DateClaim date) => date.Day is { } day ? $"{date.Year}年{date.Month}月{day}日" : $"{date.Year}年{date.Month}月";
}
