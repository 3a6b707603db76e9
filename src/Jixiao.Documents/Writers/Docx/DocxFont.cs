using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// A font the report asks for, with the installed fonts to use instead when it is missing. Runs name only
/// <see cref="Name"/> (w:rFonts ascii/hAnsi/eastAsia); the font table declares it with its <see cref="Alternatives"/>
/// (w:altName, a comma-separated list), the GB2312 character set and its generic family (serif or sans), so that Word
/// substitutes a Chinese font of the same kind. LibreOffice does not read w:altName: the PDF writer hands the same
/// alternatives to fontconfig (<see cref="Pdf.FontFallback"/>), so that 仿宋 falls back to Noto Serif CJK SC and
/// 黑体 to Noto Sans CJK SC.
/// </summary>
internal sealed record DocxFont(string Name, IReadOnlyList<string> Alternatives, FontFamilyValues Family)
{
    /// <summary>GB2312 (w:charset 86): tells Word the font covers simplified Chinese.</summary>
    private const string ChineseCharacterSet = "86";

    /// <summary>小标宋 for the title (GB/T 9704: 2号小标宋体).</summary>
    public static DocxFont Title { get; } = new("方正小标宋简体", ["FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Noto Serif CJK SC"], FontFamilyValues.Roman);

    /// <summary>仿宋 for body text and level 3–4 headings (3号仿宋体).</summary>
    public static DocxFont Body { get; } = new("仿宋_GB2312", ["FangSong", "仿宋", "Noto Serif CJK SC"], FontFamilyValues.Roman);

    /// <summary>黑体 for level 1 headings and captions.</summary>
    public static DocxFont Heading1 { get; } = new("黑体", ["SimHei", "Noto Sans CJK SC"], FontFamilyValues.Swiss);

    /// <summary>楷体 for level 2 headings.</summary>
    public static DocxFont Heading2 { get; } = new("楷体_GB2312", ["KaiTi", "楷体", "Noto Serif CJK SC"], FontFamilyValues.Roman);

    /// <summary>宋体 for tables and the page number.</summary>
    public static DocxFont Table { get; } = new("宋体", ["SimSun", "Noto Serif CJK SC"], FontFamilyValues.Roman);

    public static IReadOnlyList<DocxFont> All { get; } = [Title, Body, Heading1, Heading2, Table];

    /// <summary>The run fonts naming this font for every script.</summary>
    public RunFonts RunFonts() => new() { Ascii = Name, HighAnsi = Name, EastAsia = Name, ComplexScript = Name };

    /// <summary>The font table entry (children in schema order: altName, charset, family, pitch).</summary>
    public Font Declaration() => new(
        new AltName { Val = string.Join(',', Alternatives) },
        new FontCharSet { Val = ChineseCharacterSet },
        new FontFamily { Val = Family },
        new Pitch { Val = FontPitchValues.Variable })
    {
        Name = Name,
    };

    /// <summary>The font table part's content: every font the styles use.</summary>
    public static Fonts FontTable() => new(All.Select(font => font.Declaration()));
}
