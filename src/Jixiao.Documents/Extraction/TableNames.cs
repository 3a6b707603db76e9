using System.Text.RegularExpressions;

namespace Jixiao.Documents.Extraction;

/// <summary>Short table names from captions: "表 3：2023 年部门预算情况" → "表3".</summary>
public static partial class TableNames
{
    public static string ShortName(string? caption, string fallback)
    {
        var match = caption is null ? Match.Empty : CaptionNumber().Match(caption);
        return match.Success ? "表" + match.Groups[1].Value : fallback;
    }

    [GeneratedRegex(@"^(?:附)?表\s*(\d+)")]
    private static partial Regex CaptionNumber();
}
