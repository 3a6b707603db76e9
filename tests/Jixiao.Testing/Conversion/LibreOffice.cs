using Jixiao.Documents.Writers.Pdf;

namespace Jixiao.Testing.Conversion;

/// <summary>
/// Converts files for tests with the product's <see cref="LibreOfficeConverter"/> (headless soffice, a user profile of
/// its own per call). Missing LibreOffice skips the test locally and fails it in CI; any other failure fails the test.
/// </summary>
public static class LibreOffice
{
    private static readonly LibreOfficeConverter Converter = new(LibreOfficeConverter.FindExecutable(), TimeSpan.FromMinutes(3));

    public static string? Executable => Converter.Executable;

    /// <summary>Converts <paramref name="input"/> to <paramref name="target"/> (e.g. "docx", "pdf") in <paramref name="outputDirectory"/>; returns the new file.</summary>
    /// <remarks>HTML goes to PDF through .docx: LibreOffice's Writer/Web PDF export drops headings long enough to wrap.</remarks>
    public static string Convert(string input, string target, string outputDirectory)
    {
        if (target == "pdf" && IsHtml(input))
        {
            using var intermediate = new TempFolder();
            return ConvertOnce(ConvertOnce(input, "docx", intermediate.Path), "pdf", outputDirectory);
        }

        return ConvertOnce(input, target, outputDirectory);
    }

    private static string ConvertOnce(string input, string target, string outputDirectory)
    {
        // LibreOffice opens HTML in Writer/Web, which needs the Word export filter named.
        var filter = IsHtml(input) && target == "docx" ? "MS Word 2007 XML" : null;
        var outcome = Converter.ConvertAsync(input, outputDirectory, target, filter).GetAwaiter().GetResult();
        switch (outcome.Failure)
        {
            case { Kind: ConversionFailureKind.NotInstalled }:
                ExternalRequirement.Missing("LibreOffice（soffice，apt 包 libreoffice-writer-nogui）");
                break;
            case { } failure:
                throw new InvalidOperationException(failure.Message);
        }

        return outcome.OutputPath!;
    }

    private static bool IsHtml(string path) => Path.GetExtension(path).Equals(".html", StringComparison.OrdinalIgnoreCase);
}
