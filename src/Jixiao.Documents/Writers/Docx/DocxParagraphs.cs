using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>Paragraphs of one style holding text; a line break in the text becomes a w:br.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Styled(string styleId, string text, bool bold = false, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (justification is { } value)
        {
            properties.Justification = new Justification { Val = value };
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, bold));
        }

        return paragraph;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() };
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
