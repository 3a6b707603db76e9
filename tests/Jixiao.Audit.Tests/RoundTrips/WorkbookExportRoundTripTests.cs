using System.Globalization;
using Jixiao.Audit.Engine;
using Jixiao.Documents;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Reports;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.RoundTrips;

/// <summary>
/// The real Tianhe report exported as the self-evaluation workbook (`render --to xlsx`) and imported back: the audit
/// finds the same problems in the figures the workbook carries — same rules, severities and compared values (exact, in
/// 元; the printed text differs, as amounts are restated in 万元).
/// </summary>
public sealed class WorkbookExportRoundTripTests
{
    /// <summary>
    /// Rules on what the workbook has no place for: JX1002 and JX3001 compare the narrative's count of indicators
    /// (正文称产出指标 7 个) with the target table, JX3003 an incident the narrative reports (发生一般生产安全事故 12宗)
    /// with a target; JX8006 is about reading a table without its money unit, and the workbook always states it.
    /// </summary>
    private static readonly HashSet<string> NotCarried = new(["JX1002", "JX3001", "JX3003", "JX8006"], StringComparer.Ordinal);

    [Fact]
    public void The_imported_workbook_has_the_findings_of_the_original_on_the_figures_it_carries()
    {
        var report = TianheSample.Report;

        var imported = WorkbookImporter.Import("导出.xlsx", WorkbookExport.Write(report), ReaderLimits.Default);

        Assert.Empty(imported.Errors);
        Assert.Equal(Findings(report, NotCarried), Findings(imported.Report!, []));
    }

    private static string[] Findings(Report report, HashSet<string> leftOut) =>
    [
        .. new AuditEngine().Audit(report).Findings
            .Where(f => !leftOut.Contains(f.RuleId))
            .Select(f => $"{f.RuleId} {f.Severity} {f.WithinRounding} {string.Join(" ", f.Values.Select(v => MoneyUnits.Trim(v.Number.Value).ToString(CultureInfo.InvariantCulture)))}")
            .Order(StringComparer.Ordinal),
    ];
}
