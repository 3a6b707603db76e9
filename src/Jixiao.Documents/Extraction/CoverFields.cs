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

    /// <summary>The department a cover field names, the first in reading order.</summary>
    public static string? Department(IEnumerable<Block> blocks) =>
        First(blocks, DepartmentNames, text => DepartmentField().Match(text) is { Success: true } d && d.Groups["v"].Value.Length >= 2 ? d.Groups["v"].Value : null);

    /// <summary>The year a cover field names, the first in reading order.</summary>
    public static int? Year(IEnumerable<Block> blocks) =>
        First<int?>(blocks, YearNames, text => YearField().Match(text) is { Success: true } y
            ? int.Parse(y.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null);

    /// <summary>
    /// The first value <paramref name="read"/> finds in the cover blocks' paragraphs and table rows (a row's cells joined
    /// with "：", so a field name and its value may stand in two cells). Every field name holds one of
    /// <paramref name="names"/> within one cell, so text without them is not searched; <see cref="FieldNameEndings"/>
    /// rules most cells out in one scan first.
    /// </summary>
    private static T First<T>(IEnumerable<Block> blocks, string[] names, Func<string, T> read)
    {
        bool Names(string text) => text.AsSpan().ContainsAny(FieldNameEndings) && names.Any(n => text.Contains(n, StringComparison.Ordinal));
        foreach (var block in blocks.Take(CoverBlocks))
        {
            IEnumerable<string> texts = block switch
            {
                ParagraphBlock paragraph when Names(paragraph.Text) => [paragraph.Text],
                TableBlock table => table.Rows.Where(r => r.Cells.Any(Names)).Select(r => string.Join("：", r.Cells.Where(c => c.Length > 0))),
                _ => [],
            };
            foreach (var text in texts)
            {
                var value = read(text);
                if (value is not null)
                {
                    return value;
                }
            }
        }

        return default!;
    }

    private static readonly string[] DepartmentNames = ["名称", "单位"];

    private static readonly string[] YearNames = ["年度"];

    /// <summary>The last characters of 名称, 单位 and 年度, rarer than their first.</summary>
    private static readonly System.Buffers.SearchValues<char> FieldNameEndings = System.Buffers.SearchValues.Create("称位度");

    [GeneratedRegex(@"(?:部门（单位）名称|部门\(单位\)名称|单位名称|部门名称|评价单位|自评单位|填报单位|实施单位)\s*(?:（[^）]{0,4}）)?\s*[：:]\s*(?<v>[^\s，。：:;；|]{2,40})")]
    private static partial Regex DepartmentField();

    [GeneratedRegex(@"(?:评价|自评|预算)年度\s*[：:]\s*(?<v>(?:19|20)\d{2})")]
    private static partial Regex YearField();
}
