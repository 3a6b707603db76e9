using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// The body of the report in reading order: the title lines and a blank line under them, headings in their heading
/// styles, body paragraphs, tables with their caption (centred) and unit note (right-aligned) above, charts as
/// pictures with their caption below, and the issuer at the end. A page break becomes "page break before" on the next
/// paragraph, so that no empty line opens the new page. A table too wide for the portrait page goes, with its
/// caption and unit note (and the headings right before it), into a landscape section: the portrait section ends with
/// the paragraph before it (a new paragraph after a table), the landscape section with a paragraph of 1 pt after the
/// table, each section with the same footer; the body's own section properties are those of the last section.
/// </summary>
/// <param name="footerId">The relationship id of the footer with the page number.</param>
internal sealed class DocxBodyBuilder(MainDocumentPart main, string footerId)
{
    /// <summary>Half-points: the size of a paragraph that only ends a section (1 pt), so that it never needs a page of its own.</summary>
    private const string SectionEndSize = "2";

    private readonly Body _body = new();
    private PageOrientationValues _orientation = PageOrientationValues.Portrait;
    private bool _pageBreakPending;
    private uint _drawings;

    public Body Build(LayoutDocument document)
    {
        foreach (var line in document.Title)
        {
            Add(DocxParagraphs.Styled(DocxStyles.Title, line));
        }

        if (document.Title.Count > 0)
        {
            Add(DocxParagraphs.Styled(DocxStyles.Normal, string.Empty));
        }

        var parts = document.Parts;
        var tables = parts.Select(p => p is TablePart t ? DocxTableBuilder.Build(t) : null).ToArray();
        for (var i = 0; i < parts.Count; i++)
        {
            switch (parts[i])
            {
                case HeadingPart heading:
                    // A heading that opens a landscape table goes onto the table's page, not alone at the end of a portrait one.
                    var next = i + 1;
                    while (next < parts.Count && parts[next] is HeadingPart)
                    {
                        next++;
                    }

                    Add(DocxParagraphs.Styled(DocxStyles.Heading(heading.Level), heading.Text), next < parts.Count ? tables[next]?.Fit.Orientation : null);
                    break;
                case ParagraphPart paragraph:
                    Add(DocxParagraphs.Styled(DocxStyles.Normal, paragraph.Text));
                    break;
                case TablePart table:
                    AddTable(table, tables[i]);
                    break;
                case FigurePart figure:
                    AddFigure(figure);
                    break;
                case PageBreakPart:
                    _pageBreakPending = true;
                    break;
            }
        }

        if (document.Issuer is { } issuer)
        {
            Add(DocxParagraphs.Styled(DocxStyles.Normal, string.Empty));
            Add(DocxParagraphs.Styled(DocxStyles.Signature, issuer));
        }

        if (_body.LastChild is Table)
        {
            // Word expects a paragraph between the last table and the section properties.
            _body.Append(new Paragraph());
        }

        _body.Append(DocxPageSetup.Section(footerId, _orientation));
        return _body;
    }

    /// <summary>Appends a paragraph on a page of <paramref name="orientation"/> (portrait unless it belongs to a landscape table).</summary>
    private void Add(Paragraph paragraph, PageOrientationValues? orientation = null)
    {
        Orient(orientation ?? PageOrientationValues.Portrait);
        if (_pageBreakPending)
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.PageBreakBefore = new PageBreakBefore();
            _pageBreakPending = false;
        }

        _body.Append(paragraph);
    }

    /// <summary>
    /// Ends the current section when what comes next needs the other orientation. The new section starts on a new
    /// page, so a pending page break is done with.
    /// </summary>
    private void Orient(PageOrientationValues orientation)
    {
        if (orientation == _orientation)
        {
            return;
        }

        if (_body.HasChildren)
        {
            if (_body.LastChild is not Paragraph end)
            {
                end = new Paragraph(new ParagraphProperties
                {
                    ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText },
                    ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = SectionEndSize }),
                });
                _body.Append(end);
            }

            end.ParagraphProperties ??= new ParagraphProperties();
            end.ParagraphProperties.SectionProperties = DocxPageSetup.Section(footerId, _orientation);
        }

        _orientation = orientation;
        _pageBreakPending = false;
    }

    private void AddTable(TablePart part, (Table Table, DocxTableFit Fit)? built)
    {
        if (built is not ({ } table, var fit))
        {
            return;
        }

        if (part.Caption.Length > 0)
        {
            var caption = DocxParagraphs.Styled(DocxStyles.Caption, part.Caption);
            caption.ParagraphProperties!.KeepNext = new KeepNext();
            Add(caption, fit.Orientation);
        }

        if (!string.IsNullOrEmpty(part.UnitNote))
        {
            Add(DocxParagraphs.Styled(DocxStyles.UnitNote, part.UnitNote), fit.Orientation);
        }

        Orient(fit.Orientation);
        if (_pageBreakPending || _body.LastChild is Table)
        {
            // A table cannot start a page by itself, and two tables in a row would be joined into one.
            Add(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText } }), fit.Orientation);
        }

        _body.Append(table);
    }

    private void AddFigure(FigurePart figure)
    {
        var png = ChartRenderer.Png(figure.Chart);
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png, writable: false))
        {
            image.FeedData(stream);
        }

        var picture = DocxPicture.Inline(png, main.GetIdOfPart(image), ++_drawings, figure.Chart.Title);
        var paragraph = DocxParagraphs.Styled(DocxStyles.Figure, string.Empty);
        paragraph.Append(new Run(picture));
        Add(paragraph);
        if (figure.Caption.Length > 0)
        {
            Add(DocxParagraphs.Styled(DocxStyles.Caption, figure.Caption));
        }
    }
}
