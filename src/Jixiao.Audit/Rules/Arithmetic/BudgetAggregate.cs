using Jixiao.Audit.Engine;
using Jixiao.Domain.Budgets;

namespace Jixiao.Audit.Rules.Arithmetic;

/// <summary>
/// A total row of 表3 with the rows it sums: a block's 合计 and its lines (三公经费 memo lines excluded),
/// the 项目支出合计 and the projects, and each department-block row and the same row of every unit.
/// </summary>
public sealed record BudgetAggregate(string Table, BudgetRow Total, IReadOnlyList<BudgetRow> Parts, string PartsName)
{
    public static IEnumerable<BudgetAggregate> All(BudgetExecutionTable table)
    {
        var name = table.Location.Table ?? "表3";
        foreach (var block in table.BasicBlocks)
        {
            if (block.Total is not null)
            {
                var parts = block.Lines.Where(l => !l.IsMemoLine).ToArray();
                if (parts.Length > 0)
                {
                    yield return new BudgetAggregate(name, block.Total, parts, AuditLabels.PartsOfBlock);
                }
            }
        }

        if (table.ProjectTotal is not null && table.Projects.Count > 0)
        {
            yield return new BudgetAggregate(name, table.ProjectTotal, table.Projects, AuditLabels.PartsOfProjects);
        }

        var units = table.UnitBlocks.ToArray();
        if (table.DepartmentBlock is not { } department || units.Length == 0)
        {
            yield break;
        }

        foreach (var row in department.Lines.Append(department.Total).OfType<BudgetRow>())
        {
            var parts = units.Select(u => Match(u, row)).ToArray();
            if (parts.All(p => p is not null))
            {
                yield return new BudgetAggregate(name, row, parts!, AuditLabels.PartsOfDepartment);
            }
        }
    }

    private static BudgetRow? Match(BudgetBlock unit, BudgetRow departmentRow) =>
        departmentRow.Kind == BudgetLineKind.BasicTotal ? unit.Total
        : departmentRow.Kind == BudgetLineKind.Other ? unit.Lines.FirstOrDefault(l => l.Label == departmentRow.Label)
        : unit.Lines.FirstOrDefault(l => l.Kind == departmentRow.Kind);

    /// <summary>
    /// Whether every part has a figure in <paramref name="column"/> and the printed figures add up to exactly
    /// <paramref name="total"/>: most totals do, and for them no <see cref="Terms"/> are built.
    /// </summary>
    public bool AddsUpExactly(BudgetColumn column, decimal total)
    {
        var sum = 0m;
        foreach (var part in Parts)
        {
            if (part.Get(column) is not { } number)
            {
                return false;
            }

            sum += number.Value;
        }

        return sum == total;
    }

    /// <summary>The terms of one column over the parts, or null when a part has no figure there.</summary>
    public IReadOnlyList<Term>? Terms(BudgetColumn column, int sign = 1)
    {
        var terms = new List<Term>(Parts.Count);
        foreach (var part in Parts)
        {
            if (part.Get(column) is not { } number)
            {
                return null;
            }

            terms.Add(Term.InColumn(part.Location.Row ?? part.Label, AuditLabels.Column(column), number, sign));
        }

        return terms;
    }
}
