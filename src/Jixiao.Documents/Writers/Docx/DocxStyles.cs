using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// The style sheet after GB/T 9704-2012 (党政机关公文格式): body 3号 (16 pt) 仿宋 with a fixed line spacing of 28 pt
/// and a first-line indent of two characters; the title 2号 (22 pt) 小标宋, centred; headings as real Word heading
/// styles (Heading1–4 with outline levels 0–3, so the document has a navigable outline): 黑体, 楷体, then 仿宋 bold;
/// tables 10.5 pt 宋体 (9 pt when too wide even for a landscape page) with single line spacing. Fonts and the language
/// (East Asian zh-CN, Latin en-US) are set in the document defaults too.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Caption = "Caption";
    public const string UnitNote = "UnitNote";
    public const string TableText = "TableText";
    public const string SmallTableText = "TableTextSmall";
    public const string Figure = "Figure";
    public const string Signature = "Signature";
    public const string Footer = "Footer";

    /// <summary>Half-points: 3号 16 pt.</summary>
    private const int BodySize = 32;

    /// <summary>Half-points: 2号 22 pt.</summary>
    private const int TitleSize = 44;

    /// <summary>Half-points: 4号 14 pt, for captions and the page number.</summary>
    private const int SmallSize = 28;

    /// <summary>Half-points: 小四 12 pt, for unit notes.</summary>
    private const int NoteSize = 24;

    /// <summary>Half-points: 五号 10.5 pt, for table text.</summary>
    public const int TableSize = 21;

    /// <summary>Half-points: 小五 9 pt, for the text of a table too wide for a landscape page at 五号.</summary>
    public const int SmallTableSize = 18;

    /// <summary>Twips: the fixed line spacing of 28 pt.</summary>
    private const int BodyLine = 560;

    /// <summary>Twips: the title's fixed line spacing (35 pt), room for 22 pt characters.</summary>
    private const int TitleLine = 700;

    /// <summary>Twips: two characters of the body size.</summary>
    private const int TwoCharacters = 640;

    /// <summary>Twips: four characters of the body size (the issuer stands four characters from the right margin).</summary>
    private const int FourCharacters = 1280;

    /// <summary>The style id of a heading of level 1–4.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4);

    public static Styles Create() => new(
        Defaults(),
        Paragraph(Normal, "Normal", basedOn: null, new StyleParagraphProperties
        {
            Indentation = FirstLine(),
            Justification = new Justification { Val = JustificationValues.Both },
        }, runProperties: null, isDefault: true),
        Paragraph(Title, "Title", Normal, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = Exact(TitleLine),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        }, Run(DocxFont.Title, TitleSize)),
        Heading(1, DocxFont.Heading1, bold: false),
        Heading(2, DocxFont.Heading2, bold: false),
        Heading(3, DocxFont.Body, bold: true),
        Heading(4, DocxFont.Body, bold: true),
        Paragraph(Caption, "caption", Normal, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        }, Run(DocxFont.Heading1, SmallSize)),
        Paragraph(UnitNote, "单位注", Normal, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Right },
        }, Run(DocxFont.Body, NoteSize)),
        Paragraph(TableText, "表格文字", Normal, new StyleParagraphProperties
        {
            SpacingBetweenLines = Single(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Left },
        }, Run(DocxFont.Table, TableSize)),
        Paragraph(SmallTableText, "表格文字（小）", TableText, new StyleParagraphProperties(), Run(DocxFont.Table, SmallTableSize)),
        Paragraph(Figure, "图", Normal, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            // A fixed line height would cut the picture off.
            SpacingBetweenLines = Single(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        }, runProperties: null),
        Paragraph(Signature, "Signature", Normal, new StyleParagraphProperties
        {
            Indentation = new Indentation { Right = Measure(FourCharacters), FirstLine = "0", FirstLineChars = 0 },
            Justification = new Justification { Val = JustificationValues.Right },
        }, runProperties: null),
        Paragraph(Footer, "footer", Normal, new StyleParagraphProperties
        {
            SpacingBetweenLines = Single(),
            Indentation = NoIndent(),
            Justification = new Justification { Val = JustificationValues.Center },
        }, Run(DocxFont.Table, SmallSize)));

    /// <summary>docDefaults: the body font for every script, 16 pt, East Asian language zh-CN and Latin en-US (so numbers never break across lines); fixed 28 pt lines, no spacing between paragraphs.</summary>
    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = DocxFont.Body.RunFonts(),
            FontSize = new FontSize { Val = Measure(BodySize) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Measure(BodySize) },
            // Digits and Latin text in English: with a Chinese Latin language LibreOffice breaks lines inside numbers
            // ("7" / "4.51万元") and drops a decimal point left at the end of a justified line ("4049" / "96万元").
            Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle { SpacingBetweenLines = Exact(BodyLine) }));

    private static Style Heading(int level, DocxFont font, bool bold)
    {
        var run = Run(font, BodySize);
        if (bold)
        {
            run.Bold = new Bold();
            run.BoldComplexScript = new BoldComplexScript();
        }

        return Paragraph(Heading(level), "heading " + level, Normal, new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        }, run);
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties paragraphProperties, StyleRunProperties? runProperties, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = Normal }, new PrimaryStyle(), paragraphProperties);
        if (runProperties is not null)
        {
            style.Append(runProperties);
        }

        return style;
    }

    private static StyleRunProperties Run(DocxFont font, int halfPoints) => new()
    {
        RunFonts = font.RunFonts(),
        FontSize = new FontSize { Val = Measure(halfPoints) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Measure(halfPoints) },
    };

    private static SpacingBetweenLines Exact(int twips) =>
        new() { Before = "0", After = "0", Line = Measure(twips), LineRule = LineSpacingRuleValues.Exact };

    private static SpacingBetweenLines Single() => new() { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    private static Indentation FirstLine() => new() { FirstLine = Measure(TwoCharacters), FirstLineChars = 200 };

    /// <summary>A measure (twips or half-points) as OOXML writes it.</summary>
    private static string Measure(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Indentation NoIndent() => new() { FirstLine = "0", FirstLineChars = 0 };
}
