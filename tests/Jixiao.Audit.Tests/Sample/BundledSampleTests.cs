using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Testing;

namespace Jixiao.Audit.Tests.Sample;

/// <summary>
/// The bundled sample (samples/tianhe-emergency-2023.json, used by `jixiao demo`) holds exactly the figures read
/// from the published report, and audits the same. When extraction changes, run samples/update-bundled-sample.sh.
/// </summary>
public sealed class BundledSampleTests
{
    private static string BundledPath => Path.Combine(SharedFiles.RepositoryRoot, "samples", "tianhe-emergency-2023.json");

    [Fact]
    public void Every_stated_figure_equals_the_one_read_from_the_published_text()
    {
        var (published, _) = new ReportLoader().Load(SharedFiles.SamplePath);
        var (bundled, failure) = new ReportLoader().Load(BundledPath);
        Assert.Null(failure);
        Assert.Equal(
            StatedValues.All(published!).Select(s => (s.Text, s.Value, s.Resolution, s.Location)),
            StatedValues.All(bundled!).Select(s => (s.Text, s.Value, s.Resolution, s.Location)));
    }

    [Fact]
    public void The_audit_of_the_bundled_sample_is_the_audit_of_the_published_text()
    {
        var (published, _) = new ReportLoader().Load(SharedFiles.SamplePath);
        var (bundled, _) = new ReportLoader().Load(BundledPath);
        var engine = new AuditEngine();
        Assert.Equal(
            engine.Audit(published!).Findings.Select(f => (f.RuleId, f.Severity, f.Message)),
            engine.Audit(bundled!).Findings.Select(f => (f.RuleId, f.Severity, f.Message)));
    }

    [Fact]
    public void The_bundled_sample_does_not_carry_the_published_narrative()
    {
        var json = File.ReadAllText(BundledPath);
        var (published, _) = new ReportLoader().Load(SharedFiles.SamplePath);
        var narrative = published!.Profile.Functions.Concat(published.Profile.AnnualWork).Concat(published.Problems).Append(published.Targets!.OverallGoal!);
        Assert.All(narrative, paragraph => Assert.DoesNotContain(paragraph, json, StringComparison.Ordinal));
    }
}
