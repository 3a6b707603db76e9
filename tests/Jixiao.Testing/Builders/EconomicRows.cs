using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing.Builders;

/// <summary>表2 lines for fixtures (name, 实际支出数, 占比), and the economic classes of the expenditure sentence.</summary>
public static class EconomicRows
{
    /// <summary>A 表2 line; amounts in 元 as 表2 prints them.</summary>
    public static EconomicRow Row(string name, string amount, string? share, string unit = MoneyUnits.Yuan) =>
        new(name,
            Num.Money(amount, unit) with { Location = Cell(name, "实际支出数") },
            share is null ? null : Num.Pct(share) with { Location = Cell(name, "占比") },
            Cell(name, null));

    /// <summary>The 表2 合计 line.</summary>
    public static EconomicRow Total(string amount, string? share = "100.00%", string unit = MoneyUnits.Yuan) => Row("合计", amount, share, unit);

    public static EconomicClassificationTable Table(IReadOnlyList<EconomicRow> rows, EconomicRow? total) =>
        new("表2：部门预算按经济分类执行情况", rows, total, new SourceLocation("一、（四）", "表2", Line: 127));

    /// <summary>A class of the expenditure sentence ("工资福利支出2759.82万元，占比68.21%"), in 万元.</summary>
    public static EconomicRow Narrative(string name, string amount, string? share) =>
        new(name, Num.Wan(amount, name), share is null ? null : Num.Pct(share, name + "占比"), Num.At(name));

    private static SourceLocation Cell(string row, string? column) => new("一、（四）", "表2", row, column, Line: 127);
}
