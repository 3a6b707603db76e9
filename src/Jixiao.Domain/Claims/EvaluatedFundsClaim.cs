using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Claims;

/// <summary>
/// "共组织对“应急指挥救援业务经费”、“天河区森林防火经费”2个项目开展了重点绩效评价，涉及一般公共预算支出74.51万元":
/// the funds an evaluation covered, with the projects it names.
/// </summary>
public sealed record EvaluatedFundsClaim(
    EvaluationScope Scope,
    IReadOnlyList<string> ProjectNames,
    Stated? ProjectCount,
    Stated? GeneralBudgetFunds,
    SourceLocation Location) : Claim(Location);
