using System.Globalization;
using System.Text.Json;
using Jixiao.Audit.Engine;
using Jixiao.Audit.Output;

namespace Jixiao.Cli.Rendering;

/// <summary>Writes audit results as text (grouped by severity, with locations), JSON, NDJSON or CSV.</summary>
public static class AuditRenderer
{
    public static readonly string CsvHeader = Csv.Line(["file", "genre", "department", "year", "ruleId", "severity", "withinRounding", "title", "message",
        "section", "table", "row", "column", "cell", "line", "page", "expected", "actual", "difference"]);

    /// <param name="format">The source format (text, docx, pdf, html), so positions read "第 N 行", "第 N 段" or "第 p 页第 n 行".</param>
    public static void Text(TextWriter output, AuditDocument document, IReadOnlyList<Finding> findings, string? format)
    {
        output.WriteLine($"{document.File}（{document.Department ?? "未识别部门"}，{(document.Year is { } y ? y + "年度" : "年度未知")}）");
        foreach (var group in findings.GroupBy(f => f.Severity).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {SeverityNames.Chinese(group.Key)}（{group.Count()}）");
            foreach (var finding in group)
            {
                output.WriteLine($"    {finding.RuleId} {finding.Title}｜{AuditLabels.Where(finding, format)}");
                output.WriteLine($"      {finding.Message}");
            }
        }

        output.WriteLine($"  合计：错误 {document.Summary.Errors}，警告 {document.Summary.Warnings}，提示 {document.Summary.Infos}");
    }

    /// <summary>One object for one input, an array for several (even when some could not be read).</summary>
    public static void Json(TextWriter output, IReadOnlyList<AuditDocument> documents, bool asArray)
    {
        output.WriteLine(!asArray && documents.Count == 1
            ? JsonSerializer.Serialize(documents[0], OutputJson.Indented)
            : JsonSerializer.Serialize(documents, OutputJson.Indented));
    }

    public static void JsonLine(TextWriter output, AuditDocument document) =>
        output.WriteLine(JsonSerializer.Serialize(document, OutputJson.AuditLine));

    public static void CsvRows(TextWriter output, AuditDocument document)
    {
        foreach (var f in document.Findings)
        {
            output.WriteLine(Csv.Line([document.File, document.Genre, document.Department, document.Year?.ToString(CultureInfo.InvariantCulture),
                f.RuleId, f.Severity, f.WithinRounding ? "true" : "false", f.Title, f.Message,
                f.Location.Section, f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Cell,
                f.Location.Line?.ToString(CultureInfo.InvariantCulture), f.Location.Page?.ToString(CultureInfo.InvariantCulture),
                f.Expected, f.Actual, f.Difference]));
        }
    }
}
