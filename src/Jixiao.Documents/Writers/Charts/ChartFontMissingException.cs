namespace Jixiao.Documents.Writers.Charts;

/// <summary>
/// No CJK font is installed, so a chart cannot be drawn with its Chinese labels; the message names the package to install.
/// </summary>
public sealed class ChartFontMissingException : Exception
{
    /// <summary>The one message shown to the user.</summary>
    public const string DefaultMessage = "未找到中文字体：生成图表需要安装 fonts-wqy-microhei（apt-get install -y fonts-wqy-microhei）";

    public ChartFontMissingException()
        : base(DefaultMessage)
    {
    }

    public ChartFontMissingException(string message)
        : base(message)
    {
    }

    public ChartFontMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
