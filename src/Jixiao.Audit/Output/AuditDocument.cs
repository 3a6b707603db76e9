using System.Globalization;
using System.Text.Json.Serialization;
using Jixiao.Audit.Engine;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;

namespace Jixiao.Audit.Output;

/// <summary>The audit JSON of CONTRACTS.md for one input (the CLI's `audit --format json` and the API's findings).</summary>
public sealed record AuditDocument(
    string File,
    string Genre,
    string? Department,
    int? Year,
    string? Scheme,
    string Profile,
    IReadOnlyList<FindingDocument> Findings,
    SummaryDocument Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null)
{
    public static AuditDocument Of(Report report, AuditResult result, string? scheme) => new(
        report.File ?? string.Empty,
        GenreNames.Of(report.Genre),
        report.Department,
        report.Year,
        scheme,
        result.Profile,
        result.Findings.Select(FindingDocument.Of).ToArray(),
        new SummaryDocument(result.Errors, result.Warnings, result.Infos));

    /// <summary>
    /// The record of a file that could not be read (batch audits): genre `unknown`, the reading problem as its finding
    /// (<see cref="AuditEngine.Unreadable"/>) and <see cref="Error"/> the Chinese reason; never written for readable files.
    /// </summary>
    public static AuditDocument Unreadable(string file, string error, AuditResult result, string? scheme) => new(
        file,
        GenreNames.Of(ReportGenre.Unknown),
        null,
        null,
        scheme,
        result.Profile,
        result.Findings.Select(FindingDocument.Of).ToArray(),
        new SummaryDocument(result.Errors, result.Warnings, result.Infos),
        error);
}

public sealed record FindingDocument(
    string RuleId,
    string Severity,
    bool WithinRounding,
    string Title,
    string Message,
    SourceLocation Location,
    IReadOnlyList<ValueDocument> Values,
    string? Expected,
    string? Actual,
    string? Difference)
{
    public static FindingDocument Of(Finding finding) => new(
        finding.RuleId,
        SeverityNames.Of(finding.Severity),
        finding.WithinRounding,
        finding.Title,
        finding.Message,
        finding.Location,
        finding.Values.Select(ValueDocument.Of).ToArray(),
        finding.Expected,
        finding.Actual,
        finding.Difference);
}

public sealed record ValueDocument(string Label, string Text, string Value, string Unit, SourceLocation Location)
{
    public static ValueDocument Of(FindingValue value) => new(
        value.Label,
        value.Number.Text,
        value.Number.Value.ToString(CultureInfo.InvariantCulture),
        value.Number.Kind == Quantity.Money ? MoneyUnits.Yuan : value.Number.Unit,
        value.Number.Location);
}

public sealed record SummaryDocument(int Errors, int Warnings, int Infos);
