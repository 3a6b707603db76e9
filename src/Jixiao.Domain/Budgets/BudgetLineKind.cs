namespace Jixiao.Domain.Budgets;

/// <summary>What a row of the budget-execution table (表3) stands for.</summary>
public enum BudgetLineKind
{
    /// <summary>人员经费.</summary>
    Personnel,
    /// <summary>日常公用经费.</summary>
    Operating,
    /// <summary>因公出国（境）经费 — a 三公经费 memo line, not added into the total.</summary>
    OverseasTravel,
    /// <summary>公务用车购置及运行维护费 — a 三公经费 memo line.</summary>
    OfficialVehicles,
    /// <summary>公务接待费 — a 三公经费 memo line.</summary>
    OfficialReception,
    /// <summary>基本支出合计.</summary>
    BasicTotal,
    /// <summary>A project (项目).</summary>
    Project,
    /// <summary>项目支出合计.</summary>
    ProjectTotal,
    /// <summary>Any other line.</summary>
    Other,
}
