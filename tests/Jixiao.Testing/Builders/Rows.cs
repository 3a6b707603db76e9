using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing.Builders;

/// <summary>表3 rows for fixtures: label, kind and the six printed figures (年初, 调增, 调减, 调整后, 实际, 支出率).</summary>
public static class Rows
{
    public static BudgetRow Basic(string label, BudgetLineKind kind, string initial, string increase, string decrease, string adjusted, string actual, string rate,
        string block = "基本支出", string unit = MoneyUnits.TenThousandYuan) =>
        Of($"{block}/{label}", label, kind, null, unit, initial, increase, decrease, adjusted, actual, rate);

    public static BudgetRow Project(string name, string initial, string increase, string decrease, string adjusted, string actual, string rate,
        string unit = MoneyUnits.Yuan, string? implementingUnit = "办公室") =>
        Of(name, name, BudgetLineKind.Project, implementingUnit, unit, initial, increase, decrease, adjusted, actual, rate);

    public static BudgetRow ProjectTotal(string initial, string increase, string decrease, string adjusted, string actual, string rate,
        string unit = MoneyUnits.Yuan) =>
        Of("项目支出合计", "项目支出合计", BudgetLineKind.ProjectTotal, null, unit, initial, increase, decrease, adjusted, actual, rate);

    private static BudgetRow Of(string path, string label, BudgetLineKind kind, string? implementingUnit, string unit, params string[] figures)
    {
        var names = new[] { "年初预算", "预算调增数", "预算调减数", "调整后预算数", "实际支出", "支出率" };
        var values = figures.Select((text, i) => i == 5
            ? Num.Pct(text) with { Location = Cell(path, names[i]) }
            : Num.Money(text, unit) with { Location = Cell(path, names[i]) }).ToArray();
        return new BudgetRow(label, kind, implementingUnit, values[0], values[1], values[2], values[3], values[4], values[5],
            new SourceLocation("一、（四）", "表3", path, Line: 1));
    }

    private static SourceLocation Cell(string row, string column) => new("一、（四）", "表3", row, column, Line: 1);

    public static BudgetExecutionTable Table(IReadOnlyList<BudgetBlock> blocks, IReadOnlyList<BudgetRow>? projects = null, BudgetRow? projectTotal = null) =>
        new("表3：部门预算情况", blocks, projects ?? [], projectTotal, new SourceLocation("一、（四）", "表3", Line: 1));
}
