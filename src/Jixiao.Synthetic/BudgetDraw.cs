using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Synthetic;

/// <summary>
/// Draws 表3 部门预算情况 as Tianhe-like departments print it: basic expenditure (万元) for the department and each unit
/// (人员经费, 日常公用经费, 三公经费 memo lines, 基本支出合计), the projects in 元 (or 万元) with their implementing offices.
/// Every total is the exact sum of its parts and every rate is computed from the printed figures, so the table adds up.
/// </summary>
internal static class BudgetDraw
{
    /// <summary>The exact figures of one row in 元.</summary>
    private sealed record Figures(decimal Initial, decimal Increase, decimal Decrease, decimal Actual)
    {
        public decimal Adjusted => Initial + Increase - Decrease;

        public static Figures operator +(Figures a, Figures b) =>
            new(a.Initial + b.Initial, a.Increase + b.Increase, a.Decrease + b.Decrease, a.Actual + b.Actual);

        public static readonly Figures Zero = new(0, 0, 0, 0);
    }

    public static BudgetExecutionTable Draw(Draws draw, string field, int units, int projects, bool projectsInYuan)
    {
        var unitNames = draw.Sample(WordLists.Units, units - 1).Prepend("局本级").ToArray();
        var unitLines = unitNames.Select((_, i) => UnitLines(draw, i == 0 ? 1m : 0.3m)).ToArray();
        var blocks = new List<BudgetBlock> { Block("基本支出", true, Enumerable.Range(0, 5).Select(k => unitLines.Select(u => u[k]).Aggregate((a, b) => a + b)).ToArray()) };
        blocks.AddRange(unitNames.Select((name, i) => Block(name + "基本支出", false, unitLines[i])));

        var projectUnit = projectsInYuan ? MoneyUnits.Yuan : MoneyUnits.TenThousandYuan;
        var rows = ProjectNames(draw, field, projects)
            .Select(name => (Name: name, Figures: ProjectFigures(draw, projectsInYuan ? 0.01m : 100m)))
            .ToArray();
        var projectRows = rows.Select(r => Row(r.Name, BudgetLineKind.Project, draw.Pick(WordLists.Offices), r.Figures, projectUnit, projectsInYuan)).ToArray();
        var total = Row("项目支出合计", BudgetLineKind.ProjectTotal, null, rows.Select(r => r.Figures).Aggregate(Figures.Zero, (a, b) => a + b), projectUnit, projectsInYuan);
        return new BudgetExecutionTable(null, blocks, projectRows, total, SourceLocation.Unknown);
    }

    /// <summary>人员经费, 日常公用经费 and the three 三公 memo lines of one unit, in multiples of 100 元 (0.01 万元).</summary>
    private static Figures[] UnitLines(Draws draw, decimal scale)
    {
        Figures Line(decimal min, decimal max, decimal increaseShare, decimal decreaseShare)
        {
            var initial = draw.Yuan(min * scale, max * scale, 100m);
            var increase = draw.Chance(0.4) ? draw.Yuan(0, initial * increaseShare, 100m) : 0m;
            var decrease = draw.Chance(0.5) ? draw.Yuan(0, initial * decreaseShare, 100m) : 0m;
            var adjusted = initial + increase - decrease;
            var actual = adjusted == 0 ? 0m : Math.Round(adjusted * draw.Fraction(0.85m, 1m) / 100m) * 100m;
            return new Figures(initial, increase, decrease, actual);
        }

        return
        [
            Line(3_000_000m, 30_000_000m, 0.15m, 0.1m),
            Line(300_000m, 3_000_000m, 0.1m, 0.1m),
            draw.Chance(0.85) ? Figures.Zero : Line(20_000m, 200_000m, 0m, 0.5m),
            Line(50_000m, 1_200_000m, 0m, 0.1m),
            Line(1_000m, 20_000m, 0m, 0.3m),
        ];
    }

    private static readonly (string Label, BudgetLineKind Kind)[] Lines =
    [
        ("人员经费", BudgetLineKind.Personnel), ("日常公用经费", BudgetLineKind.Operating), ("因公出国（境）经费", BudgetLineKind.OverseasTravel),
        ("公务用车购置及运行维护费", BudgetLineKind.OfficialVehicles), ("公务接待费", BudgetLineKind.OfficialReception),
    ];

    private static BudgetBlock Block(string name, bool isDepartment, Figures[] lines)
    {
        var rows = lines.Select((f, k) => Row(Lines[k].Label, Lines[k].Kind, null, f, MoneyUnits.TenThousandYuan, false)).ToArray();
        var total = Row("基本支出合计", BudgetLineKind.BasicTotal, null, lines[0] + lines[1], MoneyUnits.TenThousandYuan, false);
        return new BudgetBlock(name, isDepartment, rows, total);
    }

    /// <summary>A project's figures: most have an initial budget (round hundreds), carried-over ones only an increase; rates mostly 90–100%.</summary>
    private static Figures ProjectFigures(Draws draw, decimal step)
    {
        var carriedOver = draw.Chance(0.2);
        var initial = carriedOver ? 0m : draw.Yuan(5_000m, 2_000_000m, 100m);
        var increase = carriedOver || draw.Chance(0.35) ? draw.Yuan(1_000m, 600_000m, step) : 0m;
        var decrease = draw.Chance(0.4) ? draw.Yuan(0m, (initial + increase) * 0.5m, step) : 0m;
        var adjusted = initial + increase - decrease;
        var rate = draw.Int(0, 99) switch
        {
            < 55 => 1m,
            < 85 => draw.Fraction(0.9m, 1m),
            < 95 => draw.Fraction(0.7m, 0.9m),
            _ => draw.Fraction(0.4m, 0.7m),
        };
        var actual = Math.Round(adjusted * rate / step) * step;
        return new Figures(initial, increase, decrease, actual);
    }

    private static BudgetRow Row(string label, BudgetLineKind kind, string? office, Figures f, string unit, bool thousands)
    {
        var adjusted = Printed.Money(f.Adjusted, unit, thousands);
        var actual = Printed.Money(f.Actual, unit, thousands);
        return new BudgetRow(label, kind, office, Printed.Money(f.Initial, unit, thousands), Printed.Money(f.Increase, unit, thousands),
            Printed.Money(f.Decrease, unit, thousands), adjusted, actual, Printed.Percent(f.Actual, f.Adjusted), SourceLocation.Unknown);
    }

    /// <summary>Distinct project names from the stems, some carried over from the year before ("（上年结转）").</summary>
    private static List<string> ProjectNames(Draws draw, string field, int count)
    {
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = draw.Pick(WordLists.ProjectQualifiers) + string.Format(System.Globalization.CultureInfo.InvariantCulture, draw.Pick(WordLists.ProjectStems), field);
            if (draw.Chance(0.15))
            {
                name += "（上年结转）";
            }

            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
