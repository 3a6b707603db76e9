using System.Net;
using System.Text;
using Jixiao.Documents.Neutral;

namespace Jixiao.Testing.Conversion;

/// <summary>
/// Renders a neutral document as a plain HTML page (headings, paragraphs, real tables), so that LibreOffice can
/// turn a text fixture or the reference report into .docx and .pdf at test time.
/// </summary>
public static class DocumentHtml
{
    public static string Render(DocumentText document, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").Append(Encode(title))
            .Append("</title><style>body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif} table{border-collapse:collapse} td{border:1px solid #000;padding:2px}</style></head><body>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var level = Math.Clamp((int)heading.Kind, 1, 4);
                    html.Append($"<h{level}>").Append(Encode(heading.Numbering + heading.Text)).Append($"</h{level}>\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    if (table.Caption is { } caption)
                    {
                        html.Append("<p>").Append(Encode(caption)).Append("</p>\n");
                    }

                    if (table.UnitNote is { } note)
                    {
                        html.Append("<p>").Append(Encode(note)).Append("</p>\n");
                    }

                    var width = table.Rows.Max(r => r.Cells.Count);
                    html.Append("<table>\n");
                    foreach (var row in table.Rows)
                    {
                        html.Append("<tr>");
                        for (var c = 0; c < width; c++)
                        {
                            html.Append("<td>").Append(c < row.Cells.Count ? Encode(row.Cells[c]) : string.Empty).Append("</td>");
                        }

                        html.Append("</tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
