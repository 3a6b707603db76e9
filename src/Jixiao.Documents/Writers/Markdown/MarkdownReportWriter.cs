using System.Text.RegularExpressions;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Markdown;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as Markdown (GitHub style): the title as "#", heading levels 1–4 as
/// "##" to "#####", one line per paragraph, each table as its caption line, its unit note line and a pipe table, and
/// each figure as an image link to a PNG file to be written beside the .md (alt text = caption). The table grid is
/// rectangular: a spanned cell's text stands in its first position and the positions it covers are left empty, as
/// the readers give merged cells. Page breaks have no Markdown form and are left out. Only characters that would
/// change the structure are escaped (a '|' in a cell, '*', '_', '`', a '&lt;' opening a tag, a block marker at the start
/// of a line…), so ordinary report text reads back exactly through <see cref="Jixiao.Documents.Text.PlainTextReader"/>.
/// </summary>
public static partial class MarkdownReportWriter
{
    /// <summary>
    /// The Markdown text and the chart images it links to, named "<paramref name="imageFilePrefix"/>-1.png",
    /// "-2.png"… in the order of the figures.
    /// </summary>
    public static MarkdownReport Write(LayoutDocument document, string imageFilePrefix = "figure")
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(imageFilePrefix);
        var blocks = new List<string>();
        var images = new List<MarkdownImage>();
        if (document.Title.Count > 0)
        {
            blocks.Add("# " + Inline(string.Concat(document.Title)));
        }

        foreach (var part in document.Parts)
        {
            switch (part)
            {
                case HeadingPart heading:
                    blocks.Add(new string('#', Math.Clamp(heading.Level, 1, 4) + 1) + " " + Inline(heading.Text));
                    break;
                case ParagraphPart paragraph:
                    blocks.Add(Line(paragraph.Text));
                    break;
                case TablePart table:
                    blocks.AddRange(Table(table));
                    break;
                case FigurePart figure:
                    var fileName = $"{imageFilePrefix}-{images.Count + 1}.png";
                    images.Add(new MarkdownImage(fileName, ChartRenderer.Png(figure.Chart)));
                    blocks.Add($"![{AltText(figure.Caption)}]({Uri.EscapeDataString(fileName)})");
                    break;
                case PageBreakPart:
                    break;
                default:
                    throw new ArgumentException($"Unknown layout part {part.GetType().Name}.", nameof(document));
            }
        }

        if (document.Issuer is { Length: > 0 } issuer)
        {
            blocks.Add(Line(issuer));
        }

        return new MarkdownReport(string.Join("\n\n", blocks) + "\n", images);
    }

    /// <summary>The caption line, the unit note line and the pipe table.</summary>
    private static IEnumerable<string> Table(TablePart table)
    {
        if (table.Caption.Length > 0)
        {
            yield return Line(table.Caption);
        }

        if (table.UnitNote is { Length: > 0 } unit)
        {
            yield return Line(unit);
        }

        var grid = Grid([.. table.Header, .. table.Body]);
        if (grid.Count == 0)
        {
            yield break;
        }

        // A column is right-aligned when every cell with text below the header is (a column of figures).
        var body = grid.Skip(table.Header.Count).ToList();
        var delimiters = Enumerable.Range(0, grid[0].Length).Select(c =>
            body.Select(row => row[c]).OfType<LayoutCell>().Where(cell => cell.Text.Length > 0).ToList() is { Count: > 0 } cells
            && cells.All(cell => cell.Alignment == CellAlignment.Right) ? " ---: |" : " --- |");
        var lines = new List<string> { Row(grid[0]), "|" + string.Concat(delimiters) };
        lines.AddRange(grid.Skip(1).Select(Row));
        yield return string.Join('\n', lines);
    }

    private static string Row(LayoutCell?[] cells) => "|" + string.Concat(cells.Select(cell => " " + Cell(cell) + " |"));

    /// <summary>
    /// The rows on a rectangular grid, cells placed as a browser places them (<see cref="CellGrid"/>): each cell at its
    /// first position, null at the positions its spans cover and where no cell reaches.
    /// </summary>
    private static List<LayoutCell?[]> Grid(IReadOnlyList<LayoutRow> rows)
    {
        var grid = CellGrid.Of(rows);
        return Enumerable.Range(0, rows.Count)
            .Select(r => grid.Row(r).SelectMany(placed => Enumerable.Range(0, placed.ColumnSpan).Select(k => k == 0 && placed.Starts ? placed.Cell : null)).ToArray())
            .ToList();
    }

    /// <summary>
    /// A paragraph on one line: inline escapes, a '|' after a space or at the start (a cell border to the text reader),
    /// and a marker that would start a heading, quote, list or rule.
    /// </summary>
    private static string Line(string text)
    {
        var inline = SpacedPipe().Replace(Inline(text), @"\|");
        return BlockStart().IsMatch(inline) ? "\\" + inline : ListNumber().Replace(inline, @"$1\$2", 1);
    }

    /// <summary>
    /// Text on one line with the characters that would become markup escaped: emphasis and code marks, a backslash
    /// before punctuation, a '&lt;' that opens a tag or autolink, a '&amp;' that opens an entity, a ']' before '(' or ':'
    /// (a link); line breaks become spaces.
    /// </summary>
    private static string Inline(string text) =>
        InlineMarkup().Replace(LineBreaks().Replace(text.Trim(), " "), m => "\\" + m.Value);

    /// <summary>A cell's text: inline escapes and every '|', which would end the cell.</summary>
    private static string Cell(LayoutCell? cell) => cell is null ? string.Empty : Inline(cell.Text).Replace("|", @"\|", StringComparison.Ordinal);

    /// <summary>An image's alt text: inline escapes and every bracket not yet escaped, which would end it.</summary>
    private static string AltText(string caption) => Bracket().Replace(Inline(caption), @"\$0");

    [GeneratedRegex(@"\r\n|[\r\n]")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[*_`]|\\(?=[!-/:-@\[-`{-~])|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)|\](?=[(:])")]
    private static partial Regex InlineMarkup();

    [GeneratedRegex(@"(?<=^|\s)\|")]
    private static partial Regex SpacedPipe();

    [GeneratedRegex(@"(?<!\\)[\[\]]")]
    private static partial Regex Bracket();

    /// <summary>'#', '&gt;', '=' or '~' at the start, or '-', '+' followed by a space or repeated (a list item or rule).</summary>
    [GeneratedRegex(@"^(?:[#>=~]|[-+](?=[-+\s]|$))")]
    private static partial Regex BlockStart();

    /// <summary>An ordered-list marker at the start: "1. " or "1) ".</summary>
    [GeneratedRegex(@"^(\d{1,9})([.)])(?=\s|$)")]
    private static partial Regex ListNumber();
}

/// <summary>A report written as Markdown: the text of the .md file and the images to write beside it.</summary>
public sealed record MarkdownReport(string Text, IReadOnlyList<MarkdownImage> Images);

/// <summary>A chart image a Markdown report links to, by <paramref name="FileName"/>, relative to the .md file.</summary>
public sealed record MarkdownImage(string FileName, byte[] Png);
