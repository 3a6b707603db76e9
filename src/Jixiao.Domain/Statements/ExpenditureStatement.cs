using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Domain.Statements;

/// <summary>
/// The expenditure sentences of 部门整体收支情况: initial, adjusted and actual (决算) expenditure,
/// the basic/project split with shares, the execution rate and the economic classification.
/// </summary>
public sealed record ExpenditureStatement
{
    public Stated? Initial { get; init; }

    public Stated? Adjusted { get; init; }

    public Stated? Actual { get; init; }

    public Stated? Basic { get; init; }

    public Stated? BasicShare { get; init; }

    public Stated? Project { get; init; }

    /// <summary>人员经费 (支出), where the sentence splits basic expenditure instead of stating it.</summary>
    public Stated? Personnel { get; init; }

    /// <summary>(日常)公用经费 (支出), with <see cref="Personnel"/> the two parts of basic expenditure.</summary>
    public Stated? Operating { get; init; }

    public Stated? ProjectShare { get; init; }

    /// <summary>部门预算执行率 as stated.</summary>
    public Stated? ExecutionRate { get; init; }

    /// <summary>The economic-classification sentence (从经济性质分类来看…).</summary>
    public IReadOnlyList<EconomicRow> EconomicClasses { get; init; } = [];

    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}
