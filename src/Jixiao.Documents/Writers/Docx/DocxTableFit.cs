using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// How a table fits the page: its column widths in twips, the orientation of the page it goes on and the style of
/// its text. A number never wraps: a column gets at least the width of its widest number (a right-aligned cell, or
/// text that is a number or percentage, as one unbreakable word) and at least two characters; a column of text at
/// least its text up to four characters; beyond that columns share the width in proportion to their content (text
/// counted up to twelve characters, so longer text wraps). Header text counts as text, so a long header over a
/// column of short numbers may wrap. When the minimums do not fit the portrait text block, the table goes on a
/// landscape page; when they do not fit that either, its text is set smaller; when they still do not fit, text
/// columns shrink to two characters and, at the last, the table is wider than the text block.
/// </summary>
internal sealed partial record DocxTableFit(IReadOnlyList<int> Widths, PageOrientationValues Orientation, string TextStyle)
{
    /// <summary>Twips: a cell's left and right padding (1.5 mm).</summary>
    public const int CellPadding = 85;

    /// <summary>Twips a column needs beyond its text: the padding on both sides and room for the borders.</summary>
    private const int Surround = 2 * CellPadding + 20;

    /// <summary>Thousandths of an em: the narrowest column, the minimum a text column keeps, and the width beyond which text wraps.</summary>
    private const int NarrowestColumn = 2 * DocxTextWidth.Character;

    private const int TextMinimum = 4 * DocxTextWidth.Character;

    private const int TextMaximum = 12 * DocxTextWidth.Character;

    /// <summary>The fit of the first <paramref name="rowCount"/> rows of <paramref name="grid"/>.</summary>
    public static DocxTableFit Of(CellGrid grid, int rowCount)
    {
        var content = Content.Measure(grid, rowCount);
        var normal = content.Bounds(DocxStyles.TableSize);
        var small = content.Bounds(DocxStyles.SmallTableSize);
        return Fit(normal.Minimum, normal.Natural, PageOrientationValues.Portrait, DocxStyles.TableText)
            ?? Fit(normal.Minimum, normal.Natural, PageOrientationValues.Landscape, DocxStyles.TableText)
            ?? Fit(small.Minimum, small.Natural, PageOrientationValues.Landscape, DocxStyles.SmallTableText)
            ?? Fit(small.Narrowest, small.Minimum, PageOrientationValues.Landscape, DocxStyles.SmallTableText)
            ?? new DocxTableFit(small.Narrowest, PageOrientationValues.Landscape, DocxStyles.SmallTableText);
    }

    /// <summary>Whether the cell prints a number: right-aligned or shaped like one, and a single word (no spaces, no Chinese).</summary>
    private static bool IsNumber(LayoutCell cell) =>
        cell.Text.Length > 0
        && !cell.Text.Any(c => char.IsWhiteSpace(c) || c >= '\u2E80')
        && (cell.Alignment == CellAlignment.Right || NumberText().IsMatch(cell.Text));

    /// <summary>
    /// Widths between <paramref name="lower"/> and <paramref name="upper"/> filling the text block: the upper widths
    /// scaled up when they fit, else each column's lower width plus the same share of its difference; null when
    /// even the lower widths do not fit.
    /// </summary>
    private static DocxTableFit? Fit(int[] lower, int[] upper, PageOrientationValues orientation, string textStyle)
    {
        var width = DocxPageSetup.TextWidthTwips(orientation);
        long low = lower.Sum();
        long high = upper.Sum();
        if (low > width)
        {
            return null;
        }

        var widths = high <= width
            ? upper.Select(u => (int)(u * width / high)).ToArray()
            : lower.Select((l, i) => l + (int)((upper[i] - l) * (width - low) / (high - low))).ToArray();
        widths[^1] += width - widths.Sum();
        return new DocxTableFit(widths, orientation, textStyle);
    }

    [GeneratedRegex(@"^[-+−]?\d[\d,]*(?:\.\d+)?%?$")]
    private static partial Regex NumberText();

    /// <summary>Per column, in thousandths of an em: the widest number and the widest text; and the numbers spanning columns.</summary>
    private sealed record Content(int[] Numbers, int[] Text, IReadOnlyList<(int Column, int Span, int Width)> SpanningNumbers)
    {
        public static Content Measure(CellGrid grid, int rowCount)
        {
            var numbers = new int[grid.Columns];
            var text = new int[grid.Columns];
            var spanning = new List<(int, int, int)>();
            for (var r = 0; r < rowCount; r++)
            {
                var column = 0;
                foreach (var placed in grid.Row(r))
                {
                    if (placed.Starts && placed.Cell is { Text.Length: > 0 } cell)
                    {
                        var width = DocxTextWidth.Of(cell.Text);
                        if (IsNumber(cell) && placed.ColumnSpan > 1)
                        {
                            spanning.Add((column, placed.ColumnSpan, width));
                        }
                        else if (placed.ColumnSpan == 1)
                        {
                            var widest = IsNumber(cell) ? numbers : text;
                            widest[column] = Math.Max(widest[column], width);
                        }
                    }

                    column += placed.ColumnSpan;
                }
            }

            return new Content(numbers, text, spanning);
        }

        /// <summary>Column widths in twips at a text size in half-points.</summary>
        public ColumnBounds Bounds(int halfPoints)
        {
            int Twips(int milliEms) => DocxTextWidth.Twips(milliEms, halfPoints) + Surround;
            var narrowest = Numbers.Select(n => Twips(Math.Max(n, NarrowestColumn))).ToArray();
            foreach (var (column, span, width) in SpanningNumbers)
            {
                var missing = Twips(width) - narrowest.Skip(column).Take(span).Sum();
                for (var c = column; missing > 0 && c < column + span; c++)
                {
                    narrowest[c] += (missing + span - 1) / span;
                }
            }

            var minimum = narrowest.Select((n, c) => Math.Max(n, Twips(Math.Max(Numbers[c], Math.Min(Text[c], TextMinimum))))).ToArray();
            var natural = minimum.Select((m, c) => Math.Max(m, Twips(Math.Min(Text[c], TextMaximum)))).ToArray();
            return new ColumnBounds(narrowest, minimum, natural);
        }
    }

    /// <summary>
    /// Twips per column: the narrowest a column may be (its numbers, two characters), its minimum (and its text up to
    /// four characters) and its natural width (its text up to twelve characters).
    /// </summary>
    private sealed record ColumnBounds(int[] Narrowest, int[] Minimum, int[] Natural);
}
