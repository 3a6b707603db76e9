using Jixiao.Documents.Loading;

namespace Jixiao.Documents.Docx;

/// <summary>Placeholder while the Docx reader is being written (replaced in the same change).</summary>
public sealed class DocxReader(ReaderLimits limits) : IDocumentReader
{
    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, byte[] bytes) => ReadOutcome.Unreadable("暂不支持此格式");
}
