using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Neutral;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>
/// Writes a neutral document as a Word file with OpenXML, the way a department would type it: headings in
/// Heading 1–4 styles, captions and unit notes as paragraphs before their tables, one Word cell per cell,
/// and a page break before each 一、 chapter after the first.
/// </summary>
internal static class DocumentDocx
{
    public static byte[] Write(DocumentText document)
    {
        var body = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        var chapters = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var properties = new ParagraphProperties();
                    if (heading.Kind == NumberingKind.ChineseNumeral && chapters++ > 0)
                    {
                        properties.Append(new PageBreakBefore());
                    }

                    body.Add(DocxFixture.P(heading.Numbering + heading.Text, $"Heading{Math.Clamp((int)heading.Kind, 1, 4)}", properties));
                    break;
                case ParagraphBlock paragraph:
                    body.Add(DocxFixture.P(paragraph.Text));
                    break;
                case TableBlock table:
                    if (table.Caption is { } caption)
                    {
                        body.Add(DocxFixture.P(caption));
                    }

                    if (table.UnitNote is { } note)
                    {
                        body.Add(DocxFixture.P(note));
                    }

                    var width = table.Rows.Max(r => r.Cells.Count);
                    body.Add(DocxFixture.Table(width, table.Rows.Select(r => new WordTableRow(r.Cells.Select(c => DocxFixture.Cell(c)))).ToArray()));
                    break;
            }
        }

        return DocxFixture.Create(body);
    }
}
