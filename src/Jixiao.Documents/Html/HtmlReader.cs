using Jixiao.Documents.Loading;

namespace Jixiao.Documents.Html;

/// <summary>Placeholder while the HTML reader is being written (replaced in the same change).</summary>
public sealed class HtmlReader(ReaderLimits limits)
{
    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, string html) => ReadOutcome.Unreadable("暂不支持此格式");
}
