using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Statements;

namespace Jixiao.Documents.Tests.Workbook;

/// <summary>Asserts that two reports hold the same figures, part by part and value by value (texts and locations may differ).</summary>
internal static class SameFigures
{
    public static void Assert(Report expected, Report actual)
    {
        Xunit.Assert.Equal(expected.Department, actual.Department);
        Xunit.Assert.Equal(expected.Year, actual.Year);
        Budget(expected.BudgetTable!, actual.BudgetTable!);
        Indicators(expected, actual);
        Revenue(expected.Revenue!, actual.Revenue!);
        Expenditure(expected.Expenditure!, actual.Expenditure!);
        Economic(expected.EconomicTable!, actual.EconomicTable!);
    }

    public static void Budget(BudgetExecutionTable expected, BudgetExecutionTable actual)
    {
        Xunit.Assert.Equal(expected.BasicBlocks.Select(b => (b.Name, b.IsDepartment)), actual.BasicBlocks.Select(b => (b.Name, b.IsDepartment)));
        foreach (var (e, a) in expected.BasicBlocks.Zip(actual.BasicBlocks))
        {
            Xunit.Assert.Equal(e.Lines.Count, a.Lines.Count);
            foreach (var (el, al) in e.Lines.Zip(a.Lines))
            {
                Row(el, al, e.Name);
            }

            Row(e.Total!, a.Total!, e.Name);
        }

        Xunit.Assert.Equal(expected.Projects.Count, actual.Projects.Count);
        foreach (var (e, a) in expected.Projects.Zip(actual.Projects))
        {
            Row(e, a, "项目");
        }

        Row(expected.ProjectTotal!, actual.ProjectTotal!, "项目");
    }

    private static void Row(BudgetRow expected, BudgetRow actual, string block)
    {
        var where = $"{block}/{expected.Label}";
        Xunit.Assert.Equal(expected.Label, actual.Label);
        Xunit.Assert.Equal(expected.Kind, actual.Kind);
        Xunit.Assert.Equal(expected.ImplementingUnit, actual.ImplementingUnit);
        foreach (var column in Enum.GetValues<BudgetColumn>())
        {
            Value(expected.Get(column), actual.Get(column), $"{where} {column}");
        }
    }

    private static void Indicators(Report expected, Report actual)
    {
        var e = expected.Targets!.Indicators;
        var a = actual.Targets!.Indicators;
        Xunit.Assert.Equal(e.Count, a.Count);
        foreach (var (ei, ai) in e.Zip(a))
        {
            Xunit.Assert.Equal((ei.Category, ei.Subcategory, ei.Level1Label, ei.Level2Label, ei.Name, ei.CycleTarget, ei.AnnualTarget, ei.Actual),
                (ai.Category, ai.Subcategory, ai.Level1Label, ai.Level2Label, ai.Name, ai.CycleTarget, ai.AnnualTarget, ai.Actual));
            Xunit.Assert.Equal((ei.Target.Kind, ei.Target.Operator, ei.Target.Number, ei.Target.Unit, ei.Target.Direction),
                (ai.Target.Kind, ai.Target.Operator, ai.Target.Number, ai.Target.Unit, ai.Target.Direction));
            Value(ei.MaxScore, ai.MaxScore, ei.Name + " 分值");
            Value(ei.Score, ai.Score, ei.Name + " 得分");
        }
    }

    private static void Revenue(RevenueStatement expected, RevenueStatement actual)
    {
        Line(expected.Total, actual.Total);
        Xunit.Assert.Equal(expected.Sources.Select(s => s.Source), actual.Sources.Select(s => s.Source));
        foreach (var (e, a) in expected.Sources.Zip(actual.Sources))
        {
            Line(e, a);
        }
    }

    private static void Line(RevenueLine expected, RevenueLine actual)
    {
        Xunit.Assert.Equal(expected.Source, actual.Source);
        Value(expected.Initial, actual.Initial, $"{expected.Source} 预算收入");
        Value(expected.Adjusted, actual.Adjusted, $"{expected.Source} 调整预算数");
        Value(expected.Final, actual.Final, $"{expected.Source} 决算数");
        Value(expected.Increase, actual.Increase, $"{expected.Source} 比上年增减");
        Value(expected.GrowthRate, actual.GrowthRate, $"{expected.Source} 增长率");
    }

    private static void Expenditure(ExpenditureStatement expected, ExpenditureStatement actual)
    {
        Value(expected.Initial, actual.Initial, "年初预算支出");
        Value(expected.Adjusted, actual.Adjusted, "调整预算支出");
        Value(expected.Actual, actual.Actual, "决算支出");
        Value(expected.Basic, actual.Basic, "基本支出");
        Value(expected.BasicShare, actual.BasicShare, "基本支出占比");
        Value(expected.Personnel, actual.Personnel, "人员经费");
        Value(expected.Operating, actual.Operating, "公用经费");
        Value(expected.Project, actual.Project, "项目支出");
        Value(expected.ProjectShare, actual.ProjectShare, "项目支出占比");
        Value(expected.ExecutionRate, actual.ExecutionRate, "部门预算执行率");
    }

    private static void Economic(EconomicClassificationTable expected, EconomicClassificationTable actual)
    {
        Xunit.Assert.Equal(expected.Rows.Select(r => r.Name), actual.Rows.Select(r => r.Name));
        foreach (var (e, a) in expected.Rows.Append(expected.Total!).Zip(actual.Rows.Append(actual.Total!)))
        {
            Value(e.Amount, a.Amount, e.Name + " 实际支出数");
            Value(e.Share, a.Share, e.Name + " 占比");
        }
    }

    public static void Value(Stated? expected, Stated? actual, string what)
    {
        Xunit.Assert.True(expected?.Value == actual?.Value && expected?.Kind == actual?.Kind,
            $"{what}: expected {expected?.Text} ({expected?.Value} {expected?.Kind}), imported {actual?.Text} ({actual?.Value} {actual?.Kind}) at {actual?.Location.Cell}");
    }
}
