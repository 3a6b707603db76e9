using System.Diagnostics;

namespace Jixiao.Testing.Conversion;

/// <summary>
/// Converts files with headless LibreOffice (soffice), each call with its own user profile so that parallel
/// conversions do not lose files (STACK.md). Missing LibreOffice skips the test locally and fails it in CI.
/// </summary>
public static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string? Executable =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Converts <paramref name="input"/> to <paramref name="target"/> (e.g. "docx", "pdf") in <paramref name="outputDirectory"/>; returns the new file.</summary>
    /// <remarks>HTML goes to PDF through .docx: LibreOffice's Writer/Web PDF export drops headings long enough to wrap.</remarks>
    public static string Convert(string input, string target, string outputDirectory)
    {
        if (target == "pdf" && Path.GetExtension(input).Equals(".html", StringComparison.OrdinalIgnoreCase))
        {
            var intermediate = Path.Combine(Path.GetTempPath(), "jixiao-lo-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(intermediate);
            try
            {
                return ConvertOnce(ConvertOnce(input, "docx", intermediate), "pdf", outputDirectory);
            }
            finally
            {
                Directory.Delete(intermediate, recursive: true);
            }
        }

        return ConvertOnce(input, target, outputDirectory);
    }

    private static string ConvertOnce(string input, string target, string outputDirectory)
    {
        var soffice = Executable;
        if (soffice is null)
        {
            ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
        }

        var profile = Path.Combine(Path.GetTempPath(), "jixiao-lo-" + Guid.NewGuid().ToString("N"));
        var filter = Path.GetExtension(input).Equals(".html", StringComparison.OrdinalIgnoreCase)
            ? target switch { "pdf" => "pdf:writer_web_pdf_Export", "docx" => "docx:MS Word 2007 XML", _ => target }
            : target;
        var start = new ProcessStartInfo(soffice!)
        {
            ArgumentList = { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", filter, "--outdir", outputDirectory, input },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {input} within {Timeout}");
            }

            var result = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + "." + target);
            if (process.ExitCode != 0 || !File.Exists(result))
            {
                throw new InvalidOperationException($"soffice failed to convert {input} to {target} (exit {process.ExitCode}): {output.Result} {error.Result}");
            }

            return result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
