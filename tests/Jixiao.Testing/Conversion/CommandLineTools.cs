using System.Diagnostics;
using System.Text;

namespace Jixiao.Testing.Conversion;

/// <summary>
/// Runs the system tools that check a PDF and the installed fonts (pdffonts and pdftotext from poppler-utils, fc-list
/// from fontconfig) and returns what they print. A missing tool skips the test locally and fails it in CI.
/// </summary>
public static class CommandLineTools
{
    /// <summary>pdffonts: the fonts of <paramref name="pdf"/>, one line each after a header.</summary>
    public static string PdfFonts(string pdf) => Run("pdffonts", "poppler-utils", pdf);

    /// <summary>pdftotext: the text of <paramref name="pdf"/> in UTF-8.</summary>
    public static string PdfText(string pdf) => Run("pdftotext", "poppler-utils", "-enc", "UTF-8", pdf, "-");

    /// <summary>fc-list: the family names of the installed fonts, one font per line.</summary>
    public static string FontFamilies() => Run("fc-list", "fontconfig", ":", "family");

    private static string Run(string tool, string package, params string[] arguments)
    {
        var path = new[] { "/usr/bin/", "/usr/local/bin/" }.Select(d => d + tool).FirstOrDefault(File.Exists);
        if (path is null)
        {
            ExternalRequirement.Missing($"{tool}（apt 包 {package}）");
        }

        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {error.Result}");
        }

        return output.Result;
    }
}
