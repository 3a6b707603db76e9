using System.Globalization;
using System.Text;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Library;

/// <summary>
/// What makes two library entries the same indicator: the level-1 category and the normalised name. A 成本指标 filed
/// under 产出指标 (older local tables) counts as 成本指标, so it meets the same indicator filed at level 1 (财预〔2021〕101号).
/// </summary>
public readonly record struct LibraryKey(IndicatorCategory Category, string Name)
{
    public static LibraryKey Of(IndicatorCategory category, IndicatorSubcategory? subcategory, string name) =>
        new(subcategory == IndicatorSubcategory.Cost ? IndicatorCategory.Cost : category, Normalise(name));

    /// <summary>
    /// The name compared: NFKC (full-width letters, digits and brackets to half-width), without white space, with
    /// quotation marks dropped ("“三公”经费" = "三公经费") and Latin letters in lower case.
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」')
            {
                continue;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
