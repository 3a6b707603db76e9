using System.Diagnostics;
using Jixiao.Documents.Text;
using Jixiao.Testing;
using Jixiao.Testing.Conversion;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// PDFs made at test time: a text report rendered as HTML and printed by LibreOffice (through .docx, because
/// LibreOffice's writer_web PDF export drops a heading that wraps), small Latin PDFs drawn with PdfPig (with ruling
/// lines where a test needs a ruled table), an image-only "scan" (pdftoppm), an encrypted copy (qpdf) and a
/// truncated copy.
/// </summary>
internal static class PdfFixtures
{
    /// <summary>The report text printed to PDF as a publisher would: HTML → Word → PDF with LibreOffice.</summary>
    public static byte[] ReportPdf(string text, string name)
    {
        using var folder = new TempFolder();
        var document = new PlainTextReader(ReaderLimits.Default).Read(name, text);
        var html = folder.File(name + ".html", DocumentHtml.Render(document, name));
        var docx = LibreOffice.Convert(html, "docx", folder.Path);
        var pdf = LibreOffice.Convert(docx, "pdf", folder.Path);
        return File.ReadAllBytes(pdf);
    }

    /// <summary>A Latin-text PDF: each page is a list of (text, x, y) drawn in Helvetica 11 pt.</summary>
    public static byte[] Drawn(IEnumerable<IEnumerable<(string Text, double X, double Y)>> pages, double size = 11) =>
        Drawn(pages.Select(p => (p, Enumerable.Empty<(double, double, double, double)>())), size);

    /// <summary>
    /// A Latin-text PDF with ruling lines: each page is its (text, x, y) in Helvetica and its horizontal or vertical lines
    /// (x1, y1, x2, y2), 0.5 pt, stroked as lines or, as Word prints borders, filled as thin rectangles.
    /// </summary>
    public static byte[] Drawn(IEnumerable<(IEnumerable<(string Text, double X, double Y)> Texts, IEnumerable<(double X1, double Y1, double X2, double Y2)> Rules)> pages, double size = 11, bool filledRules = false)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (texts, rules) in pages)
        {
            var pageBuilder = builder.AddPage(PageSize.A4);
            foreach (var (text, x, y) in texts)
            {
                pageBuilder.AddText(text, size, new PdfPoint(x, y), font);
            }

            foreach (var (x1, y1, x2, y2) in rules)
            {
                if (filledRules)
                {
                    pageBuilder.DrawRectangle(new PdfPoint(Math.Min(x1, x2) - 0.25, Math.Min(y1, y2) - 0.25), Math.Abs(x2 - x1) + 0.5, Math.Abs(y2 - y1) + 0.5, 0, fill: true);
                }
                else
                {
                    pageBuilder.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), 0.5);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>An image-only PDF made from the pages of <paramref name="pdf"/> rasterised by pdftoppm: what a scanner gives.</summary>
    public static byte[] Scanned(byte[] pdf)
    {
        var pdftoppm = Tool("pdftoppm", "pdftoppm（apt 包 poppler-utils）");
        using var folder = new TempFolder();
        var input = folder.File("in.pdf", pdf);
        Run(pdftoppm, folder.Path, "-r", "60", "-png", input, folder.PathOf("page"));
        var builder = new PdfDocumentBuilder();
        foreach (var png in Directory.GetFiles(folder.Path, "page*.png").Order())
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(File.ReadAllBytes(png), new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    /// <summary>A copy with an open password (AES-256), made with qpdf.</summary>
    public static byte[] Encrypted(byte[] pdf)
    {
        var qpdf = Tool("qpdf", "qpdf（apt 包 qpdf）");
        using var folder = new TempFolder();
        var input = folder.File("in.pdf", pdf);
        var output = folder.PathOf("out.pdf");
        Run(qpdf, folder.Path, "--encrypt", "open-sesame", "owner-secret", "256", "--", input, output);
        return File.ReadAllBytes(output);
    }

    private static string Tool(string name, string package)
    {
        var path = new[] { "/usr/bin/", "/usr/local/bin/" }.Select(d => d + name).FirstOrDefault(File.Exists);
        if (path is null)
        {
            ExternalRequirement.Missing(package);
        }

        return path!;
    }

    private static void Run(string tool, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error.Result}");
        }
    }
}
