using Jixiao.Documents.Json;
using Jixiao.Domain.Reports;

namespace Jixiao.Cli;

/// <summary>The reference report bundled as model JSON (samples/tianhe-emergency-2023.json), so `demo` needs nothing outside the tool.</summary>
public static class BundledSample
{
    public const string FileName = "tianhe-emergency-2023.json";

    public static Report Load()
    {
        using var stream = typeof(BundledSample).Assembly.GetManifestResourceStream("Jixiao.Cli.samples." + FileName)
            ?? throw new InvalidOperationException("The bundled sample is not embedded in the CLI assembly.");
        using var reader = new StreamReader(stream);
        return ModelJson.Deserialize(reader.ReadToEnd()) ?? throw new InvalidOperationException("The bundled sample has an unsupported schemaVersion.");
    }
}
