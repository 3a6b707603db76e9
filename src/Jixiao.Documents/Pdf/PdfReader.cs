using Jixiao.Documents.Loading;

namespace Jixiao.Documents.Pdf;

/// <summary>Placeholder while the Pdf reader is being written (replaced in the same change).</summary>
public sealed class PdfReader(ReaderLimits limits) : IDocumentReader
{
    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, byte[] bytes) => ReadOutcome.Unreadable("暂不支持此格式");
}
