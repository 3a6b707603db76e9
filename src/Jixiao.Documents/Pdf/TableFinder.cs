namespace Jixiao.Documents.Pdf;

/// <summary>
/// Finds the tables on a page. A table drawn with ruling lines is its grid (<see cref="RuledTable"/>): the words inside
/// it are its cells. Elsewhere a table starts at a line of several fragments and grows down while the next
/// lines keep to its columns: more lines of several fragments, wrapped or vertically centred cell lines close
/// above or below them, and single cells between rows. A line that crosses a column gap (a caption, a
/// paragraph) ends it. Two lines of several fragments at least make a table; everything else stays text.
/// </summary>
internal static class TableFinder
{
    /// <summary>Baselines closer than this many font sizes belong to one row band (wrapped or centred cell lines).</summary>
    public const double BandPitch = 1.35;

    /// <summary>Rows of a table follow each other within this many font sizes (padding and rules included).</summary>
    public const double RowGap = 3.2;

    public static List<PageItem> Find(IReadOnlyList<PdfLine> lines, IReadOnlyList<RuledGrid> grids, Func<PdfLine, bool> isHeading)
    {
        var members = grids.ToDictionary(g => g, _ => new List<(PdfWord Word, PdfLine Line)>());
        var outside = new List<PdfLine>();
        foreach (var line in lines)
        {
            var rest = new List<PdfWord>();
            foreach (var word in line.Words)
            {
                if (grids.FirstOrDefault(g => g.Contains(word.Centre, word.Middle)) is { } grid)
                {
                    members[grid].Add((word, line));
                }
                else
                {
                    rest.Add(word);
                }
            }

            if (line.With(rest) is { } left)
            {
                outside.Add(left);
            }
        }

        var tables = new List<(int Line, PdfTable Table)>();
        foreach (var (grid, words) in members.Where(m => m.Value.Count > 0))
        {
            if (RuledTable.Build(grid, words) is { } table)
            {
                tables.Add((words.Min(m => m.Line.Number), table));
            }
            else
            {
                outside.AddRange(words.GroupBy(m => m.Line).Select(l => l.Key.With(l.Select(m => m.Word).ToList())!));
            }
        }

        var items = new List<PageItem>();
        var run = new List<PdfLine>();
        foreach (var line in outside.OrderBy(l => l.Number))
        {
            foreach (var table in tables.Where(t => t.Line < line.Number).OrderBy(t => t.Line).ToList())
            {
                items.AddRange(FindAligned(run, isHeading));
                run.Clear();
                items.Add(new PageItem(null, table.Table));
                tables.Remove(table);
            }

            run.Add(line);
        }

        items.AddRange(FindAligned(run, isHeading));
        items.AddRange(tables.OrderBy(t => t.Line).Select(t => new PageItem(null, t.Table)));
        return items;
    }

    /// <summary>Tables found by the alignment of their text among lines no rule encloses.</summary>
    private static List<PageItem> FindAligned(List<PdfLine> lines, Func<PdfLine, bool> isHeading)
    {
        var items = new List<PageItem>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].IsMulti && !isHeading(lines[i]) && Grow(lines, i, isHeading) is { } grown)
            {
                var members = new List<PdfLine>();
                for (var back = lines[i]; items.Count > 0 && items[^1].Line is { } previous && IsBandLineAbove(previous, back, grown.Columns); back = previous)
                {
                    members.Insert(0, previous);
                    items.RemoveAt(items.Count - 1);
                }

                members.AddRange(grown.Members);
                items.Add(new PageItem(null, RowAssembler.Build(members)));
                i = grown.Next;
                continue;
            }

            items.Add(new PageItem(lines[i], null));
            i++;
        }

        return items;
    }

    private static (List<PdfLine> Members, List<(double Left, double Right)> Columns, int Next)? Grow(List<PdfLine> lines, int start, Func<PdfLine, bool> isHeading)
    {
        var first = lines[start];
        var members = new List<PdfLine> { first };
        var columns = ColumnLayout.Union(first.Fragments);
        var multi = 1;
        var j = start + 1;
        while (j < lines.Count)
        {
            var line = lines[j];
            var previous = members[^1];
            var distance = previous.Baseline - line.Baseline;
            if (isHeading(line) || Math.Abs(line.Size - first.Size) > 1.5 || distance > RowGap * first.Size)
            {
                break;
            }

            if (line.IsMulti)
            {
                if (line.Fragments.Count(f => ColumnLayout.Spanned(f, columns) > 1) * 3 > line.Fragments.Count)
                {
                    break;
                }

                multi++;
            }
            else if (!FitsOneColumn(line, columns)
                || !(distance <= BandPitch * line.Size || Sandwiched(lines, j, columns, first.Size, isHeading) || NotInFirstColumn(line, columns)))
            {
                break;
            }

            members.Add(line);
            columns = ColumnLayout.Union(members.SelectMany(m => m.Fragments));
            j++;
        }

        // A table needs two lines of several cells; trailing lone lines that only followed it are left as text.
        while (members.Count > 1 && !members[^1].IsMulti && members[^1].Baseline < members[^2].Baseline - BandPitch * members[^1].Size
            && !NotInFirstColumn(members[^1], columns))
        {
            members.RemoveAt(members.Count - 1);
        }

        return multi >= 2 ? (members, columns, start + members.Count) : null;
    }

    /// <summary>A lone line just above the table's first line that belongs to its first row band.</summary>
    private static bool IsBandLineAbove(PdfLine candidate, PdfLine below, List<(double Left, double Right)> columns) =>
        !candidate.IsMulti && Math.Abs(candidate.Size - below.Size) <= 1.5
        && candidate.Baseline - below.Baseline <= BandPitch * below.Size
        && FitsOneColumn(candidate, columns);

    private static bool FitsOneColumn(PdfLine line, List<(double Left, double Right)> columns) =>
        line.Fragments.All(f => ColumnLayout.Spanned(f, columns) <= 1);

    private static bool NotInFirstColumn(PdfLine line, List<(double Left, double Right)> columns) =>
        columns.Count > 1 && line.Left >= columns[1].Left - 1;

    /// <summary>A lone line followed, within row distance, by another line of several fragments that keeps to the columns.</summary>
    private static bool Sandwiched(List<PdfLine> lines, int index, List<(double Left, double Right)> columns, double size, Func<PdfLine, bool> isHeading)
    {
        for (var k = index + 1; k < lines.Count; k++)
        {
            var line = lines[k];
            if (isHeading(line) || lines[k - 1].Baseline - line.Baseline > RowGap * size || !FitsOneColumn(line, columns))
            {
                return false;
            }

            if (line.IsMulti)
            {
                return true;
            }
        }

        return false;
    }
}
