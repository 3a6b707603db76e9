namespace Jixiao.Domain.Projects;

/// <summary>The funding row of a self-evaluation table (自评表资金行): the total or one of its 其中 sources.</summary>
public enum FundingSource
{
    /// <summary>年度资金总额 / 总额 / 合计.</summary>
    Total,
    /// <summary>当年财政拨款 / 财政资金 / 财政拨款.</summary>
    FiscalAppropriation,
    /// <summary>上年结转资金.</summary>
    CarriedForward,
    /// <summary>财政专户管理资金.</summary>
    SpecialAccount,
    /// <summary>单位资金.</summary>
    UnitFunds,
    /// <summary>其他资金 (社会投入资金、银行贷款…).</summary>
    Other,
    /// <summary>Any other labelled source (其中 row the vocabulary does not know).</summary>
    Unlisted,
}
