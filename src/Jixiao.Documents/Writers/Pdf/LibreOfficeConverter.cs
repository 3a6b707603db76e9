using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Documents.Writers.Pdf;

/// <summary>
/// Converts documents with headless LibreOffice (soffice --convert-to). Every call runs with a user profile of its own
/// in the temp folder, deleted afterwards: conversions sharing a profile at the same time lose files (STACK.md 3b);
/// font fallbacks, when given, reach soffice as a fontconfig file of the call's own (FONTCONFIG_FILE).
/// A conversion that takes longer than <see cref="Timeout"/> is stopped. Failures are returned, not thrown, as one
/// Chinese sentence; only cancellation throws.
/// </summary>
public sealed class LibreOfficeConverter
{
    /// <summary>The message when LibreOffice is not installed: what to install.</summary>
    public const string NotInstalledMessage =
        "未找到 LibreOffice（soffice）：生成 PDF 需要安装 libreoffice-writer-nogui（apt-get install -y --no-install-recommends libreoffice-writer-nogui）";

    /// <summary>Where distributions install soffice, checked before the PATH.</summary>
    private static readonly string[] KnownPaths = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"];

    private static readonly string[] CommandNames = ["soffice", "libreoffice"];

    /// <summary>A converter using the installed LibreOffice (<see cref="FindExecutable"/>) and <see cref="DefaultTimeout"/>.</summary>
    public LibreOfficeConverter()
        : this(FindExecutable(), DefaultTimeout)
    {
    }

    /// <param name="executable">The soffice program; null when LibreOffice is not installed (every conversion then fails with <see cref="NotInstalledMessage"/>).</param>
    /// <param name="timeout">How long one conversion may take.</param>
    public LibreOfficeConverter(string? executable, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Executable = executable;
        Timeout = timeout;
    }

    /// <summary>Two minutes: a report converts in one or two seconds, the first run of a new profile in a few more.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    /// <summary>The soffice program this converter runs, or null.</summary>
    public string? Executable { get; }

    public TimeSpan Timeout { get; }

    /// <summary>soffice at /usr/bin/soffice, /usr/bin/libreoffice, /usr/local/bin/soffice, else soffice or libreoffice on the PATH; null when none is found.</summary>
    public static string? FindExecutable() =>
        KnownPaths.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => CommandNames.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts <paramref name="inputPath"/> into <paramref name="outputDirectory"/> as
    /// "name.<paramref name="format"/>" (e.g. "pdf", "docx"), with the export filter <paramref name="filter"/> when
    /// given (e.g. "writer_pdf_Export"). An existing file of that name is replaced.
    /// </summary>
    /// <param name="fontFallbacks">Fonts to use for missing ones during this conversion (through fontconfig); none by default.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; soffice is stopped.</exception>
    public async Task<ConversionOutcome> ConvertAsync(
        string inputPath,
        string outputDirectory,
        string format,
        string? filter = null,
        IReadOnlyList<FontFallback>? fontFallbacks = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentException.ThrowIfNullOrEmpty(format);
        if (Executable is null || !File.Exists(Executable))
        {
            return ConversionOutcome.Failed(ConversionFailureKind.NotInstalled, NotInstalledMessage);
        }

        var name = Path.GetFileName(inputPath);
        if (!File.Exists(inputPath))
        {
            return ConversionOutcome.Failed(ConversionFailureKind.Failed, $"无法转换“{name}”：文件不存在");
        }

        inputPath = Path.GetFullPath(inputPath);
        outputDirectory = Path.GetFullPath(outputDirectory);
        var output = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(inputPath) + "." + format);
        try
        {
            Directory.CreateDirectory(outputDirectory);
            File.Delete(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConversionOutcome.Failed(ConversionFailureKind.Failed, $"无法写入“{output}”（{e.Message}）");
        }

        var scratch = Path.Combine(Path.GetTempPath(), "jixiao-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(scratch);
            string? fontconfig = null;
            if (fontFallbacks is { Count: > 0 })
            {
                fontconfig = Path.Combine(scratch, "fonts.conf");
                await File.WriteAllTextAsync(fontconfig, FontconfigAliases.Document(fontFallbacks), cancellationToken).ConfigureAwait(false);
            }

            var run = new Run(inputPath, outputDirectory, filter is null ? format : format + ":" + filter, Path.Combine(scratch, "profile"), fontconfig);
            return await RunAsync(run, cancellationToken).ConfigureAwait(false) is { } failure
                ? ConversionOutcome.Failed(failure.Kind, failure.Message)
                : File.Exists(output)
                    ? ConversionOutcome.Converted(output)
                    : ConversionOutcome.Failed(ConversionFailureKind.Failed, $"LibreOffice 未能把“{name}”转换为 {format.ToUpperInvariant()}：没有生成文件");
        }
        finally
        {
            DeleteScratch(scratch);
        }
    }

    /// <summary>Runs soffice once; null when it finished with exit code 0.</summary>
    private async Task<ConversionFailure?> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var input = run.Input;
        var start = new ProcessStartInfo(Executable!)
        {
            ArgumentList =
            {
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + new Uri(run.Profile).AbsoluteUri,
                "--convert-to", run.ConvertTo, "--outdir", run.OutputDirectory, input,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (run.Fontconfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = run.Fontconfig;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception e)
        {
            return new ConversionFailure(ConversionFailureKind.NotInstalled, $"{NotInstalledMessage}（无法运行 {Executable}：{e.Message}）");
        }

        using (process)
        {
            var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Stop(process);
                cancellationToken.ThrowIfCancellationRequested();
                return new ConversionFailure(ConversionFailureKind.TimedOut,
                    $"LibreOffice 在 {Timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} 秒内没有完成“{Path.GetFileName(input)}”的转换，已停止");
            }

            if (process.ExitCode == 0)
            {
                return null;
            }

            var detail = Diagnostic(await standardError.ConfigureAwait(false) + "\n" + await standardOutput.ConfigureAwait(false));
            return new ConversionFailure(ConversionFailureKind.Failed,
                $"LibreOffice 未能转换“{Path.GetFileName(input)}”（退出码 {process.ExitCode}）" + (detail.Length > 0 ? "：" + detail : string.Empty));
        }
    }

    /// <summary>soffice's first meaningful output line; the javaldx warning printed on every run is left out.</summary>
    private static string Diagnostic(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(line => !line.Contains("javaldx", StringComparison.Ordinal)) ?? string.Empty;

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    private static void DeleteScratch(string scratch)
    {
        try
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover profile in the temp folder does no harm.
        }
    }

    /// <summary>One soffice run: what to convert, where, and its own profile folder and fontconfig file (null for the system's).</summary>
    private sealed record Run(string Input, string OutputDirectory, string ConvertTo, string Profile, string? Fontconfig);
}
