namespace Jixiao.Domain.Budgets;

/// <summary>The columns of a budget-execution row (预算执行情况).</summary>
public enum BudgetColumn
{
    /// <summary>年初预算.</summary>
    Initial,
    /// <summary>预算调增数.</summary>
    Increase,
    /// <summary>预算调减数.</summary>
    Decrease,
    /// <summary>调整后预算数.</summary>
    Adjusted,
    /// <summary>实际支出.</summary>
    Actual,
    /// <summary>支出率 (预算执行率).</summary>
    ExecutionRate,
}
