using System.Diagnostics;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Synthetic.Tests;

/// <summary>
/// The audit against generated reports with a known manifest: 200 reports (seed 20231, error rate 0.5) written as text,
/// read back with <see cref="ReportLoader"/> and audited. Per rule category, recall (injections found by one of their rules
/// at their place) and precision (error and warning findings that belong to an injection; a clean report should have none)
/// must both reach 95%.
/// </summary>
public sealed class AuditRecallTests(ITestOutputHelper output)
{
    private const int Count = 200;

    [Fact]
    public async Task The_audit_finds_the_injected_contradictions_and_nothing_else()
    {
        var clock = Stopwatch.StartNew();
        using var folder = new TempFolder();
        var (manifest, error) = await new SyntheticCorpusWriter().WriteAsync(folder.Path, 20231, Count, 0.5m, [SyntheticCorpusWriter.Text],
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(error);

        var tally = new CategoryTally();
        var loader = new ReportLoader();
        var engine = new AuditEngine();
        foreach (var entry in manifest!.Reports)
        {
            var (report, failure) = loader.Load(folder.PathOf(entry.Files[0]));
            Assert.Null(failure);
            var findings = engine.Audit(report!).Findings.Where(f => f.Severity != Severity.Info).ToArray();
            tally.Add(entry, findings);
        }

        output.WriteLine($"{Count} 份报告，{clock.Elapsed.TotalSeconds:0.0} 秒");
        output.WriteLine(tally.Summary());
        Assert.All(tally.Categories, c =>
        {
            Assert.True(tally.Recall(c) >= 0.95, $"{c} 召回率 {tally.Recall(c):P1}\n{tally.Summary()}");
            Assert.True(tally.Precision(c) >= 0.95, $"{c} 精确率 {tally.Precision(c):P1}\n{tally.Summary()}");
        });
    }
}
