using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Jixiao.Documents.Html;

/// <summary>
/// The text of one element on one line (a heading, a caption, a table cell): inline elements joined as printed,
/// line breaks and inner blocks turned into a space, runs of white space collapsed. Walks without recursion.
/// </summary>
internal static partial class HtmlInlineText
{
    /// <summary>
    /// The element's text; tables nested in it are added to <paramref name="nestedTables"/> (the outermost only).
    /// With <paramref name="maxLength"/>, stops once the text is longer (enough to tell a title from an article).
    /// </summary>
    public static string Of(IElement element, List<IElement>? nestedTables = null, int maxLength = int.MaxValue)
    {
        var text = new StringBuilder();
        var stack = new Stack<(INode? Node, bool InNestedTable)>();
        PushChildren(stack, element, false);
        while (text.Length <= maxLength && stack.TryPop(out var item))
        {
            var (node, inNested) = item;
            if (node is null)
            {
                text.Append(' ');
                continue;
            }

            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement child || HtmlElements.IsNeverContent(child))
            {
                continue;
            }

            if (HtmlElements.IsLineBreak(child) || HtmlElements.IsBlock(child) || HtmlElements.IsHeading(child))
            {
                text.Append(' ');
            }

            if (HtmlElements.IsTable(child) && !inNested)
            {
                nestedTables?.Add(child);
                inNested = true;
            }

            if (HtmlElements.IsBlock(child) || HtmlElements.IsHeading(child))
            {
                stack.Push((null, inNested));
            }

            PushChildren(stack, child, inNested);
        }

        return Collapse(text.ToString());
    }

    /// <summary>Collapses runs of white space (including no-break and ideographic spaces) to one space and trims.</summary>
    public static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    private static void PushChildren(Stack<(INode?, bool)> stack, INode parent, bool inNested)
    {
        var children = parent.ChildNodes;
        for (var k = children.Length - 1; k >= 0; k--)
        {
            stack.Push((children[k], inNested));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
