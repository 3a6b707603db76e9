using System.Xml;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Docx;

/// <summary>
/// Reads a Word document (.docx) into the neutral <see cref="DocumentText"/>: paragraphs and tables of the body in
/// reading order, headings from heading styles or outline levels (with Word's automatic numbering written back
/// where the text lacks it), tables expanded into rectangular grids (merged cells empty, nested tables read into their
/// cell and also given as tables of their own), text boxes as paragraphs. Lines are paragraph/table-row ordinals,
/// pages are counted from page breaks. Bad input never throws: a corrupt, encrypted or oversized file gives one
/// Chinese sentence naming the problem.
/// </summary>
public sealed class DocxReader(ReaderLimits limits) : IDocumentReader
{
    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, byte[] bytes)
    {
        if (bytes.LongLength > Limits.MaxFileBytes)
        {
            return ReadOutcome.Unreadable($"文件大小 {bytes.LongLength:N0} 字节，超过上限 {Limits.MaxFileBytes:N0} 字节，未读取");
        }

        if (OleCompoundFile.IsCompoundFile(bytes))
        {
            return ReadOutcome.Unreadable(OleCompoundFile.Describe(bytes));
        }

        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return ReadOutcome.Unreadable("不是 Word 文档（.docx）：文件不是 zip 压缩包");
        }

        var (parts, failure) = DocxPackage.Open(bytes, Limits);
        if (parts is null)
        {
            return ReadOutcome.Unreadable(failure ?? "无法作为 Word 文档（.docx）读取");
        }

        try
        {
            var reader = new DocxBodyReader(Limits, StyleMap.From(parts.Styles), NumberingMap.From(parts.Numbering));
            var (blocks, problems) = reader.Read(parts.Document);
            return ReadOutcome.Read(new DocumentText(fileName, blocks, problems) { Source = new DocumentSource("docx") });
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            return ReadOutcome.Unreadable("Word 正文的内容不符合 Word 文档格式，无法读取（文件可能已损坏）");
        }
    }
}
