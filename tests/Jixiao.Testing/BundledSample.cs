using Jixiao.Documents.Json;
using Jixiao.Domain.Reports;

namespace Jixiao.Testing;

/// <summary>The bundled sample model (samples/tianhe-emergency-2023.json in this repository), always present.</summary>
public static class BundledSample
{
    private static readonly Lazy<Report> Read = new(() =>
        ModelJson.Deserialize(File.ReadAllText(Path)) ?? throw new InvalidOperationException("samples/tianhe-emergency-2023.json is empty"));

    public static Report Report => Read.Value;

    public static string Path
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Jixiao.slnx")))
            {
                directory = directory.Parent;
            }

            return System.IO.Path.Combine(directory?.FullName ?? ".", "samples", "tianhe-emergency-2023.json");
        }
    }
}
