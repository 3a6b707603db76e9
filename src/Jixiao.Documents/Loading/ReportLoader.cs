using System.Text.Json;
using Jixiao.Documents.Docx;
using Jixiao.Documents.Extraction;
using Jixiao.Documents.Html;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Json;
using Jixiao.Documents.Neutral;
using Jixiao.Documents.Text;
using Jixiao.Documents.Workbook;
using Jixiao.Domain.Reports;

namespace Jixiao.Documents.Loading;

/// <summary>
/// Reads one input into a <see cref="Report"/>: recognises the format by content, keeps to the limits,
/// decodes text (UTF-8/GB18030), reads and extracts — or gives one <see cref="LoadFailure"/>. Never throws on bad input.
/// </summary>
public sealed class ReportLoader(ReaderLimits limits)
{
    private const int HeadLength = 8192;

    /// <summary>A workbook with errors is refused with at most this many of them in its one line.</summary>
    private const int MaxErrorsInMessage = 5;

    public ReportLoader()
        : this(ReaderLimits.Default)
    {
    }

    public (Report? Report, LoadFailure? Failure) Load(string path)
    {
        var (bytes, failure) = ReadFile(path);
        return bytes is null ? (null, failure) : Load(Path.GetFileName(path), bytes);
    }

    /// <summary>
    /// The bytes of a file, read within the size limit, or the failure naming the file. The file is opened straight away
    /// (asking first whether it exists costs a system call per file in a batch); a missing file or a folder is "文件不存在".
    /// </summary>
    public (byte[]? Bytes, LoadFailure? Failure) ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException
            || (e is UnauthorizedAccessException && Directory.Exists(path)))
        {
            return (null, Failure(name, "文件不存在"));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return (null, Failure(name, $"无法访问文件（{e.Message}）"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Failure(name, $"无法读取文件（{e.Message}）"));
        }

        using (stream)
        {
            return Read(name, stream, lengthIsFinal: true);
        }
    }

    /// <summary>
    /// The bytes of a stream, read within the size limit: reading stops one chunk past the limit, so a device, a pipe or a
    /// stream of unknown length that never ends (or a single line of a gigabyte) is refused after reading at most the limit.
    /// A stream of known length is refused at once when that is over the limit, else read straight into an array of that
    /// length (no second copy), and still checked for bytes beyond it.
    /// </summary>
    public (byte[]? Bytes, LoadFailure? Failure) ReadStream(string name, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(name, stream, lengthIsFinal: false);
    }

    /// <param name="lengthIsFinal">
    /// A regular file just opened: it is read as long as it was then, without a further read to look for more (a file
    /// still being written is read as far as it had got).
    /// </param>
    private (byte[]? Bytes, LoadFailure? Failure) Read(string name, Stream stream, bool lengthIsFinal)
    {
        try
        {
            var known = stream.CanSeek ? stream.Length - stream.Position : 0;
            if (known > limits.MaxFileBytes)
            {
                return (null, TooLarge(name, known));
            }

            return known > 0 && known < Array.MaxLength
                ? ReadKnownLength(name, stream, (int)known, lengthIsFinal)
                : ReadUnknownLength(name, stream, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (null, Failure(name, $"无法读取文件（{e.Message}）"));
        }
    }

    private (byte[]? Bytes, LoadFailure? Failure) ReadKnownLength(string name, Stream stream, int length, bool lengthIsFinal)
    {
        var bytes = new byte[length];
        var filled = stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false);
        if (filled < length)
        {
            return (bytes[..filled], null);
        }

        if (lengthIsFinal)
        {
            return (bytes, null);
        }

        var next = stream.ReadByte();
        return next < 0 ? (bytes, null) : ReadUnknownLength(name, stream, [.. bytes, (byte)next]);
    }

    private (byte[]? Bytes, LoadFailure? Failure) ReadUnknownLength(string name, Stream stream, byte[] start)
    {
        using var buffer = new MemoryStream();
        buffer.Write(start);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                return (null, TooLarge(name, buffer.Length));
            }
        }

        return buffer.Length > limits.MaxFileBytes ? (null, TooLarge(name, buffer.Length)) : (buffer.ToArray(), null);
    }

    public (Report? Report, LoadFailure? Failure) Load(string name, byte[] bytes)
    {
        if (bytes.LongLength > limits.MaxFileBytes)
        {
            return (null, TooLarge(name, bytes.LongLength));
        }

        var format = FormatDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, HeadLength)));
        switch (format)
        {
            case SourceFormat.Empty:
                return Fail(name, "文件为空");
            case SourceFormat.Binary:
                return Fail(name, "不是文本文件（含二进制内容），无法读取");
            case SourceFormat.Zip:
                return ZipContainer.KindOf(bytes) switch
                {
                    ZipContainer.Kind.Docx => Extract(name, new DocxReader(limits).Read(name, bytes)),
                    ZipContainer.Kind.Xlsx => Workbook(name, bytes),
                    ZipContainer.Kind.Corrupt => Fail(name, "压缩包已损坏或不完整（.docx/.xlsx 文件无法打开）"),
                    _ => Fail(name, "是压缩包，但不是 Word 文档（.docx）"),
                };
            case SourceFormat.OfficeCompound:
                return Fail(name, OleCompoundFile.Describe(bytes));
            case SourceFormat.Pdf:
                return Extract(name, new PdfReader(limits).Read(name, bytes));
        }

        var (text, _) = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(name, "文件只有空白，没有内容");
        }

        if (format == SourceFormat.JixiaoModel)
        {
            return LoadModel(name, text);
        }

        if (LooksLikeJson(text))
        {
            return Fail(name, "是 JSON 文件，但不是 Jixiao 模型（没有 schemaVersion），无法作为报告读取");
        }

        return HtmlSniffer.IsHtml(text)
            ? Extract(name, new HtmlReader(limits).Read(name, text))
            : Extract(name, ReadOutcome.Read(new PlainTextReader(limits).Read(name, text)));
    }

    /// <summary>A Jixiao workbook is imported; any other workbook is refused as before.</summary>
    private (Report?, LoadFailure?) Workbook(string name, byte[] bytes)
    {
        var result = WorkbookImporter.Import(name, bytes, limits);
        if (!result.IsJixiaoWorkbook)
        {
            return Fail(name, result.Errors is [{ Message: WorkbookImporter.NotJixiaoWorkbook }]
                ? "这是 Excel 工作簿（.xlsx）；报告请用 Word、PDF、网页或文本格式"
                : string.Join("；", result.Errors));
        }

        return result.Report is { } report
            ? (report, null)
            : Fail(name, $"Jixiao {result.Workbook?.Name ?? WorkbookLayout.Definition.Name}有 {result.Errors.Count} 处错误：{string.Join("；", result.Errors.Take(MaxErrorsInMessage))}{(result.Errors.Count > MaxErrorsInMessage ? "……" : string.Empty)}（用 jixiao import 查看全部）");
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && trimmed.TrimEnd().EndsWith(trimmed[0] == '{' ? "}" : "]", StringComparison.Ordinal);
    }

    private static (Report?, LoadFailure?) Extract(string name, ReadOutcome outcome) =>
        outcome.Document is { } document ? (ReportExtractor.Extract(document), null) : Fail(name, outcome.Failure ?? "无法读取");

    private static (Report?, LoadFailure?) LoadModel(string name, string json)
    {
        try
        {
            return ModelJson.Deserialize(json) is { } report
                ? (report with { File = name }, null)
                : Fail(name, $"模型 JSON 的 schemaVersion 不是本版本支持的 {Report.CurrentSchemaVersion}");
        }
        catch (JsonException e)
        {
            return Fail(name, $"模型 JSON 格式错误：第 {e.LineNumber + 1} 行“{e.Path}”处的内容不符合模型（缺少必需值、类型不对或不是 JSON）");
        }
    }

    private LoadFailure TooLarge(string name, long size) =>
        Failure(name, $"文件大小 {ByteSize.Format(size)}，超过上限 {ByteSize.Format(limits.MaxFileBytes)}（Limits:MaxFileBytes），未读取");

    private static (Report?, LoadFailure?) Fail(string name, string message) => (null, Failure(name, message));

    private static LoadFailure Failure(string name, string message) => new(name, ReadingCodes.Unreadable, message);
}
