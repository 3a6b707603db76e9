using BenchmarkDotNet.Attributes;
using Jixiao.Documents.Json;
using Jixiao.Documents.Writers.Charts;
using Jixiao.Documents.Writers.Composition;
using Jixiao.Documents.Writers.Docx;
using Jixiao.Documents.Writers.Html;
using Jixiao.Documents.Writers.Layout;
using Jixiao.Domain.Reports;

namespace Jixiao.Benchmarks;

/// <summary>
/// Generating the bundled sample's report (samples/tianhe-emergency-2023.json) in process: laying it out, drawing one
/// chart, and writing the laid-out report as .docx and .html (without charts, so the writers alone are measured).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Report report = null!;
    private LayoutDocument document = null!;
    private Chart chart = null!;

    [GlobalSetup]
    public void Setup()
    {
        report = ModelJson.Deserialize(File.ReadAllText(Path.Combine(SamplePaths.RepositoryRoot(), "samples", "tianhe-emergency-2023.json")))!;
        document = ReportComposer.Compose(report, CompositionOptions.Default with { Charts = false });
        chart = ReportComposer.Compose(report).Parts.OfType<FigurePart>().First().Chart;
    }

    [Benchmark(Description = "ReportComposer.Compose (no charts)")]
    public LayoutDocument Compose() => ReportComposer.Compose(report, CompositionOptions.Default with { Charts = false });

    [Benchmark(Description = "ChartRenderer.Png (one chart)")]
    public byte[] Chart() => ChartRenderer.Png(chart);

    [Benchmark(Description = "DocxReportWriter.Write")]
    public byte[] Docx() => DocxReportWriter.Write(document);

    [Benchmark(Description = "HtmlReportWriter.Write")]
    public string Html() => HtmlReportWriter.Write(document);
}
