using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>
/// Tiny Word documents built with OpenXML for the reader's tests: a body of typed elements, heading styles
/// (Heading1–4 by id, a custom style named "标题 2", a Title style and a TOC style) and, when given, a numbering part.
/// </summary>
internal static class DocxFixture
{
    public const string MainNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    public static byte[] Create(IEnumerable<OpenXmlElement> body, Numbering? numbering = null, bool withStyles = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.Document.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
            main.Document.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
            if (withStyles)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            }

            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }
        }

        return stream.ToArray();
    }

    public static Paragraph P(string text, string? style = null, ParagraphProperties? properties = null)
    {
        properties ??= new ParagraphProperties();
        if (style is not null)
        {
            properties.PrependChild(new ParagraphStyleId { Val = style });
        }

        var paragraph = new Paragraph();
        if (properties.HasChildren)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(R(text));
        return paragraph;
    }

    public static Run R(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph Numbered(string text, int numId, int level, string? style = null) =>
        P(text, style, new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })));

    public static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        return new TableCell(properties, text.Length == 0 ? new Paragraph() : P(text));
    }

    public static Table Table(int columns, params TableRow[] rows)
    {
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = "1000" });
        }

        var table = new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }), grid);
        table.Append(rows);
        return table;
    }

    public static Table Table(params string[][] rows) =>
        Table(rows.Max(r => r.Length), rows.Select(r => new TableRow(r.Select(c => Cell(c)))).ToArray());

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A list: level 0 "%1、" 一 二 三, level 1 "（%2）" （一）, level 2 "%3." 1. 2. (Chinese report outline numbering).</summary>
    public static Numbering OutlineNumbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.ChineseCounting, "%1、"),
            Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
            Level(2, NumberFormatValues.Decimal, "%3."))
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

    private static Level Level(int index, NumberFormatValues format, string text) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelSuffix { Val = LevelSuffixValues.Nothing })
    { LevelIndex = index };

    private static Styles Styles()
    {
        var styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(new StyleName { Val = "标题 2" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "a5" },
            new Style(new StyleName { Val = "toc 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "TOC1" });
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        return styles;
    }
}
