using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Layout;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a Word document (.docx) laid out after GB/T 9704-2012 (党政机关公文格式):
/// A4 with margins 37/35/28/26 mm (top/bottom/left/right); the title in 2号 小标宋, centred; body text 3号 仿宋 with a
/// fixed line spacing of 28 pt and a first-line indent of two characters; headings as Word heading styles 1–4 (黑体,
/// 楷体, 仿宋 bold, 仿宋 bold) with outline levels; tables in 10.5 pt 宋体 with borders, repeated header rows, merged
/// cells, right-aligned numbers that never wrap and bold total rows, on a landscape page when too wide for portrait;
/// charts as pictures; the page number "— 1 —" centred in the footer.
/// Fonts are declared with alternatives (<see cref="DocxFont"/>) for machines without the official fonts.
/// The writer only formats: the content is the composer's.
/// </summary>
public static class DocxReportWriter
{
    /// <summary>The document as .docx bytes.</summary>
    /// <exception cref="ChartFontMissingException">The document has a chart and no CJK font is installed to draw it.</exception>
    public static byte[] Write(LayoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = string.Concat(document.Title);
            word.PackageProperties.Language = "zh-CN";
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = DocxFont.FontTable();
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = DocxPageSetup.Footer();
            main.Document = new Document(new DocxBodyBuilder(main, main.GetIdOfPart(footer)).Build(document));
        }

        return stream.ToArray();
    }

    /// <summary>Writes the document as .docx to <paramref name="output"/>.</summary>
    /// <exception cref="ChartFontMissingException">The document has a chart and no CJK font is installed to draw it.</exception>
    public static void Write(LayoutDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Write(document));
    }

    /// <summary>
    /// Chinese punctuation compressed as Word does for Chinese documents, and Word 2013+ layout
    /// (without it Word opens the file in compatibility mode).
    /// </summary>
    private static Settings Settings() => new(
        new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
