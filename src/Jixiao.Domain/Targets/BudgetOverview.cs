using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Targets;

/// <summary>The budget overview block of the target table (预算整体情况), all amounts as stated.</summary>
public sealed record BudgetOverview
{
    /// <summary>部门预算支出 — 基本支出.</summary>
    public Stated? Basic { get; init; }

    /// <summary>部门预算支出 — 项目支出.</summary>
    public Stated? Project { get; init; }

    /// <summary>收入来源 — 财政拨款.</summary>
    public Stated? FiscalAppropriation { get; init; }

    /// <summary>收入来源 — 其他资金.</summary>
    public Stated? OtherFunds { get; init; }

    /// <summary>事业发展性支出 — 财政专项资金.</summary>
    public Stated? SpecialFunds { get; init; }

    /// <summary>事业发展性支出 — 其他事业发展性支出.</summary>
    public Stated? OtherDevelopment { get; init; }

    /// <summary>按预算级次 — 本级使用资金.</summary>
    public Stated? OwnLevel { get; init; }

    /// <summary>按预算级次 — 拟用于对下转移支付资金.</summary>
    public Stated? TransfersDown { get; init; }
}
