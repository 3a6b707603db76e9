namespace Jixiao.Documents.Neutral;

/// <summary>Chinese outline numbering, outermost first: 一、 → （一） → 1. → （1）.</summary>
public enum NumberingKind
{
    /// <summary>A heading without numbering (e.g. the title).</summary>
    None = 0,
    /// <summary>一、二、三、</summary>
    ChineseNumeral = 1,
    /// <summary>（一）（二）</summary>
    BracketedChineseNumeral = 2,
    /// <summary>1. 2. or 1、</summary>
    Arabic = 3,
    /// <summary>（1）（2）</summary>
    BracketedArabic = 4,
}
