using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// Reads the 绩效指标 block of a target table (部门整体 or 项目支出绩效目标表) row by row: the header row places the value
/// columns (<see cref="IndicatorColumns"/>), merged 一级/二级 cells are carried down, a 二级指标 with no 三级指标 is kept as an
/// empty subcategory. Rows are cells from the block label on: 绩效指标 | 一级 | 二级 | 三级 | values….
/// </summary>
/// <param name="priorYear">The year the 历史标准 columns (上年指标值, 上年实际值) refer to: the table's year less one.</param>
internal sealed class IndicatorTreeReader(int? priorYear)
{
    private const int NameIndex = 3;

    private IndicatorColumns _columns = IndicatorColumns.ByPosition;
    private string? _level1;
    private string? _level2;

    public List<Indicator> Indicators { get; } = [];

    public List<IndicatorSubcategory> EmptySubcategories { get; } = [];

    /// <param name="cells">The row's cells.</param>
    /// <param name="at">The location of a cell: column, row label, column label.</param>
    public void Read(IReadOnlyList<string> cells, Func<int, string?, string?, SourceLocation> at)
    {
        if (cells.Count < 2)
        {
            return;
        }

        if (cells[1] == "一级指标")
        {
            _columns = IndicatorColumns.Of(cells);
            return;
        }

        if (cells[1].Length > 0)
        {
            _level1 = cells[1];
            _level2 = null;
        }

        if (cells.Count > 2 && cells[2].Length > 0)
        {
            _level2 = cells[2];
        }

        var category = _level1 is null ? null : Vocabulary.CategoryOf(_level1);
        if (category is null)
        {
            return;
        }

        var subcategory = _level2 is null ? null : Vocabulary.SubcategoryOf(_level2);
        var name = Cell(cells, NameIndex) ?? string.Empty;
        if (name.Length == 0)
        {
            if (subcategory is { } s && cells.Skip(NameIndex).All(c => c.Length == 0))
            {
                EmptySubcategories.Add(s);
            }

            return;
        }

        var location = at(NameIndex, name, "三级指标");
        if (_columns.ByHeader)
        {
            var annualText = Cell(cells, _columns.Annual ?? NameIndex + 2) ?? string.Empty;
            Indicators.Add(new Indicator(category.Value, subcategory, _level1!, _level2, name, At(cells, _columns.Cycle),
                annualText.Length == 0 ? null : annualText, TargetParser.Parse(annualText, name), At(cells, _columns.Actual),
                ScoreAt(cells, _columns.Weight, name, "分值", at), ScoreAt(cells, _columns.Score, name, "得分", at), location)
            {
                PriorYear = At(cells, _columns.PriorTarget) is var target && At(cells, _columns.PriorActual) is var actual && (target ?? actual) is not null
                    ? new PriorYear(priorYear, target, actual)
                    : null,
                ChangeReason = At(cells, _columns.Reason),
            });
            return;
        }

        var targets = cells.Skip(NameIndex + 1).Where(t => t.Length > 0).ToArray();
        var annual = targets.Length > 0 ? targets[^1] : string.Empty;
        var cycle = targets.Length > 1 ? targets[0] : null;
        Indicators.Add(new Indicator(category.Value, subcategory, _level1!, _level2, name, cycle, annual.Length == 0 ? null : annual,
            TargetParser.Parse(annual, name), null, null, null, location));
    }

    private static Stated? ScoreAt(IReadOnlyList<string> cells, int? column, string name, string columnName, Func<int, string?, string?, SourceLocation> at) =>
        column is { } c && Cell(cells, c) is { } text ? NumberReader.Score(text, at(c, name, columnName)) : null;

    private static string? At(IReadOnlyList<string> cells, int? column) => column is { } c ? Cell(cells, c) : null;

    private static string? Cell(IReadOnlyList<string> cells, int index) =>
        index < cells.Count && cells[index].Length > 0 ? cells[index] : null;
}
