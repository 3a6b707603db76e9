using AngleSharp.Dom;

namespace Jixiao.Documents.Html;

/// <summary>
/// Finds the element that holds the article: from the body down, into the child that holds most of the
/// readable text (half of it, or 40 % for a container named like an article: TRS_Editor, zoom, content…),
/// through layout tables but not into data tables, and only into containers of blocks (never into one paragraph).
/// </summary>
internal static class HtmlMainContent
{
    private const double Share = 0.5;
    private const double HintedShare = 0.4;
    private const double LayoutCellShare = 0.6;

    public static IElement Locate(IElement body, HtmlTextMeasure measure)
    {
        var current = body;
        while (true)
        {
            var total = measure.CharsOf(current);
            if (total == 0)
            {
                return current;
            }

            IElement? best = null;
            var bestChars = 0;
            foreach (var child in current.Children)
            {
                var chars = measure.IsExcluded(child) ? 0 : measure.CharsOf(child);
                if (chars > bestChars)
                {
                    best = child;
                    bestChars = chars;
                }
            }

            if (best is null || bestChars < total * (HtmlElements.IsContentHint(best) ? HintedShare : Share))
            {
                return current;
            }

            if (HtmlElements.IsTable(best))
            {
                if (LayoutCellOf(best, measure) is not { } cell)
                {
                    return current;
                }

                best = cell;
            }
            else if (best.LocalName is "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption"
                || !best.Children.Any(c => HtmlElements.IsBlock(c) || HtmlElements.IsHeading(c)))
            {
                return current;
            }

            current = best;
        }
    }

    /// <summary>
    /// The cell holding the page when <paramref name="table"/> lays the page out rather than tabulating figures:
    /// marked role="presentation", or one cell holds most of its text and holds a table, a heading or several paragraphs.
    /// </summary>
    public static IElement? LayoutCellOf(IElement table, HtmlTextMeasure measure)
    {
        IElement? best = null;
        var bestChars = -1;
        foreach (var row in HtmlElements.RowsOf(table))
        {
            foreach (var cell in HtmlElements.CellsOf(row))
            {
                var chars = measure.CharsOf(cell);
                if (chars > bestChars)
                {
                    best = cell;
                    bestChars = chars;
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        if (string.Equals(table.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase))
        {
            return best;
        }

        return bestChars >= measure.CharsOf(table) * LayoutCellShare && bestChars > 0 && HoldsPageStructure(best) ? best : null;
    }

    /// <summary>A table or heading inside, or at least three paragraphs, divisions, list items or line breaks.</summary>
    private static bool HoldsPageStructure(IElement cell)
    {
        var blocks = 0;
        var stack = new Stack<IElement>(cell.Children);
        while (stack.TryPop(out var element))
        {
            if (HtmlElements.IsTable(element) || HtmlElements.IsHeading(element))
            {
                return true;
            }

            if (element.LocalName is "p" or "div" or "li" or "br" && ++blocks >= 3)
            {
                return true;
            }

            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }

        return false;
    }
}
