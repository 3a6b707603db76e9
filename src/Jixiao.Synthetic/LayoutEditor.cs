using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Synthetic;

/// <summary>
/// Changes one printed figure of a composed report: a table cell or a phrase of a paragraph, checking that the text
/// being replaced is there exactly once, and tells where it stands in the numbered outline.
/// </summary>
internal static class LayoutEditor
{
    /// <summary>The index of the first table whose caption contains <paramref name="captionPart"/>, or -1.</summary>
    public static int TableIndex(LayoutDocument document, string captionPart) =>
        IndexOf(document, p => p is TablePart t && t.Caption.Contains(captionPart, StringComparison.Ordinal));

    /// <summary>The index of the first paragraph containing <paramref name="phrase"/>, or -1.</summary>
    public static int ParagraphIndex(LayoutDocument document, string phrase) =>
        IndexOf(document, p => p is ParagraphPart paragraph && paragraph.Text.Contains(phrase, StringComparison.Ordinal));

    /// <summary>The index of the paragraph following the first heading that contains <paramref name="heading"/>, or -1.</summary>
    public static int ParagraphAfterHeading(LayoutDocument document, string heading)
    {
        var index = IndexOf(document, p => p is HeadingPart h && h.Text.Contains(heading, StringComparison.Ordinal));
        return index >= 0 && index + 1 < document.Parts.Count && document.Parts[index + 1] is ParagraphPart ? index + 1 : -1;
    }

    private static int IndexOf(LayoutDocument document, Func<LayoutPart, bool> match)
    {
        for (var i = 0; i < document.Parts.Count; i++)
        {
            if (match(document.Parts[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The body row of a table whose first cell satisfies <paramref name="label"/>, or -1.</summary>
    public static int RowIndex(TablePart table, Func<string, bool> label)
    {
        for (var i = 0; i < table.Body.Count; i++)
        {
            if (table.Body[i].Cells.Count > 0 && label(table.Body[i].Cells[0].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The document with one cell's text replaced.</summary>
    public static LayoutDocument ReplaceCell(LayoutDocument document, int tableIndex, int row, int cell, string text)
    {
        var table = (TablePart)document.Parts[tableIndex];
        var cells = table.Body[row].Cells.ToArray();
        cells[cell] = cells[cell] with { Text = text };
        var body = table.Body.ToArray();
        body[row] = body[row] with { Cells = cells };
        return Replace(document, tableIndex, table with { Body = body });
    }

    /// <summary>The document with the first occurrence of <paramref name="phrase"/> in a paragraph replaced.</summary>
    public static LayoutDocument ReplaceInParagraph(LayoutDocument document, int paragraphIndex, string phrase, string replacement)
    {
        var paragraph = (ParagraphPart)document.Parts[paragraphIndex];
        var at = paragraph.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"“{phrase}” is not in “{paragraph.Text}”.");
        }

        return Replace(document, paragraphIndex, new ParagraphPart(paragraph.Text[..at] + replacement + paragraph.Text[(at + phrase.Length)..]));
    }

    private static LayoutDocument Replace(LayoutDocument document, int index, LayoutPart part)
    {
        var parts = document.Parts.ToArray();
        parts[index] = part;
        return document with { Parts = parts };
    }

    /// <summary>The numbering path of the section a part stands in, as the audit prints it: "一、（四）", "二、（二）1.（1）".</summary>
    public static string SectionOf(LayoutDocument document, int index)
    {
        var numbers = new string[5];
        for (var i = 0; i < index; i++)
        {
            if (document.Parts[i] is HeadingPart heading && heading.Level is >= 1 and <= 4)
            {
                numbers[heading.Level] = Numbering(heading.Text);
                Array.Clear(numbers, heading.Level + 1, numbers.Length - heading.Level - 1);
            }
        }

        return string.Concat(numbers.Skip(1).TakeWhile(n => n is not null));
    }

    /// <summary>"（一）部门职能" → "（一）", "1.整体效能" → "1.", "二、绩效自评情况" → "二、".</summary>
    private static string Numbering(string heading)
    {
        var end = heading.StartsWith('（') ? heading.IndexOf('）', StringComparison.Ordinal) : heading.IndexOfAny(['、', '.']);
        return end < 0 ? string.Empty : heading[..(end + 1)];
    }

    /// <summary>The short name the audit gives a table: "绩效目标表" for the target table, else "表N" from its caption.</summary>
    public static string TableName(TablePart table)
    {
        if (table.Caption.Contains("绩效目标表", StringComparison.Ordinal))
        {
            return "绩效目标表";
        }

        var colon = table.Caption.IndexOf('：', StringComparison.Ordinal);
        return colon < 0 ? table.Caption : table.Caption[..colon];
    }
}
