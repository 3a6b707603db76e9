using Jixiao.Documents.Neutral;
using static Jixiao.Documents.Text.FormVocabulary;

namespace Jixiao.Documents.Text;

/// <summary>One cell of a flattened table: its text (normalised, see <see cref="FormVocabulary.Cell"/>) and its source line.</summary>
internal readonly record struct FlatCell(string Text, int Line);

/// <summary>What <see cref="FlattenedTable.Rebuild"/> makes of a run of cells.</summary>
internal abstract record FlatSegment;

/// <summary>Rows rebuilt from a recognised block of the form.</summary>
internal sealed record RebuiltRows(IReadOnlyList<TableRow> Rows) : FlatSegment;

/// <summary>Cells that belong to no recognised block (running text, or stray cells of a marked run).</summary>
internal sealed record LooseCells(IReadOnlyList<FlatCell> Cells) : FlatSegment;

/// <summary>A recognised block whose rows do not line up with its header: kept as text, with the reason.</summary>
internal sealed record UnalignedCells(IReadOnlyList<FlatCell> Cells, string Block, string Reason) : FlatSegment;

/// <summary>The segments in reading order, and the cells that went into rebuilt rows (with their own lines).</summary>
internal sealed record FlatResult(IReadOnlyList<FlatSegment> Segments, IReadOnlyList<FlatCell> TableCells);

/// <summary>
/// Rebuilds the rows of a 自评表 printed one cell per line (web pages turn each table cell into a line, often ending in
/// " |", with a bare "|" for an empty cell). The form's vocabulary says where blocks and rows start: label–value header
/// fields, the 年度总体目标 block, the 预算执行情况/项目资金 block (column headers, then one row per funding label) and
/// the 绩效指标 block (column headers, then rows whose level-1 and level-2 cells are printed only in the first row of
/// their merged range). Every rebuilt row is checked against its header (figures under figure columns, an operator
/// under 指标性质…); a block that does not line up is not guessed at but returned as <see cref="UnalignedCells"/>.
/// Merged cells become empty cells, so every row of a block has the header's width and its cells under their headers.
/// </summary>
/// <param name="marked">
/// True for a run whose lines are marked as cells (" |"): empty cells are present and every recognised label counts.
/// False for running text: empty cells cannot be seen, and only blocks with a column header, or two or more header
/// fields in a row, are taken for a table.
/// </param>
internal sealed class FlattenedTable(IReadOnlyList<FlatCell> cells, bool marked)
{
    private readonly List<FlatSegment> _segments = [];
    private readonly List<FlatCell> _loose = [];
    private readonly List<TableRow> _rows = [];
    private readonly List<FlatCell> _tableCells = [];
    private readonly HashSet<int> _unaligned = [];

    public static FlatResult Rebuild(IReadOnlyList<FlatCell> cells, bool marked) => new FlattenedTable(cells, marked).Run();

    private string Text(int i) => i < cells.Count ? cells[i].Text : string.Empty;

    private FlatResult Run()
    {
        var i = 0;
        while (i < cells.Count)
        {
            var next = TryBlock(i);
            if (next <= i)
            {
                FlushRows();
                _loose.Add(cells[i]);
                next = i + 1;
            }
            else
            {
                _tableCells.AddRange(Enumerable.Range(i, next - i).Where(k => !_unaligned.Contains(k)).Select(k => cells[k]));
            }

            i = next;
        }

        FlushLoose();
        FlushRows();
        return new FlatResult(_segments, _tableCells);
    }

    /// <summary>Reads the block starting at <paramref name="i"/>, if one does; returns the index after it, or <paramref name="i"/>.</summary>
    private int TryBlock(int i)
    {
        var text = Text(i);
        if (text.Length == 0)
        {
            return i;
        }

        if (BudgetHeader(i) is { } budget)
        {
            return ReadBudget(i, budget);
        }

        if (IndicatorHeader(i) is { } indicators)
        {
            return ReadIndicators(i, indicators);
        }

        if (GoalHeader(i) is { } goal)
        {
            return ReadGoal(i, goal);
        }

        if (marked)
        {
            if (IsFormTitle(text) || (IsInlineField(text) && !IsBudgetRowLabel(text)))
            {
                AddRow([text], cells[i].Line);
                return i + 1;
            }

            if (IsFieldLabel(text))
            {
                var hasValue = i + 1 < cells.Count && !IsStop(i + 1);
                AddRow([text, hasValue ? Text(i + 1) : string.Empty], cells[i].Line);
                return hasValue ? i + 2 : i + 1;
            }

            return i;
        }

        return ReadHeaderFields(i);
    }

    /// <summary>Running text: two or more "label / value" pairs in a row (联系人 / 吴俊 / 联系电话 / 8690022).</summary>
    private int ReadHeaderFields(int i)
    {
        var k = i;
        var pairs = new List<(FlatCell Label, FlatCell Value)>();
        while (k + 1 < cells.Count && IsHeaderFieldLabel(Text(k)) && Text(k + 1).Length is > 0 and <= 60 && !IsStop(k + 1))
        {
            pairs.Add((cells[k], cells[k + 1]));
            k += 2;
        }

        if (pairs.Count < 2)
        {
            return i;
        }

        foreach (var (label, value) in pairs)
        {
            AddRow([label.Text, value.Text], label.Line);
        }

        return k;
    }

    /// <summary>A cell where a block, a header field or the form title starts: where the cells of the previous block end.</summary>
    private bool IsStop(int i)
    {
        var text = Text(i);
        return text.Length > 0
            && (IsFieldLabel(text) || IsFormTitle(text) || (marked && IsInlineField(text) && !IsBudgetRowLabel(text))
                || BudgetHeader(i) is not null || IndicatorHeader(i) is not null || GoalHeader(i) is not null);
    }

    // ---- 年度总体目标 / 项目基本情况 ----------------------------------------------------------------------------------

    private sealed record GoalLayout(bool HasSubLabel, int HeaderCount, int DataStart);

    private GoalLayout? GoalHeader(int i)
    {
        if (!IsGoalLabel(Text(i)))
        {
            return null;
        }

        var j = i + 1;
        var sub = IsGoalSubLabel(Text(j));
        if (sub)
        {
            j++;
        }

        var count = 0;
        while (IsGoalHeader(Text(j + count)))
        {
            count++;
        }

        return count >= 2 ? new GoalLayout(sub, count, j + count) : null;
    }

    /// <summary>
    /// [年度总体目标, 预期目标, 实际完成情况] then one row [—, 目标, 完成情况]; Sichuan adds a numbered sub-label
    /// ("1.项目年度目标完成情况") and a second sub-label row ("2.项目实施内容及过程概述" and its text).
    /// </summary>
    private int ReadGoal(int i, GoalLayout layout)
    {
        var width = 1 + (layout.HasSubLabel ? 1 : 0) + layout.HeaderCount;
        AddRow(cells.Skip(i).Take(layout.DataStart - i).Select(c => c.Text), cells[i].Line, width);
        var k = layout.DataStart;
        var data = new List<FlatCell>();
        while (k < cells.Count && data.Count < layout.HeaderCount && !IsStop(k) && !IsGoalSubLabel(Text(k)))
        {
            data.Add(cells[k++]);
        }

        if (data.Count > 0)
        {
            var lead = Enumerable.Repeat(string.Empty, layout.HasSubLabel ? 2 : 1);
            AddRow(lead.Concat(data.Select(c => c.Text)), data[0].Line, width);
        }

        while (k < cells.Count && IsGoalSubLabel(Text(k)))
        {
            var row = new List<string> { string.Empty, Text(k) };
            var line = cells[k].Line;
            k++;
            if (k < cells.Count && !IsStop(k) && !IsGoalSubLabel(Text(k)))
            {
                row.Add(Text(k++));
            }

            AddRow(row, line, width);
        }

        return k;
    }

    // ---- 预算执行情况 / 项目资金 ---------------------------------------------------------------------------------------

    private sealed record BudgetLayout(string? BlockLabel, string? LabelHeader, IReadOnlyList<string> Headers, IReadOnlyList<ColumnKind> Kinds, int DataStart);

    private BudgetLayout? BudgetHeader(int i)
    {
        var j = i;
        string? blockLabel = null;
        if (IsBudgetBlockLabel(Text(j)))
        {
            blockLabel = Text(j);
            j++;
        }

        string? labelHeader = null;
        if (IsBudgetLabelColumnHeader(Text(j)) || (blockLabel is not null && marked && Text(j).Length == 0))
        {
            labelHeader = Text(j);
            j++;
        }

        var headers = new List<string>();
        var kinds = new List<ColumnKind>();
        while (j < cells.Count && BudgetColumn(Text(j)) is { } kind)
        {
            headers.Add(Text(j));
            kinds.Add(kind);
            j++;
        }

        return headers.Count >= 3 && kinds.Contains(ColumnKind.Money) && (blockLabel is not null || BudgetColumn(Text(i)) is not null || labelHeader is not null)
            ? new BudgetLayout(blockLabel, labelHeader, headers, kinds, j)
            : null;
    }

    /// <summary>
    /// Header row [预算执行情况, 年度预算数, 年初预算, …], then one row per funding label (总额, 其中：财政资金…) with the
    /// figures after it. A trailing text column (原因) merged over several rows is printed once; it becomes empty cells.
    /// </summary>
    private int ReadBudget(int i, BudgetLayout layout)
    {
        var offset = layout.BlockLabel is null ? 0 : 1;
        var width = offset + 1 + layout.Headers.Count;
        var header = new List<string>();
        if (layout.BlockLabel is not null)
        {
            header.Add(layout.BlockLabel);
        }

        header.Add(layout.LabelHeader ?? string.Empty);
        header.AddRange(layout.Headers);
        AddRow(header, cells[i].Line, width);
        var rowsBefore = _rows.Count - 1;

        var required = layout.Kinds.Count;
        while (required > 0 && layout.Kinds[required - 1] == ColumnKind.Text)
        {
            required--;
        }

        var k = layout.DataStart;
        while (k < cells.Count && IsBudgetRowLabel(Text(k)))
        {
            var start = k;
            var values = new List<string>();
            k++;
            while (k < cells.Count && values.Count < layout.Kinds.Count && !IsBudgetRowLabel(Text(k)) && !IsStop(k))
            {
                values.Add(Text(k++));
            }

            var misfit = values.Select((v, c) => (v, c)).FirstOrDefault(x => !Fits(x.v, layout.Kinds[x.c]));
            if (values.Count < required || misfit.v is not null)
            {
                var reason = values.Count < required
                    ? $"第 {cells[start].Line} 行“{Text(start)}”之后只有 {values.Count} 个单元格，表头有 {required} 个数字列"
                    : $"第 {cells[start + 1 + misfit.c].Line} 行“{misfit.v}”不是“{layout.Headers[misfit.c]}”列应有的内容";
                var first = _rows.Count == rowsBefore + 1;
                return Unaligned(first ? i : start, "预算执行情况", reason, withdrawHeader: first, scanFrom: start + 1);
            }

            AddRow(Enumerable.Repeat(string.Empty, offset).Append(Text(start)).Concat(values), cells[start].Line, width);
        }

        return k;
    }

    // ---- 绩效指标 -----------------------------------------------------------------------------------------------------

    private sealed record IndicatorLayout(string? BlockLabel, IReadOnlyList<string> Headers, IReadOnlyList<ColumnKind> Kinds, int DataStart)
    {
        /// <summary>How many of the first columns are level-1/level-2 labels that merged cells leave out.</summary>
        public int CategoryColumns => Kinds.TakeWhile(k => k is ColumnKind.Level1 or ColumnKind.Level2).Count();
    }

    private IndicatorLayout? IndicatorHeader(int i)
    {
        var j = i;
        string? blockLabel = null;
        if (IsIndicatorBlockLabel(Text(j)))
        {
            blockLabel = Text(j);
            j++;
        }

        var headers = new List<string>();
        var kinds = new List<ColumnKind>();
        while (j < cells.Count && IndicatorColumn(Text(j)) is { } kind)
        {
            headers.Add(Text(j));
            kinds.Add(kind);
            j++;
        }

        var named = kinds.Contains(ColumnKind.Name) || kinds.Contains(ColumnKind.Level1);
        var valued = kinds.Any(k => k is not (ColumnKind.Level1 or ColumnKind.Level2));
        return headers.Count >= 3 && named && valued && (blockLabel is not null || IndicatorColumn(Text(i)) is not null)
            ? new IndicatorLayout(blockLabel, headers, kinds, j)
            : null;
    }

    /// <summary>
    /// Header row [绩效指标, 一级指标, 二级指标, 三级指标, …], then the indicator rows. A row starts with a level-1 label
    /// followed by a level-2 label (full row), with a level-2 label (level 1 merged), or with the indicator name (both
    /// merged); merged cells become empty cells. The 合计/总分 row puts its figures under the first score column.
    /// </summary>
    private int ReadIndicators(int i, IndicatorLayout layout)
    {
        var offset = layout.BlockLabel is null ? 0 : 1;
        var columns = layout.Headers.Count;
        var width = offset + columns;
        var header = layout.BlockLabel is null ? new List<string>() : [layout.BlockLabel];
        header.AddRange(layout.Headers);
        AddRow(header, cells[i].Line, width);
        var rowsBefore = _rows.Count - 1;
        bool First() => _rows.Count == rowsBefore + 1;

        var categories = layout.CategoryColumns;
        var hasLevel1 = categories > 0 && layout.Kinds[0] == ColumnKind.Level1;
        var hasLevel2 = layout.Kinds.Take(categories).Contains(ColumnKind.Level2);
        var k = layout.DataStart;
        while (k < cells.Count && !IsStop(k))
        {
            var text = Text(k);
            if (IsTotalLabel(text))
            {
                return ReadTotal(k, layout, offset, width);
            }

            if (!marked && !First() && LooksLikeProse(text))
            {
                break;
            }

            if (text.Length == 0)
            {
                var end = k;
                while (end < cells.Count && Text(end).Length == 0)
                {
                    end++;
                }

                if (end >= cells.Count || IsStop(end) || !marked)
                {
                    k = end;
                    continue;
                }
            }

            int omitted;
            if (hasLevel1 && IsLevel1(text) && (!hasLevel2 || IsLevel2(Text(k + 1)) || !IsLevel2(text)))
            {
                omitted = 0;
            }
            else if (hasLevel2 && IsLevel2(text))
            {
                omitted = hasLevel1 ? 1 : 0;
            }
            else
            {
                omitted = categories;
            }

            var length = Math.Max(1, columns - omitted);
            var start = k;
            var values = new List<string>();
            while (k < cells.Count && values.Count < length && (values.Count == 0 || !IsStop(k)))
            {
                values.Add(Text(k++));
            }

            if (values.Count < length)
            {
                return Unaligned(First() ? i : start, "绩效指标", $"第 {cells[start].Line} 行起的一行只有 {values.Count} 个单元格，应有 {length} 个", First(), start + 1);
            }

            for (var c = 0; c < values.Count; c++)
            {
                var kind = layout.Kinds[omitted + c];
                if (!Fits(values[c], kind) || (kind == ColumnKind.Name && values[c].Length == 0))
                {
                    return Unaligned(First() ? i : start, "绩效指标",
                        $"第 {cells[start + c].Line} 行“{values[c]}”不是“{layout.Headers[omitted + c]}”列应有的内容", First(), start + 1);
                }
            }

            AddRow(Enumerable.Repeat(string.Empty, offset + omitted).Concat(values), cells[start].Line, width);
        }

        return k;
    }

    /// <summary>合计 / 总分: the label in the first column, its figures from the first score column (分值/权重) on.</summary>
    private int ReadTotal(int k, IndicatorLayout layout, int offset, int width)
    {
        var line = cells[k].Line;
        var label = Text(k++);
        var values = new List<string>();
        while (k < cells.Count && values.Count < layout.Headers.Count && !IsStop(k) && !IsTotalLabel(Text(k)))
        {
            if (!marked && !IsFigure(Text(k)))
            {
                break;
            }

            values.Add(Text(k++));
        }

        var first = layout.Kinds.ToList().IndexOf(ColumnKind.Score);
        var fits = first >= 0 && first + values.Count <= layout.Headers.Count
            && values.Select((v, c) => Fits(v, layout.Kinds[first + c])).All(x => x);
        var row = new List<string> { label };
        if (fits)
        {
            row.AddRange(Enumerable.Repeat(string.Empty, Math.Max(0, offset + first - 1)));
        }

        row.AddRange(values);
        AddRow(row, line, width);
        return k;
    }

    /// <summary>Running text after a table: a sentence, not a cell.</summary>
    private static bool LooksLikeProse(string text) => text.Length > 40 || text.EndsWith('。') || text.EndsWith('；') || text.EndsWith('！');

    // ---- Output -------------------------------------------------------------------------------------------------------

    /// <summary>
    /// Gives up on a block from <paramref name="start"/> up to the next block: its cells stay text. When no data row of
    /// the block was rebuilt, <paramref name="start"/> is the block's first cell and its header row is withdrawn
    /// (<paramref name="withdrawHeader"/>). The next block is looked for from <paramref name="scanFrom"/> on (the failing row).
    /// </summary>
    private int Unaligned(int start, string block, string reason, bool withdrawHeader = false, int scanFrom = 0)
    {
        if (withdrawHeader)
        {
            _rows.RemoveAt(_rows.Count - 1);
        }

        FlushRows();
        FlushLoose();
        var end = Math.Max(start + 1, scanFrom);
        while (end < cells.Count && !IsStop(end))
        {
            end++;
        }

        _segments.Add(new UnalignedCells(cells.Skip(start).Take(end - start).ToArray(), block, reason));
        _unaligned.UnionWith(Enumerable.Range(start, end - start));
        return end;
    }

    private void AddRow(IEnumerable<string> texts, int line, int width = 0)
    {
        FlushLoose();
        var row = texts.ToList();
        while (row.Count < width)
        {
            row.Add(string.Empty);
        }

        _rows.Add(new TableRow(row, line));
    }

    private void FlushRows()
    {
        if (_rows.Count > 0)
        {
            _segments.Add(new RebuiltRows(_rows.ToArray()));
            _rows.Clear();
        }
    }

    private void FlushLoose()
    {
        if (_loose.Count > 0)
        {
            FlushRows();
            _segments.Add(new LooseCells(_loose.ToArray()));
            _loose.Clear();
        }
    }
}
