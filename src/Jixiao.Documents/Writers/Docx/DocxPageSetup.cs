using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// The page after GB/T 9704-2012: A4 portrait, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
/// (a text block of 156 × 225 mm), and the page number in the footer as "— 1 —", centred, about 7 mm below the text
/// block. A table too wide for it goes on A4 landscape with the margins turned with the page: top 28 mm, bottom
/// 26 mm, left 37 mm, right 35 mm (a text block of 225 × 156 mm).
/// </summary>
internal static class DocxPageSetup
{
    private const double TwipsPerMillimetre = 1440 / 25.4;

    /// <summary>Millimetres from the bottom of the text block to the bottom of the footer: a 7 mm gap and the page number's line.</summary>
    private const int FooterRise = 12;

    private static readonly Page Portrait = new(210, 297, Top: 37, Bottom: 35, Left: 28, Right: 26);

    private static readonly Page Landscape = new(297, 210, Top: 28, Bottom: 26, Left: 37, Right: 35);

    /// <summary>The width of the portrait text block in millimetres (210 − 28 − 26).</summary>
    public static int TextWidthMillimetres => Portrait.TextWidth;

    /// <summary>The width of the text block in twips on a page of <paramref name="orientation"/>.</summary>
    public static int TextWidthTwips(PageOrientationValues orientation) => Twips(Of(orientation).TextWidth);

    /// <summary>A section's properties: page size and orientation, margins and the footer with the page number.</summary>
    /// <param name="footerId">The relationship id of the footer part made by <see cref="Footer"/>.</param>
    public static SectionProperties Section(string footerId, PageOrientationValues orientation)
    {
        var page = Of(orientation);
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = (uint)Twips(page.Width), Height = (uint)Twips(page.Height), Orient = orientation },
            new PageMargin
            {
                Top = Twips(page.Top),
                Bottom = Twips(page.Bottom),
                Left = (uint)Twips(page.Left),
                Right = (uint)Twips(page.Right),
                Header = (uint)Twips(15),
                Footer = (uint)Twips(page.Bottom - FooterRise),
                Gutter = 0U,
            });
    }

    /// <summary>The footer: "— " PAGE " —" in the footer style (4号 宋体, centred).</summary>
    public static Footer Footer() => new(
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Footer } },
            new Run(new WordText("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new WordText("1"))) { Instruction = " PAGE " },
            new Run(new WordText(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static Page Of(PageOrientationValues orientation) => orientation == PageOrientationValues.Landscape ? Landscape : Portrait;

    private static int Twips(double millimetres) => (int)Math.Round(millimetres * TwipsPerMillimetre);

    /// <summary>A page's size and margins in millimetres.</summary>
    private sealed record Page(int Width, int Height, int Top, int Bottom, int Left, int Right)
    {
        public int TextWidth => Width - Left - Right;
    }
}
