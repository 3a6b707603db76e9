namespace Jixiao.Documents.Writers.Docx;

/// <summary>
/// How wide a line of table text prints, in thousandths of an em, estimated on the generous side: 宋体 gives digits
/// half an em, the Noto Serif CJK SC that LibreOffice uses instead up to 0.6 em in bold, so digits count 0.6 em,
/// "." and "," 0.35 em, "%" and Chinese characters (and other non-Latin text) a full em.
/// </summary>
internal static class DocxTextWidth
{
    /// <summary>Thousandths of an em in one Chinese character.</summary>
    public const int Character = 1000;

    /// <summary>The widest line of <paramref name="text"/>.</summary>
    public static int Of(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Max(line => line.Sum(Advance));

    /// <summary><paramref name="milliEms"/> thousandths of an em at a font size in half-points, in twips (an em is as wide as the font size).</summary>
    public static int Twips(int milliEms, int halfPoints) => (int)Math.Ceiling(milliEms * halfPoints * 10 / 1000.0);

    private static int Advance(char c) => c switch
    {
        '.' or ',' => 350,
        ' ' => 300,
        '%' => Character,
        < '\u0080' => 600,
        _ => Character,
    };
}
