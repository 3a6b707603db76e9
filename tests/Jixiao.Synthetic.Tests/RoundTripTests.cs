using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Synthetic.Tests;

/// <summary>
/// A clean generated report, written as text and read back with <see cref="ReportLoader"/>, has the key figures of the model
/// it was generated from, and the audit finds nothing to warn about in it.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_clean_report_reads_back_to_the_facts_of_its_model(int seed)
    {
        using var folder = new TempFolder();
        var generated = SyntheticReportGenerator.Generate(seed, 1, errorRate: 0).Single();
        var (manifest, error) = await new SyntheticCorpusWriter().WriteAsync(folder.Path, seed, 1, 0m, [SyntheticCorpusWriter.Text],
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(error);

        var (back, failure) = new ReportLoader().Load(folder.PathOf(manifest!.Reports[0].Files[0]));

        Assert.Null(failure);
        Assert.Equal(RoundTripFacts.Of(generated.Model), RoundTripFacts.Of(back!));
        Assert.Empty(new AuditEngine().Audit(back!).Findings.Where(f => f.Severity != Severity.Info).Select(f => $"{f.RuleId} {f.Message}"));
    }
}
