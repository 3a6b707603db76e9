using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// The page after GB/T 9704-2012: A4 portrait, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
/// (a text block of 156 × 225 mm), and the page number in the footer as "— 1 —", centred.
/// </summary>
internal static class DocxPageSetup
{
    private const double TwipsPerMillimetre = 1440 / 25.4;

    /// <summary>The width of the text block in millimetres (210 − 28 − 26).</summary>
    public const int TextWidthMillimetres = 210 - 28 - 26;

    /// <summary>The width of the text block in twips.</summary>
    public static int TextWidthTwips => Twips(TextWidthMillimetres);

    /// <summary>The body's last child: page size, margins and the footer with the page number.</summary>
    /// <param name="footerId">The relationship id of the footer part made by <see cref="Footer"/>.</param>
    public static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = (uint)Twips(210), Height = (uint)Twips(297), Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = Twips(37),
            Bottom = Twips(35),
            Left = (uint)Twips(28),
            Right = (uint)Twips(26),
            Header = (uint)Twips(15),
            // The page number sits about 7 mm below the text block.
            Footer = (uint)Twips(23),
            Gutter = 0U,
        });

    /// <summary>The footer: "— " PAGE " —" in the footer style (4号 宋体, centred).</summary>
    public static Footer Footer() => new(
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
            new Run(new WordText("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new WordText("1"))) { Instruction = " PAGE " },
            new Run(new WordText(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static int Twips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMillimetre);
}
