using Jixiao.Testing;

namespace Jixiao.Cli.Tests;

/// <summary>A folder of 50 synthetic reports (`jixiao generate`, manifests removed), generated once for the batch tests.</summary>
public sealed class GeneratedBatch : IDisposable
{
    public const int Count = 50;

    private readonly TempFolder _folder = new();

    public GeneratedBatch()
    {
        Cli.Run("generate", "--count", Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "11", "--out", _folder.Path)
            .ExpectExit(ExitCodes.Success);
        File.Delete(_folder.PathOf("manifest.json"));
        File.Delete(_folder.PathOf("manifest.csv"));
        Files = Directory.GetFiles(_folder.Path).Order(StringComparer.Ordinal).ToArray();
    }

    public string Path => _folder.Path;

    /// <summary>The report files, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>A new folder holding copies of the first <paramref name="count"/> reports.</summary>
    public TempFolder CopyOf(int count)
    {
        var copy = new TempFolder();
        foreach (var file in Files.Take(count))
        {
            File.Copy(file, copy.PathOf(System.IO.Path.GetFileName(file)));
        }

        return copy;
    }

    public void Dispose() => _folder.Dispose();
}
