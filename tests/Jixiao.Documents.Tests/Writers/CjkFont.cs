using Jixiao.Documents.Writers.Charts;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Writers;

/// <summary>Runs a step that draws charts: without a CJK font installed the test is skipped locally and fails in CI.</summary>
internal static class CjkFont
{
    public static T Required<T>(Func<T> draw)
    {
        try
        {
            return draw();
        }
        catch (ChartFontMissingException)
        {
            ExternalRequirement.Missing("中文字体（apt 包 fonts-wqy-microhei）");
            throw;
        }
    }
}
