using System.Diagnostics;
using Jixiao.Documents.Loading;
using Jixiao.Documents.Neutral;
using Jixiao.Domain.Reports;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Reads a PDF with a text layer into the neutral document: visual lines from word positions, running headers,
/// footers and page numbers removed, tables rebuilt from their ruling lines or else from column alignment (joined over
/// page breaks), headings told by size, weight or font, paragraphs re-joined where the layout shows lines wrap. Locations are the line on the page and the page.
/// A scan, an encrypted or a damaged file gives one Chinese sentence; nothing is thrown.
/// </summary>
public sealed class PdfReader(ReaderLimits limits) : IDocumentReader
{
    public const string NoTextLayer = "PDF 没有文字层（可能是扫描件），需要先做文字识别";

    public const string Encrypted = "PDF 文件已加密（设有打开密码），无法读取；请提供未加密的文件";

    public const string Damaged = "PDF 文件已损坏或不完整，无法读取";

    public const string NoText = "PDF 中没有文字，无法读取";

    public const string TooDeep = "PDF 的对象嵌套超过 256 层（PdfPig 的嵌套深度上限），文件已损坏或是恶意构造的，未读取";

    public ReaderLimits Limits { get; } = limits;

    public ReadOutcome Read(string fileName, byte[] bytes)
    {
        try
        {
            return ReadDocument(fileName, bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadOutcome.Unreadable(Encrypted);
        }
        catch (PdfDocumentStackDepthException)
        {
            return ReadOutcome.Unreadable(TooDeep);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a broken file with whichever exception its parser (or its font, image and geometry code)
            // meets first, .NET's own included; all of them mean "damaged", and none may escape the reader.
            return ReadOutcome.Unreadable(Damaged);
        }
    }

    /// <summary>A complete PDF ends with "%%EOF" (possibly followed by a little padding); a cut download does not.</summary>
    private const int EndWindow = 2048;

    /// <summary>The indirect objects written out in the file, counted by their "endobj" markers (objects packed in object streams are not counted).</summary>
    private static int CountObjects(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        for (var at = bytes.IndexOf("endobj"u8); at >= 0; at = bytes.IndexOf("endobj"u8))
        {
            count++;
            bytes = bytes[(at + 6)..];
        }

        return count;
    }

    private ReadOutcome ReadDocument(string fileName, byte[] bytes)
    {
        if (bytes.AsSpan(Math.Max(0, bytes.Length - EndWindow)).IndexOf("%%EOF"u8) < 0)
        {
            return ReadOutcome.Unreadable(Damaged);
        }

        if (CountObjects(bytes) is var objects && objects > Limits.MaxPdfObjects)
        {
            return ReadOutcome.Unreadable(FormattableString.Invariant(
                $"PDF 中有 {objects:N0} 个对象，超过对象数上限 {Limits.MaxPdfObjects:N0} 个（Limits:MaxPdfObjects），未读取"));
        }

        var clock = Stopwatch.StartNew();
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        if (document.IsEncrypted && document.NumberOfPages == 0)
        {
            return ReadOutcome.Unreadable(Encrypted);
        }

        var problems = new List<ReadingProblem>();
        var pageCount = document.NumberOfPages;
        if (pageCount > Limits.MaxPdfPages)
        {
            problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                $"PDF 共 {pageCount} 页，超过页数上限 {Limits.MaxPdfPages} 页（Limits:MaxPdfPages），其后的页未读取", new SourceLocation(Page: Limits.MaxPdfPages + 1)));
            pageCount = Limits.MaxPdfPages;
        }

        var pages = new List<List<PdfLine>>(pageCount);
        var grids = new List<IReadOnlyList<RuledGrid>>(pageCount);
        var heights = new List<double>(pageCount);
        var letterCount = 0;
        var imagePages = 0;
        var scannedPages = new List<int>();
        for (var number = 1; number <= pageCount; number++)
        {
            if (clock.Elapsed.TotalSeconds > Limits.MaxReadSeconds)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"读取 PDF 超过时间上限 {Limits.MaxReadSeconds} 秒（Limits:MaxReadSeconds），第 {number} 页及其后的页未读取", new SourceLocation(Page: number)));
                break;
            }

            var page = document.GetPage(number);
            var letters = page.Letters;
            var hasImages = page.GetImages().Any();
            if (letters.Count == 0 && hasImages)
            {
                imagePages++;
                scannedPages.Add(number);
            }

            if (letters.Count > PdfReadingLimits.MaxLettersPerPage)
            {
                problems.Add(new ReadingProblem(ReadingCodes.LimitExceeded,
                    $"第 {number} 页有 {letters.Count} 个字符，超过上限 {PdfReadingLimits.MaxLettersPerPage}，超出部分未读取", new SourceLocation(Page: number)));
                letters = letters.Take(PdfReadingLimits.MaxLettersPerPage).ToList();
            }

            letterCount += letters.Count;
            var rules = PageRules.Read(page.Paths);
            pages.Add(PageLines.Read(letters, number, rules));
            grids.Add(RuledGrid.Find(rules));
            heights.Add(page.Height);
        }

        if (pages.All(p => p.Count == 0))
        {
            return ReadOutcome.Unreadable(imagePages > 0 || letterCount > 0 ? NoTextLayer : NoText);
        }

        foreach (var number in scannedPages)
        {
            problems.Add(new ReadingProblem(ReadingCodes.PartMissing,
                $"第 {number} 页没有文字层（可能是扫描页），该页未读取，需要先做文字识别", new SourceLocation(Page: number)));
        }

        var content = RunningFurniture.Remove(pages, heights, grids).Zip(grids, (lines, ruled) => new PdfPageContent(lines, ruled)).ToList();
        var blocks = new PdfBlockWriter(Limits, problems, content).Write();
        return ReadOutcome.Read(new DocumentText(fileName, blocks, problems) { Source = new DocumentSource("pdf") });
    }
}
