namespace Jixiao.Documents.Writers.Pdf;

/// <summary>What a conversion gives: the path of the file written, or one Chinese sentence saying why there is none.</summary>
public sealed record ConversionOutcome(string? OutputPath, ConversionFailure? Failure)
{
    public static ConversionOutcome Converted(string outputPath) => new(outputPath, null);

    public static ConversionOutcome Failed(ConversionFailureKind kind, string message) => new(null, new ConversionFailure(kind, message));
}
