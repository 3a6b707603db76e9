using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Web.Workbench;

namespace Jixiao.Web.ReportViews;

/// <summary>
/// The tables of the report page as HTML: one <c>table.jx-table</c> per table, each figure's cell carrying its
/// <see cref="CellKey"/> (<c>data-loc</c>, <c>id="cell-…"</c>) and, when findings quote it, <c>jx-flagged</c> and their titles
/// as hover text; "报告中没有读出表格。" when there are none. Written once per version (<see cref="ReportViewCache"/>).
/// </summary>
public static class ReportTablesHtml
{
    /// <summary>The tables' HTML; <paramref name="hover"/> gives the hover text of a figure key (null when no finding quotes it).</summary>
    public static string Of(IReadOnlyList<TablePart> tables, Func<string, string?> hover, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(hover);
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder();
        string Encode(string text) => encoder.Encode(text);
        foreach (var table in tables)
        {
            html.Append("<table class=\"jx-table\"><caption>").Append(Encode(table.Caption));
            if (table.UnitNote is not null)
            {
                html.Append(" <span class=\"jx-unit\">").Append(Encode(table.UnitNote)).Append("</span>");
            }

            html.Append("</caption>\n");
            if (table.Header.Count > 0)
            {
                html.Append("<thead>\n");
                foreach (var row in table.Header)
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Cells)
                    {
                        html.Append("<th scope=\"col\"");
                        Spans(html, cell);
                        html.Append('>').Append(Encode(cell.Text)).Append("</th>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</thead>\n");
            }

            html.Append("<tbody>\n");
            foreach (var row in table.Body)
            {
                html.Append(row.Emphasis ? "<tr class=\"jx-total\">" : "<tr>");
                foreach (var cell in row.Cells)
                {
                    var key = CellKey.Of(cell.Source);
                    var title = key is null ? null : hover(key);
                    var alignment = cell.Alignment switch { CellAlignment.Right => "jx-num", CellAlignment.Centre => "jx-centre", _ => null };
                    html.Append("<td");
                    Spans(html, cell);
                    html.Append(" class=\"").AppendJoin(' ', new[] { alignment, title is null ? null : "jx-flagged" }.OfType<string>())
                        .Append("\" data-loc=\"").Append(key).Append('"');
                    if (key is not null)
                    {
                        html.Append(" id=\"cell-").Append(key).Append('"');
                    }

                    if (title is not null)
                    {
                        html.Append(" title=\"").Append(Encode(title)).Append('"');
                    }

                    html.Append('>').Append(Encode(cell.Text)).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (tables.Count == 0)
        {
            html.Append("<p class=\"jx-empty\">报告中没有读出表格。</p>\n");
        }

        return html.ToString();
    }

    private static void Spans(StringBuilder html, LayoutCell cell)
    {
        if (cell.ColumnSpan > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColumnSpan}\"");
        }

        if (cell.RowSpan > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"");
        }
    }
}
