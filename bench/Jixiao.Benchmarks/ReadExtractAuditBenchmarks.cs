using BenchmarkDotNet.Attributes;
using Jixiao.Audit.Engine;
using Jixiao.Documents;
using Jixiao.Documents.Extraction;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Domain.Reports;

namespace Jixiao.Benchmarks;

/// <summary>
/// The stages of reading and auditing the shared sample report (../shared/samples/tianhe-emergency-2023.txt):
/// decoding + plain-text reading, extraction, audit, and the whole in-process pipeline from the path.
/// </summary>
[MemoryDiagnoser]
public class ReadExtractAuditBenchmarks
{
    private readonly PlainTextReader reader = new(ReaderLimits.Default);
    private readonly ReportLoader loader = new();
    private readonly AuditEngine engine = new();
    private string path = "";
    private string name = "";
    private byte[] bytes = [];
    private DocumentText document = null!;
    private Report report = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = SamplePaths.Sample();
        name = Path.GetFileName(path);
        bytes = File.ReadAllBytes(path);
        var (text, _) = TextDecoder.Decode(bytes);
        document = reader.Read(name, text);
        report = ReportExtractor.Extract(document);
    }

    [Benchmark(Description = "Decode + PlainTextReader.Read")]
    public DocumentText DecodeAndRead()
    {
        var (text, _) = TextDecoder.Decode(bytes);
        return reader.Read(name, text);
    }

    [Benchmark(Description = "ReportExtractor.Extract")]
    public Report Extract() => ReportExtractor.Extract(document);

    [Benchmark(Description = "AuditEngine.Audit")]
    public AuditResult Audit() => engine.Audit(report);

    [Benchmark(Description = "ReportLoader.Load(path) + Audit")]
    public AuditResult LoadAndAudit()
    {
        var (loaded, failure) = loader.Load(path);
        return loaded is not null
            ? engine.Audit(loaded)
            : throw new InvalidOperationException($"The sample did not load: {failure}");
    }
}
