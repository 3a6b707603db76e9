using Jixiao.Audit.Corrections;
using Jixiao.Audit.Engine;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Writers;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Domain.Reports;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;

namespace Jixiao.Audit.Tests.RoundTrips;

/// <summary>
/// Render → read back: a report generated from the model reads back, through Jixiao's own readers, to the same key
/// figures; and a model that passes the audit renders to files that pass it too.
/// </summary>
public sealed class RenderRoundTripTests
{
    public static TheoryData<string> Formats => ["docx", "html", "md", "pdf"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_rendered_sample_reads_back_to_the_same_facts(string format)
    {
        var report = BundledSample.Report;

        var back = await RenderAndRead(report, format, CompositionOptions.Default);

        Assert.Equal(RoundTripFacts.Of(report), RoundTripFacts.Of(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_model_that_passes_the_audit_renders_to_a_file_that_passes_it(string format)
    {
        var clean = CleanModel();
        Assert.DoesNotContain(new AuditEngine().Audit(clean).Findings, f => f.Severity == Severity.Error);

        var back = await RenderAndRead(clean, format, CompositionOptions.Default);

        var errors = new AuditEngine().Audit(back).Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Message}");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("html")]
    [InlineData("md")]
    public async Task Indicator_results_read_back_and_their_completion_bands_are_computed(string format)
    {
        var report = WithResults(BundledSample.Report);

        var back = await RenderAndRead(report, format, CompositionOptions.Default);

        Assert.Equal(RoundTripFacts.Of(report), RoundTripFacts.Of(back));
        var bands = back.Claims.OfType<Domain.Claims.CompletionBandClaim>().ToArray();
        Assert.Contains(bands, b => b.Category == Domain.Targets.IndicatorCategory.Output && b.LowerPercent == 100 && b.Count.Value == 7 && b.TotalScore!.Value == 35m);
    }

    [Fact]
    public async Task The_sample_renders_with_its_findings_in_the_appendix()
    {
        var report = BundledSample.Report;
        var findings = new AuditEngine().Audit(report).Findings;
        var notes = findings.Select(f => new ReviewNote(f.RuleId, f.Severity.ToString(), f.Title, f.Message, "—")).ToArray();

        using var folder = new TempFolder();
        var (files, error) = await new ReportRenderer().RenderAsync(ReportComposer.Compose(report, new CompositionOptions(notes, [])), ReportFormat.Md, folder.PathOf("r.md"));

        Assert.Null(error);
        var text = await File.ReadAllTextAsync(files[0]);
        Assert.Contains("附件：审核意见", text, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Contains(f.Message.Replace("|", "\\|", StringComparison.Ordinal), text, StringComparison.Ordinal));
    }

    /// <summary>
    /// The sample corrected in favour of its detailed tables, without 表2 — the one table that contradicts 表3 in a
    /// way no correction can settle (ReportCorrectorTests).
    /// </summary>
    private static Report CleanModel()
    {
        var (corrected, _) = ReportCorrector.Correct(BundledSample.Report);
        return corrected with { EconomicTable = null, Expenditure = corrected.Expenditure! with { EconomicClasses = [] } };
    }

    /// <summary>The sample with every indicator met as declared (actual = the target's figure, 5 points each, full marks).</summary>
    private static Report WithResults(Report report)
    {
        var location = new SourceLocation(Table: "绩效目标表");
        var indicators = report.Targets!.Indicators.Select(i => i with
        {
            Actual = i.AnnualTarget?.TrimStart('≥', '≤', '>', '<') is { Length: > 0 } met && i.Target.Kind == Domain.Targets.TargetKind.Quantitative ? met : "达成",
            MaxScore = Domain.Numbers.Stated.Score("5", 5m, 0, location),
            Score = Domain.Numbers.Stated.Score("5", 5m, 0, location),
        }).ToArray();
        return report with { Targets = report.Targets with { Indicators = indicators } };
    }

    private static async Task<Report> RenderAndRead(Report report, string format, CompositionOptions options)
    {
        if (format == "pdf" && LibreOffice.Executable is null)
        {
            ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
        }

        using var folder = new TempFolder();
        var path = folder.PathOf("report." + format);
        var (files, error) = await new ReportRenderer().RenderAsync(ReportComposer.Compose(report, options), ReportFormats.Parse(format)!.Value, path);
        Assert.Null(error);
        var (back, failure) = new ReportLoader().Load(files[0]);
        Assert.Null(failure);
        return back!;
    }
}
