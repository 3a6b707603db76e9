using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Budgets;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the budget-execution table (表3): basic-expenditure blocks for the department and its units,
/// then project rows, each with 年初/调增/调减/调整后/实际/支出率 taken from the row's last six cells,
/// so merged label cells of any width do not shift the figures. Mixed units per part are honoured.
/// </summary>
public static class BudgetTableExtractor
{
    private const int FigureColumns = 6;

    public static bool IsBudgetTable(TableBlock table) =>
        table.Rows.Any(r => r.Cells.Contains("年初预算") && r.Cells.Any(c => c.StartsWith("调整后预算", StringComparison.Ordinal)));

    public static BudgetExecutionTable Extract(TableBlock table, string section, List<ReadingProblem> problems)
    {
        var name = TableNames.ShortName(table.Caption, "表3");
        var units = UnitNote.Parse(table.UnitNote);
        var blocks = new List<(string Name, List<BudgetRow> Lines, BudgetRow? Total)>();
        var projects = new List<BudgetRow>();
        BudgetRow? projectTotal = null;
        var inProjects = false;

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = Trimmed(row.Cells);
            if (cells.Length > 0 && cells[0] == Vocabulary.ProjectExpenditure && cells.Contains("项目名称"))
            {
                inProjects = true;
                continue;
            }

            if (cells.Length < FigureColumns + 1 || cells.Contains("年初预算"))
            {
                continue;
            }

            var figureStart = cells.Length - FigureColumns;
            var labels = new List<(string text, int index)>(figureStart);
            for (var c = 0; c < figureStart; c++)
            {
                if (cells[c].Length > 0)
                {
                    labels.Add((cells[c], c));
                }
            }

            if (labels.Count == 0)
            {
                continue;
            }

            if (!inProjects && labels[0].index == 0 && labels[0].text.EndsWith(Vocabulary.BasicExpenditure, StringComparison.Ordinal)
                && !labels[0].text.Contains(Vocabulary.Total, StringComparison.Ordinal))
            {
                blocks.Add((labels[0].text, [], null));
                labels.RemoveAt(0);
            }

            if (inProjects && labels[0].text == Vocabulary.ProjectExpenditure && labels.Count > 1)
            {
                labels.RemoveAt(0);
            }

            var label = labels.Count > 0 ? labels[0].text : string.Empty;
            if (inProjects)
            {
                var isTotal = label.Contains(Vocabulary.Total, StringComparison.Ordinal);
                var unitName = labels.Count > 1 ? labels[^1].text : null;
                var projectRow = ReadRow(cells, figureStart, label, label, isTotal ? BudgetLineKind.ProjectTotal : BudgetLineKind.Project,
                    isTotal ? null : unitName, units.UnitFor(Vocabulary.ProjectExpenditure), name, section, r, (row.Line, row.Page ?? table.Page), problems);
                if (isTotal)
                {
                    projectTotal = projectRow;
                }
                else
                {
                    projects.Add(projectRow);
                }

                continue;
            }

            if (blocks.Count == 0)
            {
                blocks.Add((Vocabulary.BasicExpenditure, [], null));
            }

            if (labels.Count == 0)
            {
                // Only the block's name ("基本支出") before the figures: no line to read them into.
                continue;
            }

            var lineLabel = labels[^1].text;
            var kind = Vocabulary.LineKindOf(lineLabel);
            var current = blocks[^1];
            var basicRow = ReadRow(cells, figureStart, lineLabel, $"{current.Name}/{lineLabel}", kind, null,
                units.UnitFor(Vocabulary.BasicExpenditure), name, section, r, (row.Line, row.Page ?? table.Page), problems);
            if (kind == BudgetLineKind.BasicTotal)
            {
                blocks[^1] = current with { Total = basicRow };
            }
            else
            {
                current.Lines.Add(basicRow);
            }
        }

        if (blocks.Count == 0 && projects.Count == 0)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing, $"{name}中没有读到预算执行数据行", new SourceLocation(section, name, Line: table.Line, Page: table.Page)));
        }

        var basic = AtColumnPrecision(blocks.SelectMany(b => b.Lines.Append(b.Total)).OfType<BudgetRow>().ToArray());
        var basicBlocks = blocks
            .Select(b => new BudgetBlock(b.Name, b.Name == Vocabulary.BasicExpenditure,
                b.Lines.Select(basic).ToArray(), b.Total is null ? null : basic(b.Total)))
            .ToArray();
        var project = AtColumnPrecision(projects.Append(projectTotal).OfType<BudgetRow>().ToArray());
        return new BudgetExecutionTable(table.Caption, basicBlocks, projects.Select(project).ToArray(),
            projectTotal is null ? null : project(projectTotal), new SourceLocation(section, name, Line: table.Line, Page: table.Page));
    }

    /// <summary>
    /// Reads a row's figures at the precision of their columns within one part of the table; each column's precision is
    /// found once for the part, not again for every row.
    /// </summary>
    private static Func<BudgetRow, BudgetRow> AtColumnPrecision(IReadOnlyList<BudgetRow> part)
    {
        var initial = ColumnPrecision.Of(part.Select(r => r.Initial));
        var increase = ColumnPrecision.Of(part.Select(r => r.Increase));
        var decrease = ColumnPrecision.Of(part.Select(r => r.Decrease));
        var adjusted = ColumnPrecision.Of(part.Select(r => r.Adjusted));
        var actual = ColumnPrecision.Of(part.Select(r => r.Actual));
        var executionRate = ColumnPrecision.Of(part.Select(r => r.ExecutionRate));
        return row =>
        {
            var figures = (Initial: ColumnPrecision.Apply(row.Initial, initial), Increase: ColumnPrecision.Apply(row.Increase, increase),
                Decrease: ColumnPrecision.Apply(row.Decrease, decrease), Adjusted: ColumnPrecision.Apply(row.Adjusted, adjusted),
                Actual: ColumnPrecision.Apply(row.Actual, actual), ExecutionRate: ColumnPrecision.Apply(row.ExecutionRate, executionRate));
            var unchanged = ReferenceEquals(figures.Initial, row.Initial) && ReferenceEquals(figures.Increase, row.Increase)
                && ReferenceEquals(figures.Decrease, row.Decrease) && ReferenceEquals(figures.Adjusted, row.Adjusted)
                && ReferenceEquals(figures.Actual, row.Actual) && ReferenceEquals(figures.ExecutionRate, row.ExecutionRate);
            return unchanged ? row : row with
            {
                Initial = figures.Initial,
                Increase = figures.Increase,
                Decrease = figures.Decrease,
                Adjusted = figures.Adjusted,
                Actual = figures.Actual,
                ExecutionRate = figures.ExecutionRate,
            };
        };
    }

    private static BudgetRow ReadRow(string[] cells, int figureStart, string label, string rowPath, BudgetLineKind kind, string? implementingUnit,
        string unit, string table, string section, int rowIndex, (int Line, int? Page) at, List<ReadingProblem> problems)
    {
        var figures = new Stated?[FigureColumns];
        for (var i = 0; i < FigureColumns; i++)
        {
            var column = figureStart + i;
            var text = cells[column];
            var location = new SourceLocation(section, table, rowPath, Vocabulary.BudgetColumnNames[i], CellAddress.Of(table, column, rowIndex), at.Line, at.Page);
            figures[i] = i == FigureColumns - 1 ? NumberReader.Percent(text, location) : NumberReader.Money(text, unit, location);
            if (figures[i] is null && !NumberReader.IsBlank(text))
            {
                problems.Add(new ReadingProblem(ReadingCodes.NotANumber, $"{location.Cell}（{rowPath}，{location.Column}）“{text}”不是数字", location));
            }
        }

        return new BudgetRow(label, kind, implementingUnit, figures[0], figures[1], figures[2], figures[3], figures[4], figures[5],
            new SourceLocation(section, table, rowPath, null, CellAddress.Of(table, 0, rowIndex), at.Line, at.Page));
    }

    /// <summary>The row's cells up to its last non-empty one.</summary>
    private static string[] Trimmed(IReadOnlyList<string> cells)
    {
        var count = cells.Count;
        while (count > 0 && cells[count - 1].Length == 0)
        {
            count--;
        }

        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = cells[i];
        }

        return result;
    }
}
