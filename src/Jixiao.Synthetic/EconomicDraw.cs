using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic;

/// <summary>
/// Draws 表2 部门预算按经济分类执行情况 in 元: the expenditure split over five of the ten classes so that the rows add up to the
/// total exactly, shares rounded from the printed amounts.
/// </summary>
internal static class EconomicDraw
{
    /// <summary>The classes that get money, with the range of their share of the total.</summary>
    private static readonly (int Class, decimal Min, decimal Max)[] Weights = [(1, 0.12m, 0.25m), (2, 0.01m, 0.05m), (5, 0.03m, 0.12m), (9, 0.005m, 0.02m)];

    public static EconomicClassificationTable Draw(Draws draw, decimal totalYuan)
    {
        var amounts = new decimal[WordLists.EconomicClasses.Length];
        foreach (var (index, min, max) in Weights)
        {
            amounts[index] = Math.Round(totalYuan * draw.Fraction(min, max), 2);
        }

        amounts[0] = totalYuan - amounts.Sum();
        var rows = WordLists.EconomicClasses.Select((name, i) => Row(name, amounts[i], totalYuan)).ToArray();
        var total = new EconomicRow("合计", Printed.Money(totalYuan, MoneyUnits.Yuan, true), Printed.PercentText(100m), SourceLocation.Unknown);
        return new EconomicClassificationTable(null, rows, total, SourceLocation.Unknown);
    }

    private static EconomicRow Row(string name, decimal amount, decimal total) =>
        new(name, amount == 0 ? Printed.Zero(MoneyUnits.Yuan) : Printed.Money(amount, MoneyUnits.Yuan, true),
            amount == 0 ? Stated.Percent("0.00%", 0m, 2, SourceLocation.Unknown) : Printed.Percent(amount, total), SourceLocation.Unknown);
}
