namespace Jixiao.Documents.Writers;

/// <summary>The formats a generated report is written in (`jixiao render --to`).</summary>
public enum ReportFormat
{
    Docx,
    Pdf,
    Html,
    Md,
}

public static class ReportFormats
{
    public static ReportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "docx" => ReportFormat.Docx,
        "pdf" => ReportFormat.Pdf,
        "html" or "htm" => ReportFormat.Html,
        "md" or "markdown" => ReportFormat.Md,
        _ => null,
    };

    public static string Extension(ReportFormat format) => "." + format.ToString().ToLowerInvariant();
}
