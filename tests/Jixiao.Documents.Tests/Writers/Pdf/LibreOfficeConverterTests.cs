using System.Diagnostics;
using System.Xml.Linq;
using Jixiao.Documents.Writers.Pdf;
using Jixiao.Testing;

namespace Jixiao.Documents.Tests.Writers.Pdf;

/// <summary>
/// The converter's failures, each one Chinese sentence: LibreOffice missing, a conversion that hangs, fails or writes
/// nothing. Stand-in shell scripts play soffice, so these run without LibreOffice.
/// </summary>
public sealed class LibreOfficeConverterTests
{
    [Fact]
    public async Task Missing_LibreOffice_gives_the_install_message()
    {
        using var folder = new TempFolder();
        var input = folder.File("report.docx", "x");
        var converter = new LibreOfficeConverter(folder.PathOf("no-such-soffice"), TimeSpan.FromSeconds(10));

        var outcome = await converter.ConvertAsync(input, folder.Path, "pdf", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(outcome.OutputPath);
        Assert.Equal(new ConversionFailure(ConversionFailureKind.NotInstalled, LibreOfficeConverter.NotInstalledMessage), outcome.Failure);
        Assert.StartsWith("未找到 LibreOffice（soffice）：", LibreOfficeConverter.NotInstalledMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PDF_writer_passes_the_install_message_on_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var writer = new PdfReportWriter(new LibreOfficeConverter(null, TimeSpan.FromSeconds(10)));

        var outcome = await writer.WriteAsync(LayoutSample.Document(), folder.PathOf("report.pdf"), TestContext.Current.CancellationToken);

        Assert.Equal(LibreOfficeConverter.NotInstalledMessage, outcome.Failure?.Message);
        Assert.False(File.Exists(folder.PathOf("report.pdf")));
    }

    [Fact]
    public async Task A_conversion_that_hangs_is_stopped_at_the_timeout()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficeConverter(Script(folder, "sleep 60"), TimeSpan.FromSeconds(1));

        var outcome = await converter.ConvertAsync(folder.File("report.docx", "x"), folder.Path, "pdf", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ConversionFailureKind.TimedOut, outcome.Failure?.Kind);
        Assert.Equal("LibreOffice 在 1 秒内没有完成“report.docx”的转换，已停止", outcome.Failure?.Message);
    }

    [Fact]
    public async Task A_failed_conversion_reports_the_exit_code_and_what_soffice_said()
    {
        using var folder = new TempFolder();
        var converter = new LibreOfficeConverter(
            Script(folder, "echo 'javaldx: Could not find a Java Runtime Environment!' >&2; echo 'Error: source file could not be loaded' >&2; exit 1"),
            TimeSpan.FromSeconds(30));

        var outcome = await converter.ConvertAsync(folder.File("report.docx", "x"), folder.Path, "pdf", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            new ConversionFailure(ConversionFailureKind.Failed, "LibreOffice 未能转换“report.docx”（退出码 1）：Error: source file could not be loaded"),
            outcome.Failure);
    }

    [Fact]
    public async Task A_conversion_that_writes_no_file_fails_even_with_exit_code_0()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.pdf", "stale");
        var converter = new LibreOfficeConverter(Script(folder, "exit 0"), TimeSpan.FromSeconds(30));

        var outcome = await converter.ConvertAsync(folder.File("report.docx", "x"), folder.Path, "pdf", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new ConversionFailure(ConversionFailureKind.Failed, "LibreOffice 未能把“report.docx”转换为 PDF：没有生成文件"), outcome.Failure);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Each_call_gets_its_own_profile_which_is_deleted_afterwards()
    {
        using var folder = new TempFolder();
        var log = folder.PathOf("arguments.txt");
        // Records its arguments, creates the profile it was given and writes the output file, as soffice does.
        var converter = new LibreOfficeConverter(
            Script(folder, $"printf '%s\\n' \"$@\" >> '{log}'; profile=$(printf '%s\\n' \"$@\" | sed -n 's|^-env:UserInstallation=file://||p'); mkdir -p \"$profile\"; : > \"${{10}}/report.pdf\""),
            TimeSpan.FromSeconds(30));

        var input = folder.File("report.docx", "x");
        var first = await converter.ConvertAsync(input, folder.Path, "pdf", "writer_pdf_Export", cancellationToken: TestContext.Current.CancellationToken);
        var second = await converter.ConvertAsync(input, folder.Path, "pdf", "writer_pdf_Export", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(first.Failure);
        Assert.Equal(folder.PathOf("report.pdf"), first.OutputPath);
        Assert.Equal(folder.PathOf("report.pdf"), second.OutputPath);
        var arguments = File.ReadAllLines(log);
        Assert.Equal(2, arguments.Count(a => a == "pdf:writer_pdf_Export"));
        var profiles = arguments.Where(a => a.StartsWith("-env:UserInstallation=file://", StringComparison.Ordinal)).Select(a => a["-env:UserInstallation=file://".Length..]).ToList();
        Assert.Equal(2, profiles.Distinct().Count());
        Assert.All(profiles, p => Assert.False(Directory.Exists(p)));
    }

    [Fact]
    public async Task Font_fallbacks_reach_soffice_as_fontconfig_aliases_after_the_system_configuration()
    {
        using var folder = new TempFolder();
        var seen = folder.PathOf("fonts.conf");
        var converter = new LibreOfficeConverter(Script(folder, $"cp \"$FONTCONFIG_FILE\" '{seen}'; : > \"${{10}}/report.pdf\""), TimeSpan.FromSeconds(30));

        var outcome = await converter.ConvertAsync(
            folder.File("report.docx", "x"), folder.Path, "pdf", fontFallbacks: PdfReportWriter.FontFallbacks, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(outcome.Failure);
        var config = XDocument.Load(seen).Root!;
        Assert.Equal("include", config.Elements().First().Name.LocalName);
        var aliases = config.Elements("alias").ToDictionary(a => a.Element("family")!.Value, a => a.Element("accept")!.Elements("family").Select(f => f.Value).ToArray());
        Assert.Equal(["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"], aliases.Keys);
        Assert.Equal(["FangSong", "仿宋", "Noto Serif CJK SC"], aliases["仿宋_GB2312"]);
        Assert.Equal(["SimHei", "Noto Sans CJK SC"], aliases["黑体"]);
    }

    /// <summary>
    /// An executable shell script standing in for soffice, written by a `sh` child: had this process written it, a
    /// process another test starts at that moment could inherit the write handle between fork and exec, and running the
    /// script would fail with "Text file busy" (ETXTBSY, dotnet/runtime#58964).
    /// </summary>
    private static string Script(TempFolder folder, string body)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("stand-in soffice scripts need a POSIX shell");
        }

        var path = folder.PathOf("fake-soffice-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "cat > \"$1\" && chmod 700 \"$1\"", "sh", path })
        {
            start.ArgumentList.Add(arg);
        }

        using var writer = Process.Start(start)!;
        writer.StandardInput.Write("#!/bin/sh\n" + body + "\n");
        writer.StandardInput.Close();
        writer.WaitForExit();
        Assert.Equal(0, writer.ExitCode);
        return path;
    }
}
