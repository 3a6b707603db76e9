using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Docx;

/// <summary>What the runs of one paragraph hold: their text, the page its first visible character is on, and its text boxes.</summary>
internal sealed class InlineContent
{
    public StringBuilder Text { get; } = new();

    public int? FirstTextPage { get; private set; }

    public List<TextBoxContent> TextBoxes { get; } = [];

    public void Append(string text, PageCounter pages, bool hidden)
    {
        if (hidden || text.Length == 0)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            FirstTextPage ??= pages.Current;
            pages.Text();
        }

        Text.Append(text);
    }
}
