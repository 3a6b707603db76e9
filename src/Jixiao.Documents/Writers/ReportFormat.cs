namespace Jixiao.Documents.Writers;

/// <summary>The formats a generated report is written in (`jixiao render --to`).</summary>
public enum ReportFormat
{
    Docx,
    Pdf,
    Html,
    Md,
    /// <summary>The Jixiao self-evaluation workbook with the report's own figures (see <see cref="Workbook.WorkbookExport"/>).</summary>
    Xlsx,
}

/// <summary>The names of the <see cref="ReportFormat"/>s on the command line and their file extensions.</summary>
public static class ReportFormats
{
    /// <summary>The format a `--to` name gives (docx, pdf, html or htm, md or markdown, xlsx; any case), or null.</summary>
    public static ReportFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "docx" => ReportFormat.Docx,
        "pdf" => ReportFormat.Pdf,
        "html" or "htm" => ReportFormat.Html,
        "md" or "markdown" => ReportFormat.Md,
        "xlsx" => ReportFormat.Xlsx,
        _ => null,
    };

    /// <summary>The file extension of a format, with its dot (".docx").</summary>
    public static string Extension(ReportFormat format) => "." + format.ToString().ToLowerInvariant();
}
