using System.Text.RegularExpressions;

namespace Jixiao.Documents.Html;

/// <summary>
/// The lines government web pages print around an article: the 索引号/发布机构/发布日期 block, 字体 大 中 小,
/// 打印 and 关闭窗口, 分享到, 浏览次数, the breadcrumb (您现在的位置), 上一篇/下一篇 and the footer (版权所有, ICP备).
/// Publisher and date are read from them separately (<see cref="HtmlPageInfo"/>) before they are dropped.
/// </summary>
internal static partial class HtmlBoilerplate
{
    /// <summary>Page-furniture lines are short; a line longer than this is kept whatever it starts with.</summary>
    private const int MaxLabelLineLength = 200;

    /// <summary>A label printed without a colon ("索引号lxxczj/2025-00222") marks furniture only on a line this short.</summary>
    private const int MaxBareLabelLineLength = 60;

    /// <summary>Buttons and footer phrases mark furniture only on a line this short.</summary>
    private const int MaxButtonLineLength = 80;

    /// <summary>Labels of the publication block; a table naming two of them is that block.</summary>
    private static readonly string[] MetadataLabels =
    [
        "索引号", "发布机构", "发布单位", "发文机关", "发文单位", "文号", "发文字号", "发布日期", "发布时间", "发文日期", "成文日期",
        "生效日期", "时效性", "有效性", "公开目录", "公开方式", "公开范围", "信息类别", "主题分类", "体裁分类", "所属机构", "浏览次数", "浏览量",
    ];

    public static bool IsBoilerplateLine(string line)
    {
        if (!line.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        if (line.Length <= MaxLabelLineLength && LabelWithColon().IsMatch(line))
        {
            return true;
        }

        if (line.Length <= MaxBareLabelLineLength && BareLabel().IsMatch(line))
        {
            return true;
        }

        return line.Length <= MaxButtonLineLength && (Button().IsMatch(line) || Footer().IsMatch(line) || Breadcrumb().IsMatch(line));
    }

    /// <summary>The table of 索引号, 发布机构, 发布日期… that heads many government pages.</summary>
    public static bool IsMetadataTable(IReadOnlyList<string[]> rows)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in rows.Take(8).SelectMany(r => r))
        {
            var trimmed = cell.TrimStart('[', '【', ' ');
            foreach (var label in MetadataLabels)
            {
                if (trimmed.StartsWith(label, StringComparison.Ordinal) && trimmed.Length <= label.Length + 40)
                {
                    labels.Add(label);
                }
            }
        }

        return labels.Count >= 2;
    }

    [GeneratedRegex(@"^[\[【(（<《\s]*(?:索引号|发布机构|发布单位|发布部门|发文机关|发文单位|文号|发文字号|发布日期|发布时间|发文日期|成文日期|生效日期|废止日期|公开日期|时效性|有效性|公开目录|公开方式|公开范围|公开时限|信息类别|信息分类|主题分类|体裁分类|所属机构|所属主题|信息来源|文章来源|来源|作者|责任编辑|浏览次数|浏览量|访问量|阅读量|阅读次数|点击数|点击量|字体|字号|您现在的位置|您当前的位置|您所在的位置|当前位置|所在位置|上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读)\s*[:：】\]]")]
    private static partial Regex LabelWithColon();

    [GeneratedRegex(@"^[\[【\s]*(?:索引号|发布机构|发文机关|发文单位|发布日期|发布时间|发文日期|成文日期|时效性|公开目录|信息类别|主题分类|浏览次数)")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^[\[【(（\s]*(?:打印本页|打印|关闭窗口|关闭本页|关闭|分享到|分享|收藏|返回顶部|返回首页|扫一扫|手机扫一扫|大\s*中\s*小|上一篇|下一篇)")]
    private static partial Regex Button();

    [GeneratedRegex(@"版权所有|Copyright|©|ICP备|公网安备|网站标识码|主办单位[:：]|承办单位[:：]|技术支持[:：]|网站地图|联系我们|建议使用.{0,30}浏览器|屏幕分辨率", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(?:首页|网站首页|主页)\s*(?:[>»›/＞]|&gt;)")]
    private static partial Regex Breadcrumb();
}
