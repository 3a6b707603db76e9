namespace Jixiao.Documents.Neutral;

/// <summary>
/// Joins text that a line break split: a wrapped paragraph line, the lines of a wrapped table cell. Chinese text and
/// figures wrap anywhere ("4171." / "75万元", "I" / "I级"), so nothing goes between them; Latin words wrap at a space,
/// which is put back — but only between two Latin words, not for Latin letters set in Chinese text.
/// </summary>
public static class WrappedText
{
    public static string Join(string first, string second) => first + Separator(first, second) + second;

    /// <summary>What goes between <paramref name="first"/> and the <paramref name="second"/> line that continues it: a space or nothing.</summary>
    public static string Separator(string first, string second) => EndsWithWord(first) && StartsWithWord(second) ? " " : string.Empty;

    /// <summary>The text ends in a Latin word that stands on its own (not right after a Chinese character).</summary>
    private static bool EndsWithWord(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return start < text.Length && (start == 0 || char.IsAscii(text[start - 1]));
    }

    /// <summary>The text starts with a Latin word that stands on its own (not followed directly by a Chinese character).</summary>
    private static bool StartsWithWord(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end > 0 && (end == text.Length || char.IsAscii(text[end]));
    }
}
