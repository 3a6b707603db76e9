using System.Text;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Html;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as one self-contained HTML page (UTF-8, lang="zh-CN"): inline CSS, charts
/// inlined as PNG data URIs, no request to anywhere. The title is the &lt;h1&gt;, heading levels 1–4 are &lt;h2&gt;–&lt;h5&gt;,
/// each table is preceded by its caption and unit note as paragraphs (the way published pages print them, so that
/// <see cref="Jixiao.Documents.Html.HtmlReader"/> attaches them to the table) and keeps its row and column spans.
/// Printing gives A4 pages with the margins of GB/T 9704 (37/26/35/28 mm), table headers repeated on each page,
/// rows kept whole and a new page at each page break.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Chart images in pixels; the page scales them to the text width.</summary>
    private const int ChartWidth = 1200;
    private const int ChartHeight = 700;

    private const string BodyFonts = "\"FangSong\", \"仿宋\", \"Noto Serif CJK SC\", \"WenQuanYi Micro Hei\", serif";
    private const string HeadingFonts = "\"SimHei\", \"黑体\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif";

    private const string Style = $$"""
        :root { color-scheme: light; }
        body { margin: 0; background: #eef0f3; color: #000; font-family: {{BodyFonts}}; font-size: 18px; line-height: 1.8; }
        main { box-sizing: border-box; max-width: 210mm; margin: 24px auto; padding: 20mm 22mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.15); }
        h1, h2, h3, h4, h5, .caption { font-family: {{HeadingFonts}}; font-weight: normal; }
        h1 { font-size: 1.375em; line-height: 1.5; text-align: center; margin: 0.5em 0 1.2em; }
        h2, h3, h4, h5 { font-size: 1em; margin: 0.8em 0 0.4em; text-indent: 2em; }
        h1, h2, h3, h4, h5, .caption, .unit { break-after: avoid; page-break-after: avoid; }
        p { margin: 0.4em 0; text-indent: 2em; text-align: justify; }
        p.caption { margin: 1em 0 0.2em; text-indent: 0; text-align: center; }
        p.unit { margin: 0 0 0.2em; text-indent: 0; text-align: right; font-size: 0.8em; }
        p.issuer { margin-top: 2em; text-indent: 0; text-align: right; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 1em; font-size: 0.75em; line-height: 1.5; }
        th, td { border: 1px solid #000; padding: 0.25em 0.4em; vertical-align: middle; }
        th { font-family: {{HeadingFonts}}; font-weight: normal; text-align: center; background: #f2f2f2; }
        td.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.c { text-align: center; }
        tr.total td { font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: 1em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.8em; text-align: center; }
        .page-break { break-before: page; page-break-before: always; }
        @media screen { .page-break { margin: 2em -22mm; border-top: 1px dashed #999; } }
        @media screen and (max-width: 800px) { main { margin: 0; padding: 16px; } .page-break { margin: 2em -16px; } }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @media print {
          body { background: none; font-size: 16pt; line-height: 1.75; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>The page as HTML text; write it as UTF-8.</summary>
    public static string Write(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(string.Concat(document.Title))).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n")
            .Append("</head>\n<body>\n<main>\n");
        if (document.Title.Count > 0)
        {
            html.Append("<h1>").Append(string.Join("<br>", document.Title.Select(Encode))).Append("</h1>\n");
        }

        foreach (var part in document.Parts)
        {
            switch (part)
            {
                case HeadingPart heading:
                    var tag = "h" + (Math.Clamp(heading.Level, 1, 4) + 1);
                    html.Append('<').Append(tag).Append('>').Append(Encode(heading.Text)).Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphPart paragraph:
                    html.Append("<p>").Append(Encode(paragraph.Text)).Append("</p>\n");
                    break;
                case TablePart table:
                    WriteTable(html, table);
                    break;
                case FigurePart figure:
                    html.Append("<figure><img src=\"data:image/png;base64,").Append(Convert.ToBase64String(ChartRenderer.Png(figure.Chart, ChartWidth, ChartHeight)))
                        .Append("\" alt=\"").Append(Encode(figure.Caption)).Append("\" width=\"").Append(ChartWidth).Append("\" height=\"").Append(ChartHeight).Append("\">")
                        .Append("<figcaption>").Append(Encode(figure.Caption)).Append("</figcaption></figure>\n");
                    break;
                case PageBreakPart:
                    html.Append("<div class=\"page-break\"></div>\n");
                    break;
                default:
                    throw new ArgumentException($"Unknown layout part {part.GetType().Name}.", nameof(document));
            }
        }

        if (document.Issuer is { Length: > 0 } issuer)
        {
            html.Append("<p class=\"issuer\">").Append(Encode(issuer)).Append("</p>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void WriteTable(StringBuilder html, TablePart table)
    {
        if (table.Caption.Length > 0)
        {
            html.Append("<p class=\"caption\">").Append(Encode(table.Caption)).Append("</p>\n");
        }

        if (table.UnitNote is { Length: > 0 } unit)
        {
            html.Append("<p class=\"unit\">").Append(Encode(unit)).Append("</p>\n");
        }

        html.Append("<table>\n");
        if (table.Header.Count > 0)
        {
            WriteRows(html, "thead", "th", table.Header);
        }

        WriteRows(html, "tbody", "td", table.Body);
        html.Append("</table>\n");
    }

    private static void WriteRows(StringBuilder html, string group, string cellTag, IReadOnlyList<LayoutRow> rows)
    {
        html.Append('<').Append(group).Append(">\n");
        foreach (var row in rows)
        {
            html.Append(row.Emphasis ? "<tr class=\"total\">" : "<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append('<').Append(cellTag);
                if (cellTag == "td" && cell.Alignment != CellAlignment.Left)
                {
                    html.Append(cell.Alignment == CellAlignment.Right ? " class=\"r\"" : " class=\"c\"");
                }

                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                html.Append('>').Append(Encode(cell.Text)).Append("</").Append(cellTag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</").Append(group).Append(">\n");
    }

    /// <summary>Text as HTML character data or attribute value: the five markup characters as entities, everything else as is.</summary>
    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ => encoded.Append(c),
            };
        }

        return encoded.ToString();
    }
}
