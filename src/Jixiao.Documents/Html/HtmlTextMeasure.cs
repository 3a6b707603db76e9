using AngleSharp.Dom;

namespace Jixiao.Documents.Html;

/// <summary>
/// How much readable text each element holds: visible characters other than white space, not counting link
/// text (navigation is mostly links), scripts and styles, or small site furniture (header, footer, breadcrumb,
/// share bar), which is marked as excluded. Computed in one walk without recursion.
/// </summary>
internal sealed class HtmlTextMeasure
{
    private readonly Dictionary<IElement, int> _chars = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _furniture = new(ReferenceEqualityComparer.Instance);

    public HtmlTextMeasure(IElement root)
    {
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.TryPop(out var item))
        {
            var (element, exit) = item;
            if (!exit)
            {
                if (HtmlElements.IsNeverContent(element))
                {
                    continue;
                }

                stack.Push((element, true));
                foreach (var child in element.Children)
                {
                    stack.Push((child, false));
                }

                continue;
            }

            var chars = 0;
            foreach (var node in element.ChildNodes)
            {
                chars += node switch
                {
                    IText text => Visible(text.Data),
                    IElement child => _chars.GetValueOrDefault(child),
                    _ => 0,
                };
            }

            if (HtmlElements.IsLink(element))
            {
                chars = 0;
            }
            else if (element != root && chars < HtmlElements.FurnitureMaxChars && HtmlElements.IsFurniture(element))
            {
                _furniture.Add(element);
                chars = 0;
            }

            _chars[element] = chars;
        }
    }

    /// <summary>Readable characters in the element.</summary>
    public int CharsOf(IElement element) => _chars.GetValueOrDefault(element);

    /// <summary>True for elements that never hold report text and for site furniture.</summary>
    public bool IsExcluded(IElement element) => HtmlElements.IsNeverContent(element) || _furniture.Contains(element);

    private static int Visible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
