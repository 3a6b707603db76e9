using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Domain.Facts;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>Compares what the same report gives as text and as PDF: key figures and audit findings (reading findings JX8xxx aside).</summary>
internal static partial class ReportEquivalence
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Report Load(string name, byte[] bytes)
    {
        var (report, failure) = new ReportLoader().Load(name, bytes);
        Assert.Null(failure);
        return Assert.IsType<Report>(report);
    }

    public static string Facts(Report report) => JsonSerializer.Serialize(KeyFigures.Of(report), Json);

    /// <summary>
    /// Rule id, severity and message of every finding but the reading ones, in a stable order. Line references in
    /// messages ("第 49 行") are masked: a text file counts lines in the file, a PDF counts lines on the page.
    /// </summary>
    public static string[] Findings(Report report) =>
        new AuditEngine().Audit(report).Findings
            .Where(f => !f.RuleId.StartsWith("JX8", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Severity} {LineReference().Replace(f.Message, "第 # 行")}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [GeneratedRegex(@"(?:第 \d+ 页)?第 \d+ [行段]")]
    private static partial Regex LineReference();
}
