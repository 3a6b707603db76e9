using System.Buffers;
using System.Text;

namespace Jixiao.Domain.Text;

/// <summary>
/// Unicode compatibility folding (NFKC: full-width digits and letters, ㎡, Kangxi radicals → their plain forms) that never
/// throws: a lone surrogate — possible in strings that did not come through a decoder, e.g. a JSON escape "\ud800" — is
/// replaced by U+FFFD first, since <see cref="string.Normalize(NormalizationForm)"/> rejects it.
/// </summary>
public static class WidthFolding
{
    /// <summary>
    /// Characters NFKC leaves alone and that never combine with a neighbour: ASCII, the CJK Unified Ideographs block and
    /// the Chinese punctuation a report uses most; a text made only of them is returned as it is, without the cost of ICU.
    /// </summary>
    private static readonly SearchValues<char> Unchanged = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c))
        + "、。《》「」『』【】‘’“”—×÷≤≥·");

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExcept(Unchanged))
        {
            return text;
        }

        return (IsWellFormed(text) ? text : Repair(text)).Normalize(NormalizationForm.FormKC);
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }
}
