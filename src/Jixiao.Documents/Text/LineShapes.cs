using System.Text.RegularExpressions;

namespace Jixiao.Documents.Text;

/// <summary>What a line of a text file is, as far as tables go.</summary>
internal enum LineShape
{
    Blank,
    /// <summary>A tab-separated table row.</summary>
    Tab,
    /// <summary>A '#' heading.</summary>
    Heading,
    /// <summary>A pipe-separated row: "| 项目 | 年初预算 |" or "项目名称 | 某项目 | 主管部门 | 某局 |".</summary>
    Pipe,
    /// <summary>A Markdown separator row "|---|:---:|".</summary>
    Separator,
    /// <summary>One cell of a flattened table: "项目名称 |", or a bare "|" for an empty cell.</summary>
    Cell,
    /// <summary>Anything else: running text (which may still hold a flattened table without markers).</summary>
    Plain,
}

internal static partial class LineShapes
{
    public static LineShape Of(string raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return LineShape.Blank;
        }

        if (raw.Contains('\t', StringComparison.Ordinal))
        {
            return LineShape.Tab;
        }

        var text = raw.AsSpan().Trim();
        if (text.StartsWith('#'))
        {
            return LineShape.Heading;
        }

        var pipes = text.Count('|');
        if (pipes == 0)
        {
            return LineShape.Plain;
        }

        if (text is "|" or "||")
        {
            return LineShape.Cell;
        }

        if (SeparatorPattern().IsMatch(text))
        {
            return LineShape.Separator;
        }

        if (text.StartsWith('|') && pipes >= 2)
        {
            return LineShape.Pipe;
        }

        if (text.EndsWith('|') && pipes == 1)
        {
            return LineShape.Cell;
        }

        return SpacedPipePattern().IsMatch(text) ? LineShape.Pipe : LineShape.Plain;
    }

    /// <summary>
    /// The cells of a pipe row: one leading and one trailing '|' are borders, not empty cells; a backslash before an
    /// ASCII punctuation character ("\|", "\\", "\*") makes it literal, as Markdown writes cells.
    /// </summary>
    public static string[] PipeCells(string raw)
    {
        var text = raw.AsSpan().Trim();
        // The separators are found in one pass, then the cells go straight into the result array: one leading and one
        // trailing separator are borders, known from the ends of the row.
        Span<int> separators = stackalloc int[64];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                i++;
            }
            else if (c == '|')
            {
                if (count == separators.Length)
                {
                    var larger = new int[separators.Length * 2];
                    separators.CopyTo(larger);
                    separators = larger;
                }

                separators[count++] = i;
            }
        }

        var pieces = count + 1;
        var first = text.StartsWith('|') ? 1 : 0;
        var last = pieces > first + 1 && count > 0 && separators[count - 1] == text.Length - 1 ? pieces - 1 : pieces;
        var result = new string[last - first];
        for (var piece = first; piece < last; piece++)
        {
            var start = piece == 0 ? 0 : separators[piece - 1] + 1;
            var end = piece == count ? text.Length : separators[piece];
            result[piece - first] = CellValue(text[start..end]);
        }

        return result;
    }

    /// <summary>One cell of a pipe row, trimmed, with its backslash escapes resolved.</summary>
    private static string CellValue(ReadOnlySpan<char> cell)
    {
        if (!cell.Contains('\\'))
        {
            return cell.Trim().ToString();
        }

        var builder = new System.Text.StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            builder.Append(cell[i] == '\\' && i + 1 < cell.Length && IsEscapable(cell[i + 1]) ? cell[++i] : cell[i]);
        }

        return builder.ToString().Trim();
    }

    private static bool IsEscapable(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>The text of a flattened cell line, without its trailing '|'.</summary>
    public static string CellText(string raw) => raw.Trim().TrimEnd('|').Trim();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex SeparatorPattern();

    /// <summary>A cell border written with spaces around it ("项目名称 | 某项目"): not a '|' inside running text.</summary>
    [GeneratedRegex(@"\S\s+\|(?:\s|\||$)")]
    private static partial Regex SpacedPipePattern();
}
