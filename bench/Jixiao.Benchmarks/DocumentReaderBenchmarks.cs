using BenchmarkDotNet.Attributes;
using Jixiao.Documents;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Pdf;
using Jixiao.Domain.Reports;

namespace Jixiao.Benchmarks;

/// <summary>
/// Reading the .docx and .pdf documents that bench/readers.sh makes (a 1-page excerpt, one generated report, and ten
/// generated reports run together into 100 pages) in process: the format's reader alone, and the reader plus
/// extraction as `jixiao facts` does it. The folder is named by the environment variable JIXIAO_BENCH_DOCUMENTS.
/// </summary>
[MemoryDiagnoser]
public class DocumentReaderBenchmarks
{
    public const string FolderVariable = "JIXIAO_BENCH_DOCUMENTS";

    private readonly DocxReader docx = new(ReaderLimits.Default);
    private readonly PdfReader pdf = new(ReaderLimits.Default);
    private readonly ReportLoader loader = new();
    private byte[] bytes = [];

    [Params("one-page.docx", "one-page.pdf", "report.docx", "report.pdf", "hundred-page.docx", "hundred-page.pdf")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        var path = string.IsNullOrEmpty(folder) ? "" : Path.Combine(folder, Document);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"These benchmarks read the documents bench/readers.sh makes: run `bench/readers.sh RUNS DIR`, then set {FolderVariable}=DIR; not found: '{path}'",
                path);
        }

        bytes = File.ReadAllBytes(path);
    }

    [Benchmark(Description = "DocxReader/PdfReader.Read")]
    public ReadOutcome Read() => Document.EndsWith(".pdf", StringComparison.Ordinal) ? pdf.Read(Document, bytes) : docx.Read(Document, bytes);

    [Benchmark(Description = "ReportLoader.Load (read + extract)")]
    public Report Load() => loader.Load(Document, bytes).Report
        ?? throw new InvalidOperationException($"{Document} did not load");
}
