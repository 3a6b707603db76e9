using Jixiao.Domain.Library;

namespace Jixiao.Documents.Library;

/// <summary>Where an indicator library comes from: the shipped one (library/indicators.json, embedded) or a file.</summary>
public static class IndicatorLibraryFiles
{
    public const string ShippedName = "indicators.json";

    private static readonly Lazy<IndicatorLibrary> ShippedLibrary = new(() =>
    {
        using var stream = typeof(IndicatorLibraryFiles).Assembly.GetManifestResourceStream("Jixiao.Documents.library." + ShippedName)
            ?? throw new InvalidOperationException("The shipped indicator library is not embedded in Jixiao.Documents.");
        using var reader = new StreamReader(stream);
        var (library, error) = IndicatorLibraryJson.Read(reader.ReadToEnd());
        return library ?? throw new InvalidOperationException($"library/{ShippedName}: {error}");
    });

    /// <summary>The library shipped with the tool.</summary>
    public static IndicatorLibrary Shipped => ShippedLibrary.Value;

    /// <summary>A library file; on failure null and one Chinese line naming the file.</summary>
    public static (IndicatorLibrary? Library, string? Error) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在" : e is UnauthorizedAccessException ? "没有权限" : e.Message;
            return (null, $"{Path.GetFileName(path)}：指标库文件无法读取（{reason}）");
        }

        var (library, error) = IndicatorLibraryJson.Read(text);
        return library is null ? (null, $"{Path.GetFileName(path)}：{error}") : (library, null);
    }
}
