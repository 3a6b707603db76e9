using System.Text.RegularExpressions;
using Jixiao.Documents.Neutral;

namespace Jixiao.Documents.Extraction;

/// <summary>
/// The cover page of a report or form ("评价单位（公章）：徐闻县地方公路局", "部门（单位）名称：…", "评价年度：2024"):
/// when printed, these name the department and the year more reliably than the title.
/// </summary>
public static partial class CoverFields
{
    private const int CoverBlocks = 30;

    public static (string? Department, int? Year) Read(IEnumerable<Block> blocks)
    {
        string? department = null;
        int? year = null;
        foreach (var text in blocks.Take(CoverBlocks).SelectMany(Texts))
        {
            if (department is null && (text.Contains("名称", StringComparison.Ordinal) || text.Contains("单位", StringComparison.Ordinal))
                && DepartmentField().Match(text) is { Success: true } d && d.Groups["v"].Value.Length >= 2)
            {
                department = d.Groups["v"].Value;
            }

            if (year is null && text.Contains("年度", StringComparison.Ordinal) && YearField().Match(text) is { Success: true } y)
            {
                year = int.Parse(y.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            if (department is not null && year is not null)
            {
                break;
            }
        }

        return (department, year);
    }

    /// <summary>
    /// Every department field name holds 名称 or 单位, and every year field 年度 (within one cell): other text and table rows
    /// without them are not searched.
    /// </summary>
    private static bool MayNameField(string text) =>
        text.AsSpan().ContainsAny(FieldNameEndings)
        && (text.Contains("名称", StringComparison.Ordinal) || text.Contains("单位", StringComparison.Ordinal) || text.Contains("年度", StringComparison.Ordinal));

    /// <summary>The last characters of 名称, 单位 and 年度, rarer than their first: one vectorised scan rules most cells out.</summary>
    private static readonly System.Buffers.SearchValues<char> FieldNameEndings = System.Buffers.SearchValues.Create("称位度");

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        ParagraphBlock paragraph => [paragraph.Text],
        TableBlock table => table.Rows.Where(r => r.Cells.Any(MayNameField)).Select(r => string.Join("：", r.Cells.Where(c => c.Length > 0))),
        _ => [],
    };

    [GeneratedRegex(@"(?:部门（单位）名称|部门\(单位\)名称|单位名称|部门名称|评价单位|自评单位|填报单位|实施单位)\s*(?:（[^）]{0,4}）)?\s*[：:]\s*(?<v>[^\s，。：:;；|]{2,40})")]
    private static partial Regex DepartmentField();

    [GeneratedRegex(@"(?:评价|自评|预算)年度\s*[：:]\s*(?<v>(?:19|20)\d{2})")]
    private static partial Regex YearField();
}
